import { addDays } from '../poortwachter';
import { daysBetween, isIsoDate, minDate } from './dates';
import { PoortwachterInputError, type PoortwachterIssue } from './issues';

/**
 * Sickness events of one person (special file: dates only, never a diagnosis). `sick` is the first day of
 * illness (eerste ziektedag); `recovery` the first day of full recovery (hersteldatum, the first healthy day);
 * `partial_recovery` a partial return to work (gedeeltelijk herstel), which does not stop the clock.
 */
export const SICKNESS_EVENT_KINDS = ['sick', 'partial_recovery', 'recovery'] as const;
export type SicknessEventKind = (typeof SICKNESS_EVENT_KINDS)[number];

export interface SicknessEvent {
  kind: SicknessEventKind;
  date: string;
}

/**
 * Samentelling (art. 7:629 lid 10 BW, art. 23 lid 3 WIA): periods of sickness that follow each other with a
 * break of less than four weeks count as one; the healthy days in between do not count. A break of four weeks
 * (28 days) or more starts a new waiting period (the four-week rule).
 */
export const SAMENTELLING_BREAK_DAYS = 28;

/** One stretch of (full or partial) sickness: from a sick report up to, not including, the full recovery. */
export interface SicknessSpell {
  firstSickDay: string;
  /** First fully healthy day; null while the spell runs. */
  recoveredOn: string | null;
  partialRecoveries: string[];
}

/**
 * running: the person is (partly) sick today. recovered: fully recovered less than four weeks ago, so a relapse
 * still adds up and the timeline is paused. closed: four weeks or more recovered, or followed by a new period.
 */
export type SicknessPeriodStatus = 'running' | 'recovered' | 'closed';

/** One waiting period (wachttijd): spells that add up, each followed by fewer than 28 healthy days. */
export interface SicknessPeriod {
  /** 1-based, in date order. */
  sequence: number;
  /** The first sick day of the first spell: day 1 of week 1. */
  firstSickDay: string;
  spells: SicknessSpell[];
  status: SicknessPeriodStatus;
  /** Healthy days between its spells, which do not count towards the weeks of sickness. */
  healthyDaysExcluded: number;
  /** After the last spell ended: the last day a new sick report still adds up to this period. */
  relapseAddsUpUntil: string | null;
}

function issue(field: string, code: PoortwachterIssue['code'], params?: PoortwachterIssue['params']) {
  return params ? { field, code, params } : { field, code };
}

/**
 * Every problem with a sequence of events, in the order they were entered (oldest first). Dates after `today`
 * are refused when `today` is given. `path` prefixes the field paths (`events[2].date`).
 */
export function validateSicknessEvents(
  events: readonly SicknessEvent[],
  options: { today?: string; path?: string } = {},
): PoortwachterIssue[] {
  const path = options.path ?? 'events';
  const issues: PoortwachterIssue[] = [];
  let state: 'none' | 'sick' | 'recovered' = 'none';
  let spellStart: string | undefined;
  let recoveredOn: string | undefined;
  let previous: string | undefined;
  events.forEach((event, index) => {
    const at = `${path}[${index}]`;
    const kindKnown = (SICKNESS_EVENT_KINDS as readonly string[]).includes(event.kind);
    if (!kindKnown) issues.push(issue(`${at}.kind`, 'NOT_ONE_OF'));
    if (!isIsoDate(event.date)) {
      issues.push(issue(`${at}.date`, 'NOT_A_DATE'));
      return;
    }
    const { date } = event;
    if (options.today !== undefined && date > options.today) issues.push(issue(`${at}.date`, 'DATE_IN_FUTURE'));
    if (previous !== undefined && date < previous) {
      issues.push(issue(`${at}.date`, 'OUT_OF_ORDER', { min: previous }));
      return;
    }
    previous = date;
    if (!kindKnown) return;
    if (event.kind === 'sick') {
      if (state === 'sick') {
        issues.push(issue(`${at}.kind`, 'SICKNESS_ALREADY_RUNNING'));
        return;
      }
      // A relapse on the first healthy day would leave no healthy day: the recovery was wrong, not the relapse.
      if (state === 'recovered' && recoveredOn !== undefined && date <= recoveredOn) {
        issues.push(issue(`${at}.date`, 'DATE_TOO_EARLY', { min: addDays(recoveredOn, 1) }));
        return;
      }
      state = 'sick';
      spellStart = date;
      return;
    }
    if (state !== 'sick') {
      issues.push(issue(`${at}.kind`, 'SICKNESS_NOT_RUNNING'));
      return;
    }
    if (event.kind === 'recovery') {
      // The recovery date is the first healthy day, so at least the sick report's own day was a sick day.
      if (spellStart !== undefined && date <= spellStart) {
        issues.push(issue(`${at}.date`, 'DATE_TOO_EARLY', { min: addDays(spellStart, 1) }));
        return;
      }
      state = 'recovered';
      recoveredOn = date;
    }
  });
  return issues;
}

/**
 * The waiting periods that `events` (oldest first) make, oldest first, as they stand on `today`. Throws a
 * PoortwachterInputError with the issues of validateSicknessEvents when the events make no sense.
 */
export function computeSicknessPeriods(events: readonly SicknessEvent[], today: string): SicknessPeriod[] {
  if (!isIsoDate(today)) throw new RangeError('expected today as YYYY-MM-DD');
  const issues = validateSicknessEvents(events, { today });
  if (issues.length > 0) throw new PoortwachterInputError(issues);
  const groups: SicknessSpell[][] = [];
  for (const event of events) {
    const spells = groups.at(-1);
    const spell = spells?.at(-1);
    if (event.kind === 'sick') {
      const addsUp = spell?.recoveredOn != null && daysBetween(spell.recoveredOn, event.date) < SAMENTELLING_BREAK_DAYS;
      const next: SicknessSpell = { firstSickDay: event.date, recoveredOn: null, partialRecoveries: [] };
      if (addsUp && spells) spells.push(next);
      else groups.push([next]);
    } else if (spell && event.kind === 'partial_recovery') {
      spell.partialRecoveries.push(event.date);
    } else if (spell) {
      spell.recoveredOn = event.date;
    }
  }
  return groups.map((spells, index) => {
    const last = spells[spells.length - 1];
    const relapseAddsUpUntil =
      last.recoveredOn === null ? null : addDays(last.recoveredOn, SAMENTELLING_BREAK_DAYS - 1);
    let status: SicknessPeriodStatus = 'running';
    if (index < groups.length - 1) status = 'closed';
    else if (relapseAddsUpUntil !== null) status = today <= relapseAddsUpUntil ? 'recovered' : 'closed';
    let healthyDaysExcluded = 0;
    for (let i = 1; i < spells.length; i++) {
      healthyDaysExcluded += daysBetween(spells[i - 1].recoveredOn as string, spells[i].firstSickDay);
    }
    return {
      sequence: index + 1,
      firstSickDay: spells[0].firstSickDay,
      spells,
      status,
      healthyDaysExcluded,
      relapseAddsUpUntil,
    };
  });
}

/** Number of sick days of `period` on or before `date` (healthy days between spells not counted). */
export function sickDaysUpTo(period: SicknessPeriod, date: string): number {
  let count = 0;
  for (const spell of period.spells) {
    if (date < spell.firstSickDay) break;
    const lastSickDay = spell.recoveredOn === null ? date : minDate(addDays(spell.recoveredOn, -1), date);
    count += daysBetween(spell.firstSickDay, lastSickDay) + 1;
  }
  return count;
}

/**
 * The calendar date of sick day `day` (1-based) of `period`. When the period's last spell has ended before that
 * day, the date is projected as if the sickness resumed on `resumeOn` (required then).
 */
export function dateOfSickDay(period: SicknessPeriod, day: number, resumeOn?: string): string {
  if (!Number.isInteger(day) || day < 1) throw new RangeError('expected a sick day from 1');
  let remaining = day;
  for (const spell of period.spells) {
    const length =
      spell.recoveredOn === null ? Number.POSITIVE_INFINITY : daysBetween(spell.firstSickDay, spell.recoveredOn);
    if (remaining <= length) return addDays(spell.firstSickDay, remaining - 1);
    remaining -= length;
  }
  if (resumeOn === undefined) throw new RangeError('the period has ended: say when the sickness would resume');
  return addDays(resumeOn, remaining - 1);
}
