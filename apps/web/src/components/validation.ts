import type { ErrorParams, FieldErrorCode } from '@spoor/domain';

/** Client-side checks that spare a round trip; the API checks again. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** As the API checks them (admin.dto.ts): the KvK number is 8 digits, a phone number as people write it. */
const KVK_PATTERN = /^[0-9]{8}$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,19}$/;
const CALENDAR_DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// The rules: small named checks that say whether a value passes. A form pairs each with the message to show
// through `rule(check, message)`; the message is an i18n key, translated where the error is shown.

/** Something other than blanks was entered or chosen. */
export const isFilled = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim() !== '';
export const isEmail = (value: string): boolean => EMAIL_PATTERN.test(value);
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value.trim());
export const isKvkNumber = (value: string): boolean => KVK_PATTERN.test(value.trim());
export const isPhoneNumber = (value: string): boolean => PHONE_PATTERN.test(value.trim());
export const isSixDigitCode = (value: string): boolean => /^\d{6}$/.test(value);

/** The trimmed text is between `min` and `max` characters long. */
export const hasLength =
  (min: number, max = Infinity) =>
  (value: string): boolean => {
    const length = value.trim().length;
    return length >= min && length <= max;
  };

/** A day on the calendar as the API takes it: `YYYY-MM-DD`, and a day that exists (no 31 April). */
export function isCalendarDay(value: string | null | undefined): value is string {
  const match = typeof value === 'string' ? CALENDAR_DAY_PATTERN.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC only checks that the day exists: no time zone is involved.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A local date and time, `YYYY-MM-DD HH:mm` (seconds optional), that exists. */
export function isLocalDateTime(value: string | null | undefined): value is string {
  const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value) : null;
  return (
    match !== null &&
    isCalendarDay(match[1]) &&
    Number(match[2]) < 24 &&
    Number(match[3]) < 60 &&
    Number(match[4] ?? 0) < 60
  );
}

/** An optional field: empty passes, anything entered must pass `check`. */
export const optional =
  <Value extends string | null | undefined>(check: (value: NonNullable<Value>) => boolean) =>
  (value: Value): boolean =>
    !isFilled(value) || check(value as NonNullable<Value>);

/**
 * The message of a field problem in the words the API's field codes use (i18n/errors.ts `fieldErrors`), for
 * `rule(check, fieldMessage('NOT_AN_EMAIL'))` or for a problem the API named (`setFieldError`). With `params`
 * it is an i18next nesting (`$t(fieldErrors.TOO_SHORT, {"min":2})`), which any `t()` resolves like a key.
 */
export function fieldMessage(code: FieldErrorCode, params?: ErrorParams): string {
  return params && Object.keys(params).length > 0 ? nested(code, params) : `fieldErrors.${code}`;
}

/** Several problems with one field as one message (`; ` between them), resolved by `t()` like fieldMessage. */
export function fieldMessages(problems: ReadonlyArray<{ code: FieldErrorCode; params?: ErrorParams }>): string {
  return problems.length === 1
    ? fieldMessage(problems[0].code, problems[0].params)
    : problems.map(({ code, params }) => nested(code, params)).join('; ');
}

const nested = (code: FieldErrorCode, params?: ErrorParams): string =>
  params && Object.keys(params).length > 0
    ? `$t(fieldErrors.${code}, ${JSON.stringify(params)})`
    : `$t(fieldErrors.${code})`;

/** A rule for `useForm`'s `validate`: the message (an i18n key) when `check` fails, otherwise none. */
export const rule =
  <Value, Values = unknown>(check: (value: Value, values: Values) => boolean, message: string) =>
  (value: Value, values: Values): string | null =>
    check(value, values) ? null : message;
