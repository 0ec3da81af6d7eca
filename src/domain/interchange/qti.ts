import { matchingPairs } from '../shared/answer-score';
import type { Question } from '../shared/deck';
import type { ExportableQuiz } from './quiz-export';
import { el, type XmlElement, xmlDocument } from './xml';

/**
 * QTI 2.1 export (IMS Question & Test Interoperability), as a content package: one
 * assessmentItem file per question, an assessmentTest listing them, and imsmanifest.xml.
 * A question's explanation becomes modal feedback, shown once the item is answered: its
 * response processing is written out in full (the standard template's rules, then the
 * FEEDBACK outcome set), since the templates themselves set no feedback.
 */
const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const QTI_SCHEMA = `${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;
const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';
const RESPONSE = { identifier: 'RESPONSE' };

const setOutcome = (identifier: string, value: XmlElement) => el('setOutcomeValue', { identifier }, [value]);
const baseValue = (baseType: string, value: string | number) =>
  el('baseValue', { baseType }, [String(value)]);
const setScore = (value: XmlElement) => setOutcome('SCORE', value);
const variable = el('variable', RESPONSE);

/** The rules of the match_correct and map_response templates, written out. */
const SCORING: Record<ItemParts['template'], () => XmlElement> = {
  match_correct: () =>
    el('responseCondition', {}, [
      el('responseIf', {}, [
        el('match', {}, [variable, el('correct', RESPONSE)]),
        setScore(baseValue('float', 1)),
      ]),
      el('responseElse', {}, [setScore(baseValue('float', 0))]),
    ]),
  map_response: () =>
    el('responseCondition', {}, [
      el('responseIf', {}, [el('isNull', {}, [variable]), setScore(baseValue('float', 0))]),
      el('responseElse', {}, [setScore(el('mapResponse', RESPONSE))]),
    ]),
};
const BLANK = /_{3,}/;

/** An XML identifier (NCName) from our id: a letter first, then letters, digits, . - _ only. */
function qtiIdentifier(index: number, id: string): string {
  return `Q${index + 1}_${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

const choices = (items: readonly string[]) =>
  items.map((item, i) => el('simpleChoice', { identifier: `C${i + 1}` }, [item]));

function responseDeclaration(cardinality: string, baseType: string, values: string[], mapping?: XmlElement) {
  const correct = el(
    'correctResponse',
    {},
    values.map((value) => el('value', {}, [value])),
  );
  return el(
    'responseDeclaration',
    { ...RESPONSE, cardinality, baseType },
    mapping ? [correct, mapping] : [correct],
  );
}

interface ItemParts {
  response: XmlElement;
  body: XmlElement[];
  template: 'match_correct' | 'map_response';
}

function matchingParts(question: Question): ItemParts {
  const pairs = matchingPairs(question);
  // Each right item is one choice, however many left items it belongs to: a copy would
  // look the same to a student and score differently.
  const rights = [...new Set(pairs.map((p) => p.right))];
  const uses = (right: string) => pairs.filter((p) => p.right === right).length;
  const set = (prefix: string, items: string[], matchMax: (item: string) => number) =>
    el(
      'simpleMatchSet',
      {},
      items.map((item, i) =>
        el('simpleAssociableChoice', { identifier: `${prefix}${i + 1}`, matchMax: matchMax(item) }, [item]),
      ),
    );
  return {
    response: responseDeclaration(
      'multiple',
      'directedPair',
      pairs.map((p, i) => `L${i + 1} R${rights.indexOf(p.right) + 1}`),
    ),
    body: [
      el(
        'matchInteraction',
        { responseIdentifier: 'RESPONSE', shuffle: true, maxAssociations: pairs.length },
        [
          el('prompt', {}, [question.prompt]),
          set(
            'L',
            pairs.map((p) => p.left),
            () => 1,
          ),
          set('R', rights, uses),
        ],
      ),
    ],
    template: 'match_correct',
  };
}

function itemParts(question: Question): ItemParts {
  const prompt = el('prompt', {}, [question.prompt]);
  const answer = question.answer;
  if (question.type === 'matching') return matchingParts(question);
  if (Array.isArray(answer)) {
    return {
      response: responseDeclaration(
        'ordered',
        'identifier',
        answer.map((_, i) => `C${i + 1}`),
      ),
      body: [
        el('orderInteraction', { responseIdentifier: 'RESPONSE', shuffle: true }, [
          prompt,
          ...choices(answer),
        ]),
      ],
      template: 'match_correct',
    };
  }
  if (question.options && (question.type === 'multiple-choice' || question.type === 'true-false')) {
    const interaction = {
      responseIdentifier: 'RESPONSE',
      shuffle: question.type === 'multiple-choice',
      maxChoices: 1,
    };
    return {
      response: responseDeclaration('single', 'identifier', [`C${question.options.indexOf(answer) + 1}`]),
      body: [el('choiceInteraction', interaction, [prompt, ...choices(question.options)])],
      template: 'match_correct',
    };
  }
  const accepted = [answer, ...(question.accepted ?? []).filter((a) => a !== answer)];
  const mapping = el(
    'mapping',
    { defaultValue: 0, upperBound: 1 },
    accepted.map((a) => el('mapEntry', { mapKey: a, mappedValue: 1, caseSensitive: false })),
  );
  const input = el('textEntryInteraction', {
    responseIdentifier: 'RESPONSE',
    expectedLength: Math.max(10, answer.length + 5),
  });
  const gap = question.type === 'cloze' && BLANK.test(question.prompt);
  const [before = '', after = ''] = question.prompt.split(BLANK, 2);
  return {
    response: responseDeclaration('single', 'string', [answer], mapping),
    body: gap
      ? [el('p', {}, [before, input, after])]
      : [el('p', {}, [question.prompt]), el('p', {}, [input])],
    template: 'map_response',
  };
}

function qtiItem(question: Question, identifier: string): string {
  const parts = itemParts(question);
  const explanation = question.explanation?.trim();
  const outcome = (id: string, baseType: string, children: XmlElement[] = []) =>
    el('outcomeDeclaration', { identifier: id, cardinality: 'single', baseType }, children);
  const score = outcome('SCORE', 'float', [el('defaultValue', {}, [el('value', {}, ['0'])])]);
  const head = explanation
    ? [parts.response, score, outcome('FEEDBACK', 'identifier')]
    : [parts.response, score];
  const processing = explanation
    ? [
        el('responseProcessing', {}, [
          SCORING[parts.template](),
          setOutcome('FEEDBACK', baseValue('identifier', 'EXPLANATION')),
        ]),
        el('modalFeedback', { outcomeIdentifier: 'FEEDBACK', identifier: 'EXPLANATION', showHide: 'show' }, [
          explanation,
        ]),
      ]
    : [el('responseProcessing', { template: `${TEMPLATES}/${parts.template}` })];
  return xmlDocument(
    el(
      'assessmentItem',
      {
        xmlns: QTI_NS,
        'xmlns:xsi': XSI,
        'xsi:schemaLocation': QTI_SCHEMA,
        identifier,
        title: question.prompt.slice(0, 80),
        adaptive: false,
        timeDependent: false,
      },
      [...head, el('itemBody', {}, parts.body), ...processing],
    ),
  );
}

function assessmentTest(assignment: ExportableQuiz, ids: string[]): string {
  const refs = ids.map((id) => el('assessmentItemRef', { identifier: id, href: `items/${id}.xml` }));
  const section = el('assessmentSection', { identifier: 'S1', title: assignment.title, visible: true }, refs);
  return xmlDocument(
    el(
      'assessmentTest',
      {
        xmlns: QTI_NS,
        'xmlns:xsi': XSI,
        'xsi:schemaLocation': QTI_SCHEMA,
        identifier: `T_${assignment.id}`,
        title: assignment.title,
      },
      [
        el('testPart', { identifier: 'P1', navigationMode: 'nonlinear', submissionMode: 'simultaneous' }, [
          section,
        ]),
      ],
    ),
  );
}

function manifest(assignment: ExportableQuiz, ids: string[]): string {
  const file = (href: string) => el('file', { href });
  const test = el('resource', { identifier: 'R_TEST', type: 'imsqti_test_xmlv2p1', href: 'assessment.xml' }, [
    file('assessment.xml'),
    ...ids.map((id) => el('dependency', { identifierref: `R_${id}` })),
  ]);
  const items = ids.map((id) =>
    el('resource', { identifier: `R_${id}`, type: 'imsqti_item_xmlv2p1', href: `items/${id}.xml` }, [
      file(`items/${id}.xml`),
    ]),
  );
  return xmlDocument(
    el(
      'manifest',
      {
        xmlns: CP_NS,
        'xmlns:xsi': XSI,
        'xsi:schemaLocation': `${CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd`,
        identifier: `M_${assignment.id}`,
      },
      [
        el('metadata', {}, [el('schema', {}, ['QTIv2.1 Package']), el('schemaversion', {}, ['1.0.0'])]),
        el('organizations'),
        el('resources', {}, [test, ...items]),
      ],
    ),
  );
}

/** File path → XML text: items/*.xml, assessment.xml and imsmanifest.xml. */
export function toQtiPackage(assignment: ExportableQuiz): Record<string, string> {
  const ids = assignment.questions.map((q, i) => qtiIdentifier(i, q.id));
  const files: Record<string, string> = {};
  assignment.questions.forEach((question, i) => {
    const id = ids[i] as string;
    files[`items/${id}.xml`] = qtiItem(question, id);
  });
  files['assessment.xml'] = assessmentTest(assignment, ids);
  files['imsmanifest.xml'] = manifest(assignment, ids);
  return files;
}
