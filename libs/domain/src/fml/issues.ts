import type { FieldErrorCode } from '../errors';
import { isIsoDate } from '../poortwachter/dates';

/** Codes that mean here what they mean in a VALIDATION_FAILED of the API (errors.ts). */
const SHARED_FIELD_CODES = [
  'REQUIRED',
  'UNKNOWN_FIELD',
  'INVALID_FORMAT',
  'TOO_SHORT', // params: min
  'TOO_LONG', // params: max
  'TOO_SMALL', // params: min
  'TOO_LARGE', // params: max
  'OUT_OF_RANGE', // params: min, max
  'TOO_MANY_ITEMS', // params: max
  'NOT_ONE_OF',
  'NOT_A_UUID',
  'NOT_A_DATE',
  'NOT_A_WHOLE_NUMBER',
  'NOT_A_BOOLEAN',
  'NOT_A_LIST',
  'DUPLICATE',
  'INCOMPLETE',
  'DATE_TOO_EARLY', // params: min (the earliest allowed date)
] as const satisfies readonly FieldErrorCode[];

/**
 * What is wrong with an FML, an AD report or a UWV decision. The last three are particular to these forms;
 * wiring them into the API means adding them to FIELD_ERROR_CODES (and nl/en), as with the Poortwachter codes.
 */
export const SPECIAL_FILE_ISSUE_CODES = [
  ...SHARED_FIELD_CODES,
  /** An FML item filed under a rubriek it does not belong to. params: rubriek (the one it belongs to) */
  'WRONG_RUBRIEK',
  /** A field this answer does not take: free text where the form has no "namelijk", hours without a limitation. */
  'NOT_ALLOWED_HERE',
  /** Contradicts another answer: a rubriek graded normal with a limited item, a category that does not fit the %. */
  'INCONSISTENT',
] as const;
export type SpecialFileIssueCode = (typeof SPECIAL_FILE_ISSUE_CODES)[number];

/** One problem with one field: `field` is the path inside the validated value (`rubrieken[3].items[0].options`). */
export interface SpecialFileIssue {
  field: string;
  code: SpecialFileIssueCode;
  params?: Record<string, string | number>;
}

/** Free text, as the profession writes it; the longest a note may be (a report's paragraph, not a document). */
export const FREE_TEXT_MAX_LENGTH = 4000;
/** A "namelijk …" specification on the FML: one or two sentences. */
export const SPECIFICATION_MAX_LENGTH = 500;
/** A job title in a list of suitable work. */
export const TITLE_MAX_LENGTH = 120;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues; each check returns whether the value passed, so callers can skip checks that depend on it. */
export class IssueList {
  readonly issues: SpecialFileIssue[] = [];

  add(field: string, code: SpecialFileIssueCode, params?: SpecialFileIssue['params']): false {
    this.issues.push(params ? { field, code, params } : { field, code });
    return false;
  }

  /** An object with only the `allowed` keys; every other key is refused (it could carry free text). */
  object(value: unknown, field: string, allowed: readonly string[]): value is PlainObject {
    if (!isPlainObject(value)) return this.add(field, value === undefined ? 'REQUIRED' : 'INVALID_FORMAT');
    for (const key of Object.keys(value))
      if (!allowed.includes(key)) this.add(field ? `${field}.${key}` : key, 'UNKNOWN_FIELD');
    return true;
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): value is T {
    if (value === undefined || value === null) return this.add(field, 'REQUIRED');
    return (allowed as readonly unknown[]).includes(value) || this.add(field, 'NOT_ONE_OF');
  }

  boolean(value: unknown, field: string): value is boolean {
    if (value === undefined || value === null) return this.add(field, 'REQUIRED');
    return typeof value === 'boolean' || this.add(field, 'NOT_A_BOOLEAN');
  }

  date(value: unknown, field: string): value is string {
    if (value === undefined || value === null) return this.add(field, 'REQUIRED');
    return isIsoDate(value) || this.add(field, 'NOT_A_DATE');
  }

  /** A date not before `min` (when `min` is itself a date). */
  dateFrom(value: unknown, field: string, min: unknown): value is string {
    if (!this.date(value, field)) return false;
    if (isIsoDate(min) && value < min) return this.add(field, 'DATE_TOO_EARLY', { min });
    return true;
  }

  number(value: unknown, field: string, min: number, max: number, options: { whole?: boolean } = {}): value is number {
    if (value === undefined || value === null) return this.add(field, 'REQUIRED');
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.add(field, 'INVALID_FORMAT');
    if (options.whole && !Number.isInteger(value)) return this.add(field, 'NOT_A_WHOLE_NUMBER');
    if (value < min || value > max) return this.add(field, 'OUT_OF_RANGE', { min, max });
    return true;
  }

  /** Free text: a string, not blank, at most `max` characters. */
  text(value: unknown, field: string, max: number): value is string {
    if (value === undefined || value === null) return this.add(field, 'REQUIRED');
    if (typeof value !== 'string') return this.add(field, 'INVALID_FORMAT');
    if (value.trim().length === 0) return this.add(field, 'TOO_SHORT', { min: 1 });
    if (value.length > max) return this.add(field, 'TOO_LONG', { max });
    return true;
  }

  uuid(value: unknown, field: string): value is string {
    if (value === undefined || value === null) return this.add(field, 'REQUIRED');
    return (typeof value === 'string' && UUID.test(value)) || this.add(field, 'NOT_A_UUID');
  }

  /** A list of at most `max` entries. */
  list(value: unknown, field: string, max: number): value is unknown[] {
    if (value === undefined || value === null) return this.add(field, 'REQUIRED');
    if (!Array.isArray(value)) return this.add(field, 'NOT_A_LIST');
    return value.length <= max || this.add(field, 'TOO_MANY_ITEMS', { max });
  }

  /** A list of distinct values, each one of `allowed`. */
  codes<T extends string>(value: unknown, field: string, allowed: readonly T[]): value is T[] {
    if (!this.list(value, field, allowed.length)) return false;
    let ok = true;
    const seen = new Set<unknown>();
    value.forEach((entry, index) => {
      if (!(allowed as readonly unknown[]).includes(entry)) ok = this.add(`${field}[${index}]`, 'NOT_ONE_OF');
      else if (seen.has(entry)) ok = this.add(`${field}[${index}]`, 'DUPLICATE');
      seen.add(entry);
    });
    return ok;
  }
}
