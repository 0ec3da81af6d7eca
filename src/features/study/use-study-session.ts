import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useDb } from '../../components/db-context';
import { queryKeys } from '../../db/query-keys';
import { recordReview, todayQueue } from '../../db/study';
import { gradedCard } from '../../domain/card';
import { StaleCardError } from '../../domain/errors';
import { createScheduler, type Grade } from '../../domain/scheduler';
import { localTimeZone } from '../../domain/study-day';
import { currentCard, type StudySessionState, startSession, studySession } from '../../domain/study-session';
import type { StudySettings } from '../../domain/study-settings';

type Loaded = { state: StudySessionState; settings: StudySettings };

function reducer(
  loaded: Loaded | null,
  action: Parameters<typeof studySession>[1] | { type: 'load'; loaded: Loaded },
) {
  if (action.type === 'load') return action.loaded;
  return loaded && { ...loaded, state: studySession(loaded.state, action) };
}

/**
 * Runs a study session over a deck. The next card is shown as soon as a grade is given;
 * the grade's write (card + review log, one transaction) follows in order behind it. If a
 * write fails, the session says so and reloads from the database, which stays the truth.
 */
export function useStudySession(deckId: string) {
  const db = useDb();
  const queryClient = useQueryClient();
  const [session, dispatch] = useReducer(reducer, null);
  const [error, setError] = useState<unknown>(null);
  const writes = useRef(Promise.resolve());

  const load = useCallback(async () => {
    try {
      const now = new Date();
      const today = await todayQueue(db, deckId, now, localTimeZone());
      dispatch({
        type: 'load',
        loaded: { state: startSession(today.queue, today.day.end, now.getTime()), settings: today.settings },
      });
    } catch (failure) {
      setError(failure);
    }
  }, [db, deckId]);

  useEffect(() => {
    void load();
  }, [load]);

  const settings = session?.settings;
  const scheduler = useMemo(() => settings && createScheduler(settings), [settings]);
  const card = session ? currentCard(session.state) : undefined;

  // While waiting for a learning step to end, look again every few seconds.
  const waitUntil = session && 'waitUntil' in session.state.step ? session.state.step.waitUntil : undefined;
  useEffect(() => {
    if (waitUntil === undefined) return;
    const timer = setInterval(() => dispatch({ type: 'tick', now: Date.now() }), 5000);
    return () => clearInterval(timer);
  }, [waitUntil]);

  const grade = useCallback(
    (choice: Grade) => {
      if (!session || !card || !scheduler) return;
      const now = new Date();
      const result = scheduler.grade(card.fsrs, choice, now);
      const graded = gradedCard(card, result, session.settings.leechThreshold);
      const log = {
        cardKey: card.key,
        deckId: card.deckId,
        factId: card.factId,
        grade: choice,
        reviewedAt: now.getTime(),
        durationMs: now.getTime() - session.state.shownAt,
        before: { queue: card.queue, due: card.due, leech: card.leech },
        fsrs: result.log,
      };
      dispatch({ type: 'answer', graded, grade: choice, now: now.getTime() });
      writes.current = writes.current
        .then(() => recordReview(db, card, graded, log))
        .then(
          () => queryClient.invalidateQueries({ queryKey: queryKeys.deck(deckId) }),
          (failure: unknown) => {
            if (failure instanceof StaleCardError) void load();
            else setError(failure);
          },
        );
    },
    [session, card, scheduler, db, deckId, queryClient, load],
  );

  const preview = useMemo(
    () =>
      card && scheduler && session?.state.revealed ? scheduler.preview(card.fsrs, new Date()) : undefined,
    [card, scheduler, session?.state.revealed],
  );

  return {
    error,
    loading: !session && !error,
    state: session?.state,
    card,
    preview,
    reveal: () => dispatch({ type: 'reveal' }),
    grade,
  };
}
