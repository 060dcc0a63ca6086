import { addDays } from '../poortwachter';
import { isIsoDate } from './dates';
import { PoortwachterInputError, type PoortwachterIssue } from './issues';
import { dateOfSickDay, type SicknessPeriod } from './sickness-periods';

/** The waiting period (wachttijd) for the WIA: 104 weeks of sickness (art. 23 WIA, art. 7:629 lid 1 BW). */
export const WAITING_PERIOD_WEEKS = 104;
/** Loonsanctie: UWV extends the wage obligation by at most 52 weeks (art. 25 lid 9 WIA). */
export const LOONSANCTIE_MAX_WEEKS = 52;
/** Early IVA (verkorte wachttijd, art. 23 lid 6 and art. 64 WIA): apply after 3 and within 68 weeks… */
export const EARLY_IVA_APPLY_FROM_WEEK = 4;
export const EARLY_IVA_APPLY_UNTIL_WEEK = 68;
/** …and the shortened waiting period lasts at least 13 and at most 78 weeks. */
export const EARLY_IVA_MIN_WEEKS = 13;
export const EARLY_IVA_MAX_WEEKS = 78;

/** What moves the end of the waiting period, as decided or agreed. All dates YYYY-MM-DD. */
export interface WaitingPeriodExtensions {
  /**
   * Loonsanctie: UWV found the reintegration efforts short and extends the wage obligation by `weeks` (1–52),
   * from the day after the waiting period would otherwise end. `startsOn`, when given (as in UWV's decision),
   * must be that day.
   */
  loonsanctie?: { weeks: number; startsOn?: string };
  /** Vrijwillige verlenging (art. 24 WIA): employer and employee asked UWV to extend it to `agreedEnd` (last day). */
  voluntaryExtension?: { agreedEnd: string };
  /**
   * Vervroegde IVA-aanvraag: the employee applied early for IVA. Until UWV grants it nothing moves; once
   * granted, `grantedWaitingPeriodEnd` (the last day of the shortened waiting period) is the end.
   */
  earlyIva?: { appliedOn: string; grantedWaitingPeriodEnd?: string };
}

export interface WaitingPeriodEnd {
  /** The last day of week 104 of sickness (healthy days of samentelling excluded). */
  regularEnd: string;
  /** The end the WIA application counts back from: the regular end or the voluntarily agreed one. */
  applicationEnd: string;
  /** The end after every extension: the day the employer's wage obligation stops. */
  end: string;
  loonsanctie: { startsOn: string; endsOn: string; weeks: number } | null;
  voluntaryUntil: string | null;
  earlyIvaEnd: string | null;
}

function lastDayOfWeek(period: SicknessPeriod, week: number, resumeOn?: string): string {
  return dateOfSickDay(period, week * 7, resumeOn);
}

/**
 * Every problem with the extensions of `period`. `resumeOn` as in dateOfSickDay: while the period is paused by a
 * recovery, the date the sickness would resume, for projecting week 104.
 */
export function validateExtensions(
  period: SicknessPeriod,
  extensions: WaitingPeriodExtensions,
  options: { today?: string; resumeOn?: string; path?: string } = {},
): PoortwachterIssue[] {
  const path = options.path ? `${options.path}.` : '';
  const issues: PoortwachterIssue[] = [];
  const regularEnd = lastDayOfWeek(period, WAITING_PERIOD_WEEKS, options.resumeOn);
  const futureCheck = (field: string, date: string) => {
    if (options.today !== undefined && date > options.today) issues.push({ field, code: 'DATE_IN_FUTURE' });
  };
  const { voluntaryExtension, loonsanctie, earlyIva } = extensions;
  let applicationEnd = regularEnd;
  if (voluntaryExtension) {
    const field = `${path}voluntaryExtension.agreedEnd`;
    if (!isIsoDate(voluntaryExtension.agreedEnd)) issues.push({ field, code: 'NOT_A_DATE' });
    else if (voluntaryExtension.agreedEnd <= regularEnd) {
      issues.push({ field, code: 'DATE_TOO_EARLY', params: { min: addDays(regularEnd, 1) } });
    } else applicationEnd = voluntaryExtension.agreedEnd;
  }
  if (loonsanctie) {
    const { weeks, startsOn } = loonsanctie;
    if (!Number.isInteger(weeks)) issues.push({ field: `${path}loonsanctie.weeks`, code: 'NOT_A_WHOLE_NUMBER' });
    else if (weeks < 1 || weeks > LOONSANCTIE_MAX_WEEKS) {
      issues.push({
        field: `${path}loonsanctie.weeks`,
        code: 'OUT_OF_RANGE',
        params: { min: 1, max: LOONSANCTIE_MAX_WEEKS },
      });
    }
    if (startsOn !== undefined) {
      const field = `${path}loonsanctie.startsOn`;
      const expected = addDays(applicationEnd, 1);
      if (!isIsoDate(startsOn)) issues.push({ field, code: 'NOT_A_DATE' });
      else if (startsOn < expected) issues.push({ field, code: 'DATE_TOO_EARLY', params: { min: expected } });
      else if (startsOn > expected) issues.push({ field, code: 'DATE_TOO_LATE', params: { max: expected } });
    }
  }
  if (earlyIva) {
    const field = `${path}earlyIva.appliedOn`;
    if (!isIsoDate(earlyIva.appliedOn)) issues.push({ field, code: 'NOT_A_DATE' });
    else {
      futureCheck(field, earlyIva.appliedOn);
      const min = dateOfSickDay(period, (EARLY_IVA_APPLY_FROM_WEEK - 1) * 7 + 1, options.resumeOn);
      const max = lastDayOfWeek(period, EARLY_IVA_APPLY_UNTIL_WEEK, options.resumeOn);
      if (earlyIva.appliedOn < min) issues.push({ field, code: 'DATE_TOO_EARLY', params: { min } });
      if (earlyIva.appliedOn > max) issues.push({ field, code: 'DATE_TOO_LATE', params: { max } });
    }
    const granted = earlyIva.grantedWaitingPeriodEnd;
    if (granted !== undefined) {
      const grantedField = `${path}earlyIva.grantedWaitingPeriodEnd`;
      const min = lastDayOfWeek(period, EARLY_IVA_MIN_WEEKS, options.resumeOn);
      const max = lastDayOfWeek(period, EARLY_IVA_MAX_WEEKS, options.resumeOn);
      if (!isIsoDate(granted)) issues.push({ field: grantedField, code: 'NOT_A_DATE' });
      else if (granted < min) issues.push({ field: grantedField, code: 'DATE_TOO_EARLY', params: { min } });
      else if (granted > max) issues.push({ field: grantedField, code: 'DATE_TOO_LATE', params: { max } });
    }
  }
  return issues;
}

/**
 * The end of the waiting period of `period` and what moved it. A granted early IVA ends it (and wins over the
 * rest); otherwise a voluntary extension replaces week 104 and a loonsanctie follows on from either.
 * Throws a PoortwachterInputError when validateExtensions finds a problem.
 */
export function computeWaitingPeriodEnd(
  period: SicknessPeriod,
  extensions: WaitingPeriodExtensions = {},
  resumeOn?: string,
): WaitingPeriodEnd {
  const issues = validateExtensions(period, extensions, { resumeOn });
  if (issues.length > 0) throw new PoortwachterInputError(issues);
  const regularEnd = lastDayOfWeek(period, WAITING_PERIOD_WEEKS, resumeOn);
  const voluntaryUntil = extensions.voluntaryExtension?.agreedEnd ?? null;
  const applicationEnd = voluntaryUntil ?? regularEnd;
  const earlyIvaEnd = extensions.earlyIva?.grantedWaitingPeriodEnd ?? null;
  let loonsanctie: WaitingPeriodEnd['loonsanctie'] = null;
  if (extensions.loonsanctie && earlyIvaEnd === null) {
    const startsOn = addDays(applicationEnd, 1);
    const { weeks } = extensions.loonsanctie;
    loonsanctie = { startsOn, endsOn: addDays(startsOn, weeks * 7 - 1), weeks };
  }
  const end = earlyIvaEnd ?? loonsanctie?.endsOn ?? applicationEnd;
  return { regularEnd, applicationEnd, end, loonsanctie, voluntaryUntil, earlyIvaEnd };
}
