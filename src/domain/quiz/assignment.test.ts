import { describe, expect, test } from 'vitest';
import { quizAssignment, quizQuestions, quizResult } from '../../../tests/fixtures/quiz';
import type { Question } from '../shared/deck';
import { TransferFormatError } from '../shared/errors';
import {
  assignmentFile,
  encodeAssignment,
  openAssignment,
  type QuestionFinder,
  questionsHash,
} from './assignment';
import { encodeEnvelope } from './link-codec';
import { encodeResult, openResult, RESULT_ENVELOPE, resultFile } from './quiz-result';

describe('assignment links and files', () => {
  test('a link round-trips the whole assignment and its questions hash', async () => {
    const code = await encodeAssignment(quizAssignment);
    const opened = await openAssignment(`https://teacher.example/a#${code}`);
    expect(opened.assignment).toEqual(quizAssignment);
    expect(opened.questionsHash).toBe(await questionsHash(quizAssignment.questions));
    expect(opened.code).toBe(code);
  });

  test('the assignment file opens to the same assignment; its readable fields are not trusted', async () => {
    const opened = await openAssignment(await encodeAssignment(quizAssignment));
    const file = JSON.parse(assignmentFile(opened));
    expect(file.title).toBe('Fort Amber check');
    file.title = 'Changed by hand';
    const fromFile = await openAssignment(JSON.stringify(file));
    expect(fromFile.assignment.title).toBe('Fort Amber check');
    expect(fromFile.code).toBe(opened.code);
  });

  test('a well-formed envelope holding an invalid assignment is refused with the field named', async () => {
    const bad = await encodeEnvelope(
      { tag: 'a', version: 1, noun: 'assignment link', maxEncodedChars: 150_000, maxJsonBytes: 1_000_000 },
      { ...quizAssignment, attemptsAllowed: 0 },
    );
    await expect(openAssignment(bad)).rejects.toThrow(/attemptsAllowed/);
  });

  test('a JSON file without a code is refused', async () => {
    await expect(openAssignment('{"title":"x"}')).rejects.toThrow(/holds no Muster assignment link/);
  });
});

describe('short links: questions named by id (version 2)', () => {
  const withRowFields = (questions: Question[]) =>
    questions.map((q, position) => ({ ...q, key: `fort-amber/${q.id}`, deckId: 'fort-amber', position }));
  const finder: QuestionFinder = async (deckId, ids) =>
    deckId === 'fort-amber'
      ? withRowFields(ids.map((id) => quizQuestions.find((q) => q.id === id) as Question))
      : undefined;

  test('opens to the same questions and questions hash as the long link', async () => {
    const code = await encodeAssignment(quizAssignment, { byReference: true });
    expect(code).toMatch(/^muster\.a2\./);
    const opened = await openAssignment(code, finder);
    expect(opened.assignment).toEqual(quizAssignment);
    expect(opened.questionsHash).toBe(
      (await openAssignment(await encodeAssignment(quizAssignment))).questionsHash,
    );
  });

  test('is refused when this app lacks the questions or has another version of them', async () => {
    const code = await encodeAssignment(quizAssignment, { byReference: true });
    await expect(openAssignment(code)).rejects.toThrow(/does not have, or has in another version/);
    const edited: QuestionFinder = async (deckId, ids) =>
      (await finder(deckId, ids))?.map((q) => (q.id === 'q-city' ? { ...q, answer: 'Elsewhere' } : q));
    await expect(openAssignment(code, edited)).rejects.toThrow(TransferFormatError);
  });

  test('a version-1 link (questions carried) still opens, with or without a finder', async () => {
    const code = await encodeAssignment(quizAssignment);
    expect(code).toMatch(/^muster\.a1\./);
    expect((await openAssignment(code, finder)).assignment).toEqual(quizAssignment);
  });

  test('40 questions of a derived deck fit in a link short enough for one QR code', async () => {
    // Ids shaped as the deriver makes them: topic, 16 hex digits of a hash, type.
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...(quizQuestions[i % 4] as Question),
      id: `strategy-${(0x9e3779b97f4a7c15n * BigInt(i + 1)).toString(16).padStart(16, '0').slice(-16)}-fc`,
    }));
    const assignment = { ...quizAssignment, questions: many };
    const short = await encodeAssignment(assignment, { byReference: true });
    // One QR code holds up to 2,953 bytes; version 1 of this link took 6,491 characters for 40.
    expect(short.length).toBeLessThan(1_000);
  });
});

describe('result codes', () => {
  test('a result opens against its own assignment', async () => {
    const opened = await openAssignment(await encodeAssignment(quizAssignment));
    const result = quizResult({
      student: 'Ana',
      answers: { 'q-city': 'Velmar' },
      questionsHash: opened.questionsHash,
    });
    const code = await encodeResult(result);
    expect(await openResult(code, opened)).toEqual(result);
    expect(await openResult(resultFile(result, code), opened)).toEqual(result);
  });

  test('a result for another assignment, or for changed questions, is refused', async () => {
    const opened = await openAssignment(await encodeAssignment(quizAssignment));
    const other = quizResult({
      student: 'Ana',
      answers: {},
      questionsHash: opened.questionsHash,
      assignmentId: 'other-assign',
      assignmentTitle: 'Rome quiz',
    });
    await expect(openResult(await encodeResult(other), opened)).rejects.toThrow(
      /another assignment, "Rome quiz"/,
    );
    const changed = quizResult({ student: 'Ana', answers: {}, questionsHash: 'f'.repeat(32) });
    await expect(openResult(await encodeResult(changed), opened)).rejects.toThrow(/questions have changed/);
  });

  test('a result answering a question the assignment does not have is refused', async () => {
    const opened = await openAssignment(await encodeAssignment(quizAssignment));
    const odd = quizResult({
      student: 'Ana',
      answers: { 'q-nope': 'x' },
      questionsHash: opened.questionsHash,
    });
    await expect(openResult(await encodeResult(odd), opened)).rejects.toThrow(/not in "Fort Amber check"/);
  });

  test('an assignment link pasted as a result is refused as the wrong kind', async () => {
    const opened = await openAssignment(await encodeAssignment(quizAssignment));
    await expect(openResult(opened.code, opened)).rejects.toThrow(/not a result code/);
  });

  test('a result with an impossible time or a bad field is refused', async () => {
    const opened = await openAssignment(await encodeAssignment(quizAssignment));
    const backwards = quizResult({
      student: 'Ana',
      answers: {},
      questionsHash: opened.questionsHash,
      submittedAt: 0,
    });
    await expect(openResult(await encodeResult(backwards), opened)).rejects.toThrow(/does not add up/);
    const noName = await encodeEnvelope(RESULT_ENVELOPE, { ...backwards, student: '' });
    await expect(openResult(noName, opened)).rejects.toThrow(/student/);
  });
});
