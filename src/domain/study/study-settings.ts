/** What the FSRS scheduler needs. */
export interface SchedulerSettings {
  /** Probability of recall FSRS aims for at the due date, 0.70–0.99. */
  desiredRetention: number;
  /** Steps like "1m", "10m", "1h", "1d". */
  learningSteps: string[];
  relearningSteps: string[];
  /** In days. */
  maximumInterval: number;
  /** Spreads due dates a little so cards learnt together do not stay together; off in tests. */
  enableFuzz: boolean;
}

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  desiredRetention: 0.9,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  maximumInterval: 36500,
  enableFuzz: true,
};

export const STEP_PATTERN = /^[1-9]\d{0,3}[mhd]$/;

/** Everything a learner can tune, globally or per deck (a deck's own settings win). */
export interface StudySettings extends SchedulerSettings {
  newPerDay: number;
  maxReviewsPerDay: number;
  /** Hour (0–23, local time) at which a new study day begins. */
  dayStartHour: number;
  /** Lapses after which a card is tagged leech and suspended. */
  leechThreshold: number;
}

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  ...DEFAULT_SCHEDULER_SETTINGS,
  newPerDay: 20,
  maxReviewsPerDay: 200,
  dayStartHour: 4,
  leechThreshold: 8,
};
