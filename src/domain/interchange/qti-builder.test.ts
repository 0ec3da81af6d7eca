import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseDeck, type Question } from '../shared/deck';
import { toQtiPackage } from './qti';

/**
 * The package is built as XML trees now; tests/fixtures/interchange/qti-template-strings.json
 * is what the earlier template-string writer made of the same quiz (every question type,
 * with and without explanations, and a question full of characters XML must escape). The
 * two must be the same XML: the same elements, attributes and text, white space between
 * elements aside.
 */
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const everyType = parseDeck(json('tests/fixtures/study-types-deck.json'));
const tricky = {
  ...everyType.questions[0],
  id: 'q&<x>',
  type: 'cloze',
  prompt: `Fish & "chips" <b>'s ____ é😀`,
  answer: `a<&>"'`,
  accepted: ['x & y'],
  explanation: ' Why? <because> & "so" ',
} as Question;
const quiz = { ...everyType, title: `T & <"'>`, questions: [...everyType.questions, tricky] };
const before = json('tests/fixtures/interchange/qti-template-strings.json') as Record<string, string>;

/** The document with the white space between elements (not inside text) taken out. */
function canonical(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const strip = (element: Element) => {
    const nodes = Array.from(element.childNodes);
    const elementOnly = nodes.every(
      (node) => node.nodeType !== Node.TEXT_NODE || node.nodeValue?.trim() === '',
    );
    for (const node of nodes) {
      if (node.nodeType === Node.TEXT_NODE && elementOnly) element.removeChild(node);
      else if (node instanceof Element) strip(node);
    }
  };
  strip(doc.documentElement);
  return new XMLSerializer().serializeToString(doc);
}

test('the XML builder writes the same package as the template strings did', () => {
  const after = toQtiPackage(quiz);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const [path, xml] of Object.entries(after)) {
    expect(canonical(xml), path).toBe(canonical(before[path] ?? ''));
  }
  expect(after['items/Q8_q__x_.xml']).toContain(
    '<p>Fish &amp; &quot;chips&quot; &lt;b&gt;&apos;s <textEntryInteraction',
  );
});
