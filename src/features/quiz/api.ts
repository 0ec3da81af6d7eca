import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import type { AssignmentAttemptRow, QuizAttemptRow } from '../../db/app-db';
import {
  attemptsOf,
  getAssignment,
  gradebookResults,
  importResults,
  listAssignments,
  saveAnswer,
  saveAssignment,
  startAttempt,
  submitAttempt,
} from '../../db/assignments';
import { questionsByIds } from '../../db/decks';
import { queryKeys } from '../../db/query-keys';
import { addMistakes, quizHistory, saveQuizAttempt } from '../../db/quiz-history';
import type { OpenedAssignment, QuestionFinder } from '../../domain/quiz/assignment';
import type { GivenAnswer, QuizResult } from '../../domain/quiz/quiz-result';

/** Finds an assignment's questions in this app's decks (for links that name them by id). */
export function useQuestionFinder(): QuestionFinder {
  const db = useDb();
  return (deckId, questionIds) => questionsByIds(db, deckId, questionIds);
}

export function useAssignments() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.assignments(), queryFn: () => listAssignments(db) });
}

export function useAssignment(id: string) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.assignment(id),
    queryFn: async () => (await getAssignment(db, id)) ?? null,
  });
}

export function useSaveAssignment() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ opened, mine }: { opened: OpenedAssignment; mine: boolean }) =>
      saveAssignment(db, opened, mine, new Date()),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.assignments() }),
  });
}

export function useAttempts(assignmentId: string) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.assignmentAttempts(assignmentId),
    queryFn: () => attemptsOf(db, assignmentId),
  });
}

/** Starting, answering and submitting an attempt: each write lands before the screen moves on. */
export function useAttemptActions(assignmentId: string) {
  const db = useDb();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.assignmentAttempts(assignmentId) });
  return {
    start: async (attempt: AssignmentAttemptRow) => {
      await startAttempt(db, attempt);
      await refresh();
    },
    answer: async (attemptId: string, questionId: string, given: GivenAnswer) => {
      await saveAnswer(db, attemptId, questionId, given);
      await refresh();
    },
    submit: async (attemptId: string, submittedAt: number, code: string) => {
      await submitAttempt(db, attemptId, submittedAt, code);
      await refresh();
    },
  };
}

export function useGradebook(assignmentId: string) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.gradebook(assignmentId),
    queryFn: () => gradebookResults(db, assignmentId),
  });
}

export function useImportResults(assignmentId: string) {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (results: QuizResult[]) => importResults(db, assignmentId, results, new Date()),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.gradebook(assignmentId) }),
  });
}

export function useQuizHistory() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.quizHistory(), queryFn: () => quizHistory(db) });
}

export function useSavePractice() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attempt: Omit<QuizAttemptRow, 'id'>) => saveQuizAttempt(db, attempt),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.quizHistory() }),
  });
}

/** "Add my mistakes to study": the study queue and the deck's counts change. */
export function useAddMistakes() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ deckId, questionIds }: { deckId: string; questionIds: string[] }) =>
      addMistakes(db, deckId, questionIds, new Date()),
    onSuccess: (_, { deckId }) => client.invalidateQueries({ queryKey: queryKeys.deck(deckId) }),
  });
}
