import { parseDay } from './forms/DayInput';
import {
  hasLength,
  isCalendarDay,
  isEmail,
  isKvkNumber,
  isLocalDateTime,
  isPhoneNumber,
  isUuid,
  optional,
  rule,
} from './validation';

describe('validation rules', () => {
  it('takes only days that exist, as YYYY-MM-DD', () => {
    expect(isCalendarDay('2026-03-01')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-04-31')).toBe(false);
    expect(isCalendarDay('1-3-2026')).toBe(false);
    expect(isCalendarDay(null)).toBe(false);
    expect(isCalendarDay('')).toBe(false);
  });

  it('takes a local date and time to the minute, seconds optional', () => {
    expect(isLocalDateTime('2026-11-23 14:05:00')).toBe(true);
    expect(isLocalDateTime('2026-11-23T14:05')).toBe(true);
    expect(isLocalDateTime('2026-11-23 24:05')).toBe(false);
    expect(isLocalDateTime('2026-02-30 10:00')).toBe(false);
    expect(isLocalDateTime(null)).toBe(false);
  });

  it('checks what the API checks for contacts and ids', () => {
    expect(isEmail('jan@voorbeeld.nl')).toBe(true);
    expect(isEmail('jan.devries')).toBe(false);
    expect(isKvkNumber(' 12345678 ')).toBe(true);
    expect(isKvkNumber('1234567')).toBe(false);
    expect(isPhoneNumber('+31 (0)20-1234567')).toBe(true);
    expect(isPhoneNumber('bel me')).toBe(false);
    expect(isUuid('00000000-0000-4000-8000-0000000000c1')).toBe(true);
    expect(isUuid('RI-2026-0001')).toBe(false);
    expect(hasLength(2, 5)('  ab  ')).toBe(true);
    expect(hasLength(2, 5)('a')).toBe(false);
  });

  it('lets an optional field be empty, and pairs a rule with its message key', () => {
    const contactEmail = rule(
      optional((value: string) => isEmail(value.trim())),
      'organisations.form.contactEmailInvalid',
    );
    expect(contactEmail('   ', {})).toBeNull();
    expect(contactEmail('jan@voorbeeld.nl', {})).toBeNull();
    expect(contactEmail('jan', {})).toBe('organisations.form.contactEmailInvalid');
  });
});

describe('typing a day', () => {
  it('reads the Dutch way and the API way as the same calendar day, without any time zone', () => {
    expect(parseDay('01-03-2026')).toBe('2026-03-01');
    expect(parseDay('1-3-2026')).toBe('2026-03-01');
    expect(parseDay('1/3/2026')).toBe('2026-03-01');
    expect(parseDay('1.3.2026')).toBe('2026-03-01');
    expect(parseDay(' 2026-03-01 ')).toBe('2026-03-01');
    // Around the change to summer time (29 March 2026) and at the turn of the year nothing shifts.
    expect(parseDay('29-03-2026')).toBe('2026-03-29');
    expect(parseDay('31-12-2026')).toBe('2026-12-31');
  });

  it('gives nothing for a day that does not exist or is not finished yet', () => {
    expect(parseDay('31-04-2026')).toBeNull();
    expect(parseDay('01-03-20')).toBeNull();
    expect(parseDay('2026-03-0')).toBeNull();
    expect(parseDay('maart')).toBeNull();
  });
});
