import { describe, expect, test } from 'vitest';
import { quizAssignment } from '../../../tests/fixtures/quiz';
import type { Question } from '../shared/deck';
import { toQtiPackage } from './qti';

const QTI = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

function parse(xml: string | undefined): Document {
  const doc = new DOMParser().parseFromString(xml ?? '', 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const children = (el: Element, name: string) => Array.from(el.getElementsByTagNameNS(QTI, name));

const ordering = {
  ...quizAssignment.questions[0],
  id: 'q-order',
  type: 'ordering',
  answer: ['Siege <begins>', 'Relief & rescue'],
  options: undefined,
} as Question;
const matching = {
  ...ordering,
  id: 'q-match',
  type: 'matching',
  answer: ['Emesa → Homs', 'Raqqa → Kallinikos'],
} as Question;
const files = toQtiPackage({
  ...quizAssignment,
  questions: [...quizAssignment.questions, ordering, matching],
});

describe('QTI 2.1 package', () => {
  test('every item is a well-formed assessmentItem with the required parts', () => {
    const items = Object.keys(files).filter((path) => path.startsWith('items/'));
    expect(items).toHaveLength(6);
    for (const path of items) {
      const root = parse(files[path]).documentElement;
      expect(root.localName).toBe('assessmentItem');
      expect(root.namespaceURI).toBe(QTI);
      for (const attr of ['identifier', 'title', 'adaptive', 'timeDependent'])
        expect(root.hasAttribute(attr)).toBe(true);
      expect(root.getAttribute('identifier')).toMatch(NCNAME);
      expect(path).toBe(`items/${root.getAttribute('identifier')}.xml`);
      const [response] = children(root, 'responseDeclaration');
      expect(response?.getAttribute('identifier')).toBe('RESPONSE');
      expect(children(root, 'correctResponse')).toHaveLength(1);
      expect(children(root, 'outcomeDeclaration')[0]?.getAttribute('identifier')).toBe('SCORE');
      expect(children(root, 'itemBody')).toHaveLength(1);
      // A standard template, or (with an explanation) its rules written out with the feedback.
      const [processing] = children(root, 'responseProcessing');
      if (processing?.hasAttribute('template')) {
        expect(processing.getAttribute('template')).toMatch(/rptemplates\/(match_correct|map_response)$/);
      } else {
        expect(children(root, 'modalFeedback')).toHaveLength(1);
        expect(
          processing && children(processing, 'setOutcomeValue').map((e) => e.getAttribute('identifier')),
        ).toContain('FEEDBACK');
      }
      // The interaction answers the declared response.
      const interaction = root.querySelector('[responseIdentifier]');
      expect(interaction?.getAttribute('responseIdentifier')).toBe('RESPONSE');
    }
  });

  test('choices point at the right option; text entries accept every accepted spelling; order is kept', () => {
    const item = (n: number) => {
      const path = Object.keys(files).find((p) => p.startsWith(`items/Q${n}_`));
      return parse(files[path ?? '']).documentElement;
    };
    const leader = item(1);
    const right = children(leader, 'correctResponse')[0]?.textContent;
    const chosen = children(leader, 'simpleChoice').find((c) => c.getAttribute('identifier') === right);
    expect(chosen?.textContent).toBe('Captain Mora');
    expect(children(leader, 'choiceInteraction')[0]?.getAttribute('maxChoices')).toBe('1');

    const city = item(3);
    expect(children(city, 'mapEntry').map((e) => e.getAttribute('mapKey'))).toEqual(['Velmar', 'Velmara']);
    expect(children(city, 'textEntryInteraction')).toHaveLength(1);

    // The cloze gap becomes an inline text entry; braces and # in the text survive as text.
    const men = item(4);
    expect(children(men, 'itemBody')[0]?.textContent).toContain(
      'The relief army counted  riders {and some #notes: = ~}.',
    );

    const order = item(5);
    const [correct] = children(order, 'correctResponse');
    const ids = correct ? children(correct, 'value').map((v) => v.textContent) : [];
    const labels = ids.map(
      (id) => children(order, 'simpleChoice').find((c) => c.getAttribute('identifier') === id)?.textContent,
    );
    expect(labels).toEqual(['Siege <begins>', 'Relief & rescue']);
    expect(children(order, 'responseDeclaration')[0]?.getAttribute('cardinality')).toBe('ordered');

    // Matching: directed pairs from each left item to its partner.
    const match = item(6);
    const choice = (id: string | null | undefined) =>
      children(match, 'simpleAssociableChoice').find((c) => c.getAttribute('identifier') === id)?.textContent;
    const [pairsResponse] = children(match, 'correctResponse');
    const pairs = (pairsResponse ? children(pairsResponse, 'value') : []).map((v) =>
      (v.textContent ?? '').split(' ').map(choice),
    );
    expect(pairs).toEqual([
      ['Emesa', 'Homs'],
      ['Raqqa', 'Kallinikos'],
    ]);
    expect(children(match, 'simpleMatchSet')).toHaveLength(2);
  });

  test('the manifest and the test reference exactly the item files', () => {
    const manifest = parse(files['imsmanifest.xml']).documentElement;
    expect(manifest.localName).toBe('manifest');
    expect(manifest.namespaceURI).toBe(CP);
    expect(manifest.getElementsByTagNameNS(CP, 'schema')[0]?.textContent).toBe('QTIv2.1 Package');
    const resources = Array.from(manifest.getElementsByTagNameNS(CP, 'resource'));
    const byId = new Map(resources.map((r) => [r.getAttribute('identifier'), r]));
    for (const resource of resources) {
      const href = resource.getAttribute('href') ?? '';
      expect(files[href]).toBeDefined();
      expect(resource.getElementsByTagNameNS(CP, 'file')[0]?.getAttribute('href')).toBe(href);
      expect(resource.getAttribute('type')).toMatch(/^imsqti_(item|test)_xmlv2p1$/);
    }
    const deps = Array.from(manifest.getElementsByTagNameNS(CP, 'dependency')).map((d) =>
      d.getAttribute('identifierref'),
    );
    expect(deps).toHaveLength(6);
    for (const dep of deps) expect(byId.has(dep)).toBe(true);

    const test = parse(files['assessment.xml']).documentElement;
    expect(test.localName).toBe('assessmentTest');
    const refs = children(test, 'assessmentItemRef');
    expect(refs.map((r) => r.getAttribute('href')).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p.startsWith('items/'))
        .sort(),
    );
  });

  test('an explanation is modal feedback, shown once the item is answered (regression: all were dropped)', () => {
    const path = Object.keys(files).find((p) => p.startsWith('items/Q1_')) ?? '';
    const root = parse(files[path]).documentElement;
    const [feedback] = children(root, 'modalFeedback');
    expect(feedback?.textContent).toBe('Mora held the fort for forty days.');
    expect(feedback?.getAttribute('outcomeIdentifier')).toBe('FEEDBACK');
    expect(feedback?.getAttribute('showHide')).toBe('show');
    const outcomes = children(root, 'outcomeDeclaration').map((o) => o.getAttribute('identifier'));
    expect(outcomes).toEqual(['SCORE', 'FEEDBACK']);
    // Scoring is still match_correct's: SCORE 1 when the response is the correct one.
    const [processing] = children(root, 'responseProcessing');
    expect(processing && children(processing, 'correct')).toHaveLength(1);
    // Element order as the schema requires: itemBody, responseProcessing, modalFeedback.
    const order = Array.from(root.children).map((el) => el.localName);
    expect(order.slice(-3)).toEqual(['itemBody', 'responseProcessing', 'modalFeedback']);
  });

  test('a right item shared by several left items is one choice (regression: three identical copies)', () => {
    const shared = {
      ...matching,
      id: 'q-shared',
      explanation: undefined,
      answer: ['Emesa → Syria', 'Damascus → Syria', 'Raqqa → Jazira'],
    } as Question;
    const [xml] = Object.values(toQtiPackage({ ...quizAssignment, questions: [shared] }));
    const root = parse(xml).documentElement;
    const [, rightSet] = children(root, 'simpleMatchSet');
    const rights = rightSet ? children(rightSet, 'simpleAssociableChoice') : [];
    expect(rights.map((c) => [c.textContent, c.getAttribute('matchMax')])).toEqual([
      ['Syria', '2'],
      ['Jazira', '1'],
    ]);
    const [correct] = children(root, 'correctResponse');
    expect((correct ? children(correct, 'value') : []).map((v) => v.textContent)).toEqual([
      'L1 R1',
      'L2 R1',
      'L3 R2',
    ]);
  });
});
