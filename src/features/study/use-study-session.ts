import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { onDataReplacedElsewhere } from '../../components/data-channel';
import { useDb } from '../../components/db-context';
import { queueFor } from '../../db/custom-study';
import { queryKeys } from '../../db/query-keys';
import { studySettingsFor } from '../../db/settings';
import { recordReview, reviewLogOf, undoReview } from '../../db/study';
import type { AnswerOutcome } from '../../domain/shared/answer-score';
import { StaleCardError } from '../../domain/shared/errors';
import { type CardRecord, gradedCard } from '../../domain/study/card';
import { crammedCard, type StudyOptions, writesSchedule } from '../../domain/study/custom-study';
import { createScheduler, type Grade } from '../../domain/study/scheduler';
import { localTimeZone, type StudyDay, studyDay } from '../../domain/study/study-day';
import {
  currentCard,
  type StudySessionAction,
  type StudySessionState,
  startSession,
  studySession,
} from '../../domain/study/study-session';
import type { StudySettings } from '../../domain/study/study-settings';
import { onStudyChange, tellStudyChange } from './study-channel';

function leechNotice(before: CardRecord, after: CardRecord): string {
  const lapses = `${after.fsrs.lapses} time${after.fsrs.lapses === 1 ? '' : 's'}`;
  const what = before.leech ? 'suspended again as a leech' : 'now a leech and suspended';
  return `This card has been forgotten ${lapses}, so it is ${what}. Rewrite or study it differently; you can unsuspend it on the deck page.`;
}

type Loaded = { state: StudySessionState; settings: StudySettings; day: StudyDay };

function reducer(loaded: Loaded | null, action: StudySessionAction | { type: 'load'; loaded: Loaded }) {
  if (action.type === 'load') return action.loaded;
  return loaded && { ...loaded, state: studySession(loaded.state, action) };
}

/**
 * What a grade or an undo changes: the deck's counts, leeches and next-due time. Not the
 * deck row or its questions, which the session has on screen: invalidating the whole deck
 * key re-read every question of the deck from IndexedDB after each grade.
 */
function refreshAfterReview(queryClient: QueryClient, deckId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.deckCounts(deckId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.leeches(deckId) }),
    queryClient.invalidateQueries({ queryKey: [...queryKeys.deck(deckId), 'next-due'] }),
  ]);
}

/**
 * Runs a study session over a deck. A grade is written first (card + review log, one
 * transaction) and the next card is shown only once that write has committed, so a card
 * on screen always means the answer before it is stored: a crash or a closed tab right
 * after the next card appears loses nothing. While a grade is being written, further
 * grades and undos are ignored (they would be for a card not yet on screen). Undo is
 * queued behind the writes in order. If a write fails, the session says so and reloads
 * from the database, which stays the truth. Other tabs on the same deck are told of every
 * write, and re-read their queue, so no tab grades a card from a state that is gone.
 */
export function useStudySession(deckId: string, options: StudyOptions) {
  const db = useDb();
  const queryClient = useQueryClient();
  const [session, dispatch] = useReducer(reducer, null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const writes = useRef(Promise.resolve());
  /** A grade is being written: the card it answers is still on screen until it commits. */
  const gradeInFlight = useRef(false);
  /** This session's answers as written, newest last (review log ids): undo pops them in step with the reducer's history. */
  const logIds = useRef<number[]>([]);
  const { mode, topic, aheadDays } = options;

  const readQueue = useCallback(async () => {
    const started = performance.now();
    const now = new Date();
    const settings = await studySettingsFor(db, deckId);
    const day = studyDay(now, settings.dayStartHour, localTimeZone());
    const queue = await queueFor(db, deckId, day, settings, { mode, topic, aheadDays });
    // User Timing entry read by `npm run bench` (budget: 50 ms with 100,000 cards).
    performance.measure('muster:study-queue', { start: started });
    return { now, settings, day, queue };
  }, [db, deckId, mode, topic, aheadDays]);

  const load = useCallback(async () => {
    try {
      const { now, settings, day, queue } = await readQueue();
      logIds.current = [];
      dispatch({
        type: 'load',
        loaded: { state: startSession(queue, day.end, now.getTime()), settings, day },
      });
    } catch (failure) {
      setError(failure);
    }
  }, [readQueue]);

  useEffect(() => {
    void load();
  }, [load]);

  // Another tab answered or undid a card of this deck: take the queue as it now stands.
  useEffect(
    () =>
      onStudyChange(deckId, () => {
        // Queued behind this tab's own writes; a failed read must not block the writes after it.
        writes.current = writes.current
          .then(async () => {
            const { queue } = await readQueue();
            dispatch({ type: 'requeue', queue, now: Date.now() });
          })
          .catch(setError);
      }),
    [deckId, readQueue],
  );

  // A backup was restored in another tab: every card may have changed, so start over from the database.
  useEffect(
    () =>
      onDataReplacedElsewhere(() => {
        writes.current = writes.current.then(load);
      }),
    [load],
  );

  const settings = session?.settings;
  const scheduler = useMemo(() => settings && createScheduler(settings), [settings]);
  const card = session ? currentCard(session.state) : undefined;
  const writing = writesSchedule(options);

  // While waiting for a learning step to end, look again every few seconds.
  const waitUntil = session && 'waitUntil' in session.state.step ? session.state.step.waitUntil : undefined;
  useEffect(() => {
    if (waitUntil === undefined) return;
    const timer = setInterval(() => dispatch({ type: 'tick', now: Date.now() }), 5000);
    return () => clearInterval(timer);
  }, [waitUntil]);

  const afterWrite = useCallback(
    (failure: unknown) => {
      if (failure instanceof StaleCardError) {
        setNotice(failure.message);
        void load();
      } else setError(failure);
    },
    [load],
  );

  const grade = useCallback(
    (choice: Grade) => {
      if (!session || !card || !scheduler) return;
      const now = new Date();
      setNotice(null);
      if (!writing) {
        dispatch({
          type: 'answer',
          graded: crammedCard(card, choice === 'again', now.getTime()),
          grade: choice,
          now: now.getTime(),
        });
        return;
      }
      if (gradeInFlight.current) return;
      gradeInFlight.current = true;
      const result = scheduler.grade(card.fsrs, choice, now, card.key);
      const graded = gradedCard(card, result, session.settings.leechThreshold);
      const log = reviewLogOf(card, choice, now, now.getTime() - session.state.shownAt, result.log);
      writes.current = writes.current
        .then(async () => {
          const logId = await recordReview(db, card, graded, log);
          // Committed: only now does the next card replace this one.
          logIds.current.push(logId);
          // Rendered at once (not on the scheduler's next turn): the next card is what the learner waits for.
          flushSync(() => dispatch({ type: 'answer', graded, grade: choice, now: now.getTime() }));
          if (graded.queue === 'suspended') setNotice(leechNotice(card, graded));
          tellStudyChange(deckId);
          // Not awaited: the next write must not wait for the screens' reads.
          void refreshAfterReview(queryClient, deckId);
        })
        .catch(afterWrite)
        .finally(() => {
          gradeInFlight.current = false;
        });
    },
    [session, card, scheduler, writing, db, deckId, queryClient, afterWrite],
  );

  const undo = useCallback(() => {
    if (!session || session.state.history.length === 0 || !scheduler || gradeInFlight.current) return;
    setNotice(null);
    dispatch({ type: 'undo', now: Date.now() });
    if (!writing) return;
    writes.current = writes.current
      .then(async () => {
        const logId = logIds.current.pop();
        if (logId === undefined) return;
        await undoReview(db, logId, scheduler.rollback);
        tellStudyChange(deckId);
        void refreshAfterReview(queryClient, deckId);
      })
      .catch(afterWrite);
  }, [session, scheduler, writing, db, deckId, queryClient, afterWrite]);

  const reveal = useCallback((outcome?: AnswerOutcome) => dispatch({ type: 'reveal', outcome }), []);
  const learnAhead = useCallback(() => dispatch({ type: 'learn-ahead', now: Date.now() }), []);

  const preview = useMemo(() => {
    if (!card || !scheduler || !session?.state.revealed) return undefined;
    const at = new Date();
    return { at: at.getTime(), results: scheduler.preview(card.fsrs, at, card.key) };
  }, [card, scheduler, session?.state.revealed]);

  return {
    error,
    notice,
    loading: !session && !error,
    state: session?.state,
    day: session?.day,
    card,
    preview,
    canUndo: (session?.state.history.length ?? 0) > 0,
    reveal,
    learnAhead,
    grade,
    undo,
    /** Resolves once every answer given so far is written (for the session summary). */
    settled: () => writes.current,
  };
}
