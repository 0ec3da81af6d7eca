import { matchingPairs } from '../shared/answer-score';
import type { Question } from '../shared/deck';
import type { ExportableQuiz } from './quiz-export';

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
const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';
const SET_SCORE = (value: string) => `<setOutcomeValue identifier="SCORE">${value}</setOutcomeValue>`;
const FLOAT = (n: number) => `<baseValue baseType="float">${n}</baseValue>`;

/** The rules of the match_correct and map_response templates, written out. */
const SCORING: Record<ItemParts['template'], string> = {
  match_correct: `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${SET_SCORE(FLOAT(1))}</responseIf><responseElse>${SET_SCORE(FLOAT(0))}</responseElse></responseCondition>`,
  map_response: `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${SET_SCORE(FLOAT(0))}</responseIf><responseElse>${SET_SCORE('<mapResponse identifier="RESPONSE"/>')}</responseElse></responseCondition>`,
};
const BLANK = /_{3,}/;

function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An XML identifier (NCName) from our id: a letter first, then letters, digits, . - _ only. */
function qtiIdentifier(index: number, id: string): string {
  return `Q${index + 1}_${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

function choices(items: readonly string[]): string {
  return items
    .map((item, i) => `      <simpleChoice identifier="C${i + 1}">${xmlEscape(item)}</simpleChoice>`)
    .join('\n');
}

interface ItemParts {
  response: string;
  body: string;
  template: 'match_correct' | 'map_response';
}

function itemParts(question: Question): ItemParts {
  const prompt = xmlEscape(question.prompt);
  const answer = question.answer;
  if (question.type === 'matching') {
    const pairs = matchingPairs(question);
    // Each right item is one choice, however many left items it belongs to: a copy would
    // look the same to a student and score differently.
    const rights = [...new Set(pairs.map((p) => p.right))];
    const uses = (right: string) => pairs.filter((p) => p.right === right).length;
    const set = (prefix: string, items: string[], matchMax: (item: string) => number) =>
      `      <simpleMatchSet>\n${items.map((item, i) => `        <simpleAssociableChoice identifier="${prefix}${i + 1}" matchMax="${matchMax(item)}">${xmlEscape(item)}</simpleAssociableChoice>`).join('\n')}\n      </simpleMatchSet>`;
    const values = pairs.map((p, i) => `<value>L${i + 1} R${rights.indexOf(p.right) + 1}</value>`).join('');
    return {
      response: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${values}</correctResponse></responseDeclaration>`,
      body: `    <matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${pairs.length}">\n      <prompt>${prompt}</prompt>\n${set(
        'L',
        pairs.map((p) => p.left),
        () => 1,
      )}\n${set('R', rights, uses)}\n    </matchInteraction>`,
      template: 'match_correct',
    };
  }
  if (Array.isArray(answer)) {
    const values = answer.map((_, i) => `<value>C${i + 1}</value>`).join('');
    return {
      response: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${values}</correctResponse></responseDeclaration>`,
      body: `    <orderInteraction responseIdentifier="RESPONSE" shuffle="true">\n      <prompt>${prompt}</prompt>\n${choices(answer)}\n    </orderInteraction>`,
      template: 'match_correct',
    };
  }
  if (question.options && (question.type === 'multiple-choice' || question.type === 'true-false')) {
    const right = question.options.indexOf(answer) + 1;
    return {
      response: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>C${right}</value></correctResponse></responseDeclaration>`,
      body: `    <choiceInteraction responseIdentifier="RESPONSE" shuffle="${question.type === 'multiple-choice'}" maxChoices="1">\n      <prompt>${prompt}</prompt>\n${choices(question.options)}\n    </choiceInteraction>`,
      template: 'match_correct',
    };
  }
  const accepted = [answer, ...(question.accepted ?? []).filter((a) => a !== answer)];
  const entries = accepted
    .map((a) => `<mapEntry mapKey="${xmlEscape(a)}" mappedValue="1" caseSensitive="false"/>`)
    .join('');
  const input = `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(10, answer.length + 5)}"/>`;
  const gap = question.type === 'cloze' && BLANK.test(question.prompt);
  const [before = '', after = ''] = question.prompt.split(BLANK, 2);
  return {
    response: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse><value>${xmlEscape(answer)}</value></correctResponse><mapping defaultValue="0" upperBound="1">${entries}</mapping></responseDeclaration>`,
    body: gap
      ? `    <p>${xmlEscape(before)}${input}${xmlEscape(after)}</p>`
      : `    <p>${prompt}</p>\n    <p>${input}</p>`,
    template: 'map_response',
  };
}

function qtiItem(question: Question, identifier: string): string {
  const parts = itemParts(question);
  const explanation = question.explanation?.trim();
  const processing = explanation
    ? `<responseProcessing>${SCORING[parts.template]}<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">EXPLANATION</baseValue></setOutcomeValue></responseProcessing>
  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="EXPLANATION" showHide="show">${xmlEscape(explanation)}</modalFeedback>`
    : `<responseProcessing template="${TEMPLATES}/${parts.template}"/>`;
  const feedbackOutcome = explanation
    ? '\n  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>'
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd" identifier="${identifier}" title="${xmlEscape(question.prompt.slice(0, 80))}" adaptive="false" timeDependent="false">
  ${parts.response}
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>${feedbackOutcome}
  <itemBody>
${parts.body}
  </itemBody>
  ${processing}
</assessmentItem>
`;
}

/** File path → XML text: items/*.xml, assessment.xml and imsmanifest.xml. */
export function toQtiPackage(assignment: ExportableQuiz): Record<string, string> {
  const items = assignment.questions.map((q, i) => ({ question: q, id: qtiIdentifier(i, q.id) }));
  const files: Record<string, string> = {};
  for (const { question, id } of items) files[`items/${id}.xml`] = qtiItem(question, id);
  const title = xmlEscape(assignment.title);
  files['assessment.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd" identifier="T_${assignment.id}" title="${title}">
  <testPart identifier="P1" navigationMode="nonlinear" submissionMode="simultaneous">
    <assessmentSection identifier="S1" title="${title}" visible="true">
${items.map(({ id }) => `      <assessmentItemRef identifier="${id}" href="items/${id}.xml"/>`).join('\n')}
    </assessmentSection>
  </testPart>
</assessmentTest>
`;
  const resources = items
    .map(
      ({ id }) =>
        `    <resource identifier="R_${id}" type="imsqti_item_xmlv2p1" href="items/${id}.xml">\n      <file href="items/${id}.xml"/>\n    </resource>`,
    )
    .join('\n');
  files['imsmanifest.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd" identifier="M_${assignment.id}">
  <metadata>
    <schema>QTIv2.1 Package</schema>
    <schemaversion>1.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="R_TEST" type="imsqti_test_xmlv2p1" href="assessment.xml">
      <file href="assessment.xml"/>
${items.map(({ id }) => `      <dependency identifierref="R_${id}"/>`).join('\n')}
    </resource>
${resources}
  </resources>
</manifest>
`;
  return files;
}
