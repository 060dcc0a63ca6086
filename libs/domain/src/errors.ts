/**
 * The stable codes of the API's errors. Every error the API raises on purpose names one of these next to its
 * HTTP status; the web translates the code, never the English `message` (which is for operators and logs).
 * A code names what the user must understand, not where it was raised: two refusals that mean the same to
 * the user share a code. Adding a code here makes the web's translation test fail until nl and en say it.
 */
export const ERROR_CODES = [
  // 400: the request itself is wrong
  'VALIDATION_FAILED',
  'MALFORMED_BODY',
  'NOTHING_TO_CHANGE',
  'UPLOAD_MALFORMED',
  'PRIVACY_REQUEST_ALREADY_EXTENDED',
  // 401 / 403: who is asking
  'NOT_AUTHENTICATED',
  'LOGIN_INVALID',
  'LOGIN_EXPIRED',
  'SECOND_FACTOR_CODE_INVALID',
  'SECOND_FACTOR_NOT_ENROLLED',
  'FORBIDDEN',
  'CSRF_TOKEN_INVALID',
  'LOGIN_CROSS_SITE',
  // 404 / 410: never says whether something exists that the caller may not see
  'NOT_FOUND',
  'LINK_INVALID',
  'EXPORT_DELIVERY_EXPIRED',
  // 409: the state of the data forbids it
  'CASE_STATUS_TRANSITION_INVALID',
  'CASE_VERSION_STALE',
  'CASE_CLOSED',
  'REPORT_VERSION_STALE',
  'REPORT_FINAL',
  'REPORT_NOT_FINAL',
  'BREACH_VERSION_STALE',
  'KVK_NUMBER_TAKEN',
  'EMAIL_TAKEN',
  'OWN_ACCOUNT_PROTECTED',
  /** The change would leave no active admin (demoting or disabling the last one, also by two admins at once). */
  'LAST_ADMIN',
  /** The person already has an account: one account per person. */
  'PERSON_HAS_ACCOUNT',
  /** A participant's account stays a participant's, and no other account becomes one: invite a new account. */
  'PARTICIPANT_ROLE_FIXED',
  'ROLE_HAS_NO_SECOND_FACTOR',
  'BREAK_GLASS_NOT_NEEDED',
  /** A breach record was already started from this break-the-glass follow-up. */
  'BREAK_GLASS_BREACH_ALREADY_STARTED',
  /** This break-the-glass follow-up was already closed. */
  'BREAK_GLASS_FOLLOW_UP_CLOSED',
  'PRIVACY_REQUEST_COMPLETED',
  'EXPORT_NOT_APPLICABLE',
  'PERSON_ERASED',
  'CONSENT_ALREADY_WITHDRAWN',
  /** The person already has an active consent for this purpose. */
  'CONSENT_ALREADY_GIVEN',
  /** The person's objection for this purpose is already recorded (and already in effect). */
  'OBJECTION_ALREADY_RECORDED',
  /** An objection to the satisfaction survey is absolute: it cannot be completed as refused. */
  'OBJECTION_NOT_REFUSABLE',
  'ERASURE_REFUSED',
  /** UWV's own steps and dates to know (the WIA letter, the end of the waiting period) are never marked done. */
  'MILESTONE_NOT_COMPLETABLE',
  /** A sickness event or waiting-period extension was already retracted or withdrawn. */
  'ALREADY_WITHDRAWN',
  /** Retracting this sickness event would leave the others out of order (two sick reports in a row). */
  'SICKNESS_EVENTS_WOULD_CONFLICT',
  /** The person has no sickness period for an extension of the waiting period to extend. */
  'NO_SICKNESS_PERIOD',
  /** An extension of this kind already counts for the period: withdraw it first. */
  'EXTENSION_ALREADY_ACTIVE',
  // the reasons of an ERASURE_REFUSED, one per case (art. 17(3) AVG)
  'ERASURE_LEGAL_HOLD',
  'ERASURE_RETENTION',
  // 413 / 415 / 423 / 429
  'BODY_TOO_LARGE',
  'BODY_ENCODING_UNSUPPORTED',
  'UPLOAD_TOO_LARGE',
  'UPLOAD_TYPE_UNSUPPORTED',
  'PROCESSING_RESTRICTED',
  'TOO_MANY_ATTEMPTS',
  'SECOND_FACTOR_LOCKED',
  'JSON_REQUIRED',
  // 5xx: nothing the user did
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why an erasure is refused for one case: a legal hold, or a programme whose file must still be kept. */
export const ERASURE_REFUSAL_CODES = [
  'ERASURE_LEGAL_HOLD',
  'ERASURE_RETENTION',
] as const satisfies readonly ErrorCode[];
export type ErasureRefusalCode = (typeof ERASURE_REFUSAL_CODES)[number];

/** What is wrong with one field of a request (`fields` of a VALIDATION_FAILED); `params` fill in the text. */
export const FIELD_ERROR_CODES = [
  'REQUIRED',
  'UNKNOWN_FIELD',
  'INVALID_FORMAT',
  'TOO_SHORT', // params: min (and max when the field has both bounds)
  'TOO_LONG', // params: max (and min)
  'TOO_SMALL', // params: min
  'TOO_LARGE', // params: max
  'OUT_OF_RANGE', // params: min, max
  'TOO_MANY_ITEMS', // params: max
  'NOT_ONE_OF',
  'NOT_A_UUID',
  'NOT_A_DATE',
  'NOT_AN_EMAIL',
  'NOT_A_WHOLE_NUMBER',
  'NOT_A_BOOLEAN',
  'NOT_A_LIST',
  'NOT_A_KVK_NUMBER',
  'NOT_A_PHONE_NUMBER',
  'NOT_A_SIX_DIGIT_CODE',
  'UNKNOWN_REFERENCE',
  'DUPLICATE',
  'INCOMPLETE',
  'NOT_FOR_CASE_TYPE',
  'NEEDS_LINKED_PERSON',
  'DATE_IN_FUTURE',
  'DATE_TOO_EARLY',
  'DATE_TOO_LATE', // params: max (the latest allowed moment)
  'PASSWORD_TOO_COMMON',
  'PASSWORD_CONTAINS_EMAIL',
  // why a password is too easy to guess (zxcvbn's score below the minimum), one code per kind of reason
  'PASSWORD_TOO_WEAK',
  'PASSWORD_CONTAINS_PERSONAL_INFO',
  'PASSWORD_PREDICTABLE_PATTERN',
  'PASSWORD_CONTAINS_DATE',
  'SECOND_FACTOR_CODE_MISMATCH',
  // sickness events (Poortwachter): entered in the order they happened, a recovery only while sick, one sick report at a time
  'OUT_OF_ORDER', // params: min (the date of the event before it)
  'SICKNESS_NOT_RUNNING',
  'SICKNESS_ALREADY_RUNNING',
  // the special file's forms (fml/issues.ts): an FML item under another rubriek (params: rubriek), a field this
  // answer does not take (free text without "namelijk", hours without a limitation), contradicting another answer
  'WRONG_RUBRIEK',
  'NOT_ALLOWED_HERE',
  'INCONSISTENT',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

/** One problem with one field: `field` is the path in the request (`person.email`, `rubrieken[2].number`). */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  params?: ErrorParams;
}

/** A field problem as a check in this library finds it: the English line for operators travels with it. */
export interface FieldProblem extends FieldError {
  message: string;
}

/** One case that keeps a person's data from being erased; its reference is the only thing about it named. */
export interface ErasureRefusalReason {
  code: ErasureRefusalCode;
  caseReference: string;
}

/** The one error shape of the API (CONTRACT.md): `code` for programs, `message` in English for operators. */
export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string | string[];
  error: string;
  /** VALIDATION_FAILED: what is wrong with which field. */
  fields?: FieldError[];
  /** REPORT_VERSION_STALE: the version the report has now (null when it is gone). */
  currentVersion?: number | null;
  /** TOO_MANY_ATTEMPTS: when to try again (also the Retry-After header). */
  retryAfterSeconds?: number;
  /** ERASURE_REFUSED: every case that stands in the way. */
  reasons?: ErasureRefusalReason[];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return typeof value === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(value);
}
