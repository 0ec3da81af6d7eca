import { describe, expect, test } from 'vitest';
import { quizAssignment, quizResult } from '../../../tests/fixtures/quiz';
import { assignmentFile, encodeAssignment, openAssignment, questionsHash } from './assignment';
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
