import { z } from '../shared/validation';
import { STEP_PATTERN } from './study-settings';

const steps = z
  .array(z.string().check(z.regex(STEP_PATTERN, 'a step is a number and m, h or d, like 10m')))
  .check(z.maxLength(10));
const whole = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

export const studySettingsSchema = z.object({
  desiredRetention: z.number().check(z.gte(0.7), z.lte(0.99)),
  learningSteps: steps,
  relearningSteps: steps,
  maximumInterval: whole(1, 36500),
  enableFuzz: z.boolean(),
  newPerDay: whole(0, 9999),
  maxReviewsPerDay: whole(0, 99999),
  dayStartHour: whole(0, 23),
  leechThreshold: whole(1, 99),
});
