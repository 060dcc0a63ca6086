import type { FieldErrorCode } from '../errors';

/** Codes that mean here what they mean in a VALIDATION_FAILED of the API (errors.ts). */
const SHARED_FIELD_CODES = [
  'REQUIRED',
  'NOT_ONE_OF',
  'NOT_A_DATE',
  'NOT_A_WHOLE_NUMBER',
  'OUT_OF_RANGE', // params: min, max
  'DUPLICATE',
  'DATE_IN_FUTURE',
  'DATE_TOO_EARLY', // params: min (the earliest allowed date)
  'DATE_TOO_LATE', // params: max (the latest allowed date)
] as const satisfies readonly FieldErrorCode[];

/**
 * What is wrong with a sequence of sickness events, a completion or an extension. The last three are particular
 * to the Poortwachter rules; FIELD_ERROR_CODES lists them too, so the API answers them in a VALIDATION_FAILED.
 */
export const POORTWACHTER_ISSUE_CODES = [
  ...SHARED_FIELD_CODES,
  /** A date earlier than the event before it: events are entered in the order they happened. params: min */
  'OUT_OF_ORDER',
  /** A (partial) recovery while nobody is reported sick: before any sick report, or after a full recovery. */
  'SICKNESS_NOT_RUNNING',
  /** A sick report while the previous one has not ended in a full recovery. */
  'SICKNESS_ALREADY_RUNNING',
] as const satisfies readonly FieldErrorCode[];
export type PoortwachterIssueCode = (typeof POORTWACHTER_ISSUE_CODES)[number];

/** One problem with one field: `field` is the path inside the validated value (`events[2].date`). */
export interface PoortwachterIssue {
  field: string;
  code: PoortwachterIssueCode;
  params?: Record<string, string | number>;
}

/** Thrown by the computations when given input that the matching `validate…` function would refuse. */
export class PoortwachterInputError extends Error {
  constructor(readonly issues: PoortwachterIssue[]) {
    super(`invalid Poortwachter input: ${issues.map((issue) => `${issue.field} ${issue.code}`).join('; ')}`);
    this.name = 'PoortwachterInputError';
  }
}
