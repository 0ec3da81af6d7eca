import { describe, expect, it } from 'vitest';
import { aliasGroups } from './link-aliases';

const link = (page: string, text = page) => ({ page, text });

describe('aliasGroups', () => {
  it('groups a shown name with the page it links to, the shown names first in order of appearance', () => {
    expect(aliasGroups([link('Homs', 'Emesa'), link('Homs'), link('Homs', 'Hims')])).toEqual([
      ['Emesa', 'Homs', 'Hims'],
    ]);
    expect(aliasGroups([link('Kingdom of Halvia', 'Halvia'), link('Khalid ibn al-Walid', 'Khalid')])).toEqual(
      [
        ['Halvia', 'Kingdom of Halvia'],
        ['Khalid', 'Khalid ibn al-Walid'],
      ],
    );
  });

  it('leaves out links whose text is not another name of the page', () => {
    expect(
      aliasGroups([
        link('Siege', 'besieged'),
        link('General officer', 'General'),
        link('Byzantine Empire', 'Byzantine'),
        link('Sasanian Empire', 'Persians'),
        link('Rashidun army', 'Muslims'),
        link('Battle of the Yarmuk', 'Yarmouk'),
        link('Arab', 'Arabs'),
        link('Syria (region)', 'Syria'),
        link('Hit, Iraq', 'Hit'),
        link('Battle of Yarmouk#Aftermath', 'Aftermath'),
        link('638', 'AD 638'),
        link('Muslim conquest of the Levant', 'the conquest'),
      ]),
    ).toEqual([]);
  });

  it('keeps two names of one state or place, and an Arabic name that opens on al-', () => {
    expect(
      aliasGroups([link('Byzantine Empire', 'Eastern Roman Empire'), link('Circesium', 'al-Qarqisiya')]),
    ).toEqual([
      ['Eastern Roman Empire', 'Byzantine Empire'],
      ['al-Qarqisiya', 'Circesium'],
    ]);
  });
});
