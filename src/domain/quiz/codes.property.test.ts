import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizAssignment, quizResult } from '../../../tests/fixtures/quiz';
import { acceptedOrRefused, hostileInput, mutationOf, RUNS } from '../../../tests/helpers/fuzz';
import { TransferFormatError } from '../shared/errors';
import {
  ASSIGNMENT_ENVELOPE,
  assignmentFile,
  encodeAssignment,
  type OpenedAssignment,
  openAssignment,
} from './assignment';
import { encodeEnvelope } from './link-codec';
import { encodeResult, openResult, RESULT_ENVELOPE, resultFile } from './quiz-result';

const opened: OpenedAssignment = await openAssignment(await encodeAssignment(quizAssignment));
const result = quizResult({
  student: 'Ana',
  answers: { 'q-city': 'Velmar' },
  questionsHash: opened.questionsHash,
});
const resultCode = await encodeResult(result);
const link = `https://muster.example/a#${opened.code}`;

/** JSON values near the real ones (a valid one mutated as text, when it still parses) and any JSON at all. */
const sealedJson = (valid: unknown) =>
  fc.oneof(
    mutationOf(JSON.stringify(valid)).map((text) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    }),
    fc.jsonValue({ maxDepth: 4 }),
  );

describe('assignment links, codes and files, fuzzed', () => {
  it(`${RUNS} mutated links, codes and files open as a valid assignment or are refused with a sentence`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileInput(link, opened.code, assignmentFile(opened)), (input) =>
        acceptedOrRefused(
          () => openAssignment(input),
          TransferFormatError,
          (assignment) => expect(assignment.assignment.questions.length).toBeGreaterThan(0),
        ),
      ),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`${RUNS} well-sealed codes of damaged JSON are refused by the schema, never thrown past it`, async () => {
    await fc.assert(
      fc.asyncProperty(sealedJson(quizAssignment), async (value) =>
        acceptedOrRefused(
          async () => openAssignment(await encodeEnvelope(ASSIGNMENT_ENVELOPE, value)),
          TransferFormatError,
          (assignment) => expect(assignment.assignment.id.length).toBeGreaterThan(0),
        ),
      ),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('is bounded: a link over 152,000 characters is refused before it is decoded', async () => {
    await expect(openAssignment(`muster.a1.${'A'.repeat(152_001)}.x`)).rejects.toThrow(TransferFormatError);
  });
});

describe('result codes and files, fuzzed', () => {
  it(`${RUNS} mutated codes and files open as this assignment's result or are refused with a sentence`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileInput(resultCode, resultFile(result, resultCode)), (input) =>
        acceptedOrRefused(
          () => openResult(input, opened),
          TransferFormatError,
          (opens) => expect(opens.assignmentId).toBe(quizAssignment.id),
        ),
      ),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`${RUNS} well-sealed result codes of damaged JSON are refused by the schema, never thrown past it`, async () => {
    await fc.assert(
      fc.asyncProperty(sealedJson(result), async (value) =>
        acceptedOrRefused(
          async () => openResult(await encodeEnvelope(RESULT_ENVELOPE, value), opened),
          TransferFormatError,
          (opens) => expect(opens.questionsHash).toBe(opened.questionsHash),
        ),
      ),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('is bounded: a code over 62,000 characters is refused before it is decoded', async () => {
    await expect(openResult(`muster.r1.${'A'.repeat(62_001)}.x`, opened)).rejects.toThrow(
      TransferFormatError,
    );
  });
});
