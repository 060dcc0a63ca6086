import Holidays from 'date-holidays';
import { addDays, parseIsoDate } from '../poortwachter';

/**
 * Working days by the Algemene termijnenwet (Atw): every day except Saturday, Sunday and the "algemeen erkende
 * feestdagen" of art. 3 Atw — Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, both
 * Kerstdagen, the day the King's birthday is celebrated (Koningsdag) and 5 May — plus Goede Vrijdag, which
 * art. 3(2) Atw puts on a par with them. Easter Sunday and Whit Sunday are Sundays already.
 *
 * Easter and the Koningsdag rule come from `date-holidays` (NL). Its types do not match the Atw: Goede Vrijdag
 * and Bevrijdingsdag are `school` there (not `public`), and some lists mark 5 May only every fifth year (the
 * lustrum on which most employers give the day off). The Atw counts 5 May every year, so it is added here
 * whatever the library says. Days that a royal decree under art. 3(3) Atw equates for a few years (a bridge
 * day after Ascension, say) are not modelled.
 */
export const ATW_HOLIDAY_NAMES = [
  'new_years_day',
  'good_friday',
  'easter_monday',
  'kings_day',
  'liberation_day',
  'ascension_day',
  'whit_monday',
  'christmas_day',
  'second_christmas_day',
] as const;
export type AtwHolidayName = (typeof ATW_HOLIDAY_NAMES)[number];

export interface AtwHoliday {
  date: string;
  name: AtwHolidayName;
}

/** The library's rule text → the Atw day it stands for; anything else in its NL list is not an Atw holiday. */
const LIBRARY_RULES: Record<string, AtwHolidayName> = {
  '01-01': 'new_years_day',
  'easter -2': 'good_friday',
  'easter 1': 'easter_monday',
  'easter 39': 'ascension_day',
  'easter 50': 'whit_monday',
  '12-25': 'christmas_day',
  '12-26': 'second_christmas_day',
};

function libraryName(rule: string): AtwHolidayName | undefined {
  // Koningsdag (since 2014) and Koninginnedag before it: "04-27 if sunday then previous saturday since 2014".
  if (rule.startsWith('04-27') || rule.startsWith('04-30') || rule.startsWith('08-31')) return 'kings_day';
  return LIBRARY_RULES[rule];
}

let netherlands: Holidays | undefined;
const byYear = new Map<number, AtwHoliday[]>();
const dates = new Set<string>();

/** The Atw holidays of one year, in date order. Throws when the library no longer yields one of them. */
export function atwHolidays(year: number): AtwHoliday[] {
  if (!Number.isInteger(year) || year < 1970 || year > 9999) throw new RangeError('expected a year');
  const cached = byYear.get(year);
  if (cached) return cached;
  netherlands ??= new Holidays('NL');
  const found = new Map<AtwHolidayName, string>();
  for (const holiday of netherlands.getHolidays(year)) {
    const name = libraryName(holiday.rule);
    if (name && name !== 'liberation_day') found.set(name, holiday.date.slice(0, 10));
  }
  found.set('liberation_day', `${year}-05-05`);
  const missing = ATW_HOLIDAY_NAMES.filter((name) => !found.has(name));
  // Fail loudly: silently treating a holiday as a working day would put a deadline on it.
  if (missing.length > 0) throw new Error(`date-holidays no longer yields ${missing.join(', ')} for ${year}`);
  const holidays = [...found].map(([name, date]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
  byYear.set(year, holidays);
  for (const holiday of holidays) dates.add(holiday.date);
  return holidays;
}

export function isAtwHoliday(date: string): boolean {
  parseIsoDate(date);
  atwHolidays(Number(date.slice(0, 4)));
  return dates.has(date);
}

/** Not a Saturday, a Sunday or an Atw holiday. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(parseIsoDate(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isAtwHoliday(date);
}

/** `date` itself when it is a working day, else the first working day after it (art. 1 Atw). */
export function workingDayOnOrAfter(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The first working day after `date` ("de eerste werkdag na afloop van …"). */
export function firstWorkingDayAfter(date: string): string {
  return workingDayOnOrAfter(addDays(date, 1));
}
