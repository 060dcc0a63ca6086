import { addDays, type MilestoneActor } from '../poortwachter';
import { daysBetween, isIsoDate, minDate } from './dates';
import {
  computeWaitingPeriodEnd,
  WAITING_PERIOD_WEEKS,
  type WaitingPeriodEnd,
  type WaitingPeriodExtensions,
} from './extensions';
import { PoortwachterInputError, type PoortwachterIssue } from './issues';
import { dateOfSickDay, sickDaysUpTo, type SicknessPeriod } from './sickness-periods';
import { firstWorkingDayAfter } from './working-days';

/**
 * The Poortwachter timeline of one waiting period (Wet verbetering poortwachter; UWV, "Tijdlijn bij ziekte"),
 * computed from the period's sick days (samentelling: healthy days between spells do not count) and from the
 * dates milestones were actually completed. Rules and sources: README.md beside this file.
 */
export const TIMELINE_MILESTONE_KINDS = [
  'problem_analysis', // probleemanalyse
  'plan_of_approach', // plan van aanpak
  'evaluation', // evaluatie (bijstelling) van het plan van aanpak
  'uwv_sick_report', // ziekmelding bij UWV (42e-weeksmelding)
  'first_year_evaluation', // eerstejaarsevaluatie
  'second_track', // start tweede spoor (reintegration with another employer)
  'uwv_wia_letter', // UWV's letter about the WIA application
  'occupational_physician_opinion', // actueel oordeel van de bedrijfsarts
  'final_evaluation', // eindevaluatie
  'employee_view', // mening/visie van de werknemer, for the re-integratieverslag (RIV)
  'wia_application', // WIA-aanvraag
  'waiting_period_end', // einde wachttijd
] as const;
export type TimelineMilestoneKind = (typeof TIMELINE_MILESTONE_KINDS)[number];

/** Milestones that are UWV's to do or a date to know, never the user's overdue work. */
const INFORMATION_KINDS: readonly TimelineMilestoneKind[] = ['uwv_wia_letter', 'waiting_period_end'];

/**
 * done: completed. overdue: not done and past its due date. due: not done, due within `dueSoonDays`. upcoming:
 * later. info: UWV's step or a date to know. suspended: the person recovered less than four weeks ago; nothing
 * runs unless the sickness resumes. lapsed: no longer required (the period closed, or an early IVA ended it).
 */
export type TimelineMilestoneState = 'done' | 'due' | 'overdue' | 'upcoming' | 'info' | 'suspended' | 'lapsed';

/**
 * Why a milestone's date is what it is, structured for translation. `healthyDaysExcluded` > 0 tells that the
 * person recovered and relapsed; basisRevealsHealthData says which bases an employer must not see.
 */
export type MilestoneBasis =
  /** At the latest on the last day of week `week` of sickness. */
  | { rule: 'week_of_sickness'; week: number; healthyDaysExcluded: number }
  /** On the first working day (Algemene termijnenwet) after week `week` of sickness. */
  | { rule: 'first_working_day_after_week'; week: number; healthyDaysExcluded: number }
  /** UWV acts on the first day after `week` weeks of sickness. */
  | { rule: 'uwv_after_week'; week: number; healthyDaysExcluded: number }
  /** UWV acts `weeks` weeks before the (voluntarily extended) end of the waiting period. */
  | { rule: 'uwv_before_waiting_period_end'; weeks: number; end: string }
  /** `weeks` after the problem analysis of `from` (`projected`: not done yet, its due date stands in). */
  | { rule: 'after_problem_analysis'; weeks: number; from: string; projected: boolean }
  /** `weeks` after the previous contact: the plan of approach or evaluation `previousSequence`. */
  | {
      rule: 'after_previous_contact';
      weeks: number;
      from: string;
      previous: 'plan_of_approach' | 'evaluation';
      previousSequence: number;
      projected: boolean;
    }
  | { rule: 'after_first_year_evaluation'; weeks: number; from: string; projected: boolean }
  /** `weeks` before the end of the waiting period `end` (the WIA application). */
  | { rule: 'before_waiting_period_end'; weeks: number; end: string }
  /** `weeks` before the WIA application is due on `from`. */
  | { rule: 'before_wia_application'; weeks: number; from: string }
  /** Sent with the WIA application, due on `from`. */
  | { rule: 'with_wia_application'; from: string }
  /** Before the final evaluation of `from`. */
  | { rule: 'before_final_evaluation'; from: string; projected: boolean }
  | {
      rule: 'waiting_period_end';
      weeks: number;
      healthyDaysExcluded: number;
      voluntaryUntil: string | null;
      loonsanctieWeeks: number | null;
      earlyIvaGranted: boolean;
    };

export interface TimelineMilestone {
  kind: TimelineMilestoneKind;
  /** 1-based for the repeating evaluations; 0 otherwise. */
  sequence: number;
  dueDate: string;
  completedOn: string | null;
  state: TimelineMilestoneState;
  actor: MilestoneActor;
  basis: MilestoneBasis;
}

/** A milestone done on `completedOn` (evaluations name their `sequence`, from 1). */
export interface MilestoneCompletion {
  kind: TimelineMilestoneKind;
  sequence?: number;
  completedOn: string;
}

export interface TimelineInput {
  period: SicknessPeriod;
  /** Today in Europe/Amsterdam (amsterdamToday). */
  today: string;
  completions?: readonly MilestoneCompletion[];
  extensions?: WaitingPeriodExtensions;
  /** How many days ahead a milestone counts as `due` rather than `upcoming`; 14 unless told. */
  dueSoonDays?: number;
}

/** running: the clock runs. paused: recovered less than four weeks ago. closed: the period is over. */
export type TimelineClock = 'running' | 'paused' | 'closed';

export interface PoortwachterTimeline {
  periodSequence: number;
  firstSickDay: string;
  clock: TimelineClock;
  /** Sick days counted up to today (healthy days excluded) and the week of sickness they make. */
  sickDaysCounted: number;
  weekOfSickness: number;
  waitingPeriod: WaitingPeriodEnd;
  /** In date order. */
  milestones: TimelineMilestone[];
}

const PROBLEM_ANALYSIS_WEEK = 6;
const PLAN_AFTER_PROBLEM_ANALYSIS_WEEKS = 2;
const PLAN_LATEST_WEEK = 8;
const EVALUATION_INTERVAL_WEEKS = 6;
const UWV_SICK_REPORT_WEEK = 42;
const FIRST_YEAR_EVALUATION_WEEK = 52;
const SECOND_TRACK_AFTER_FIRST_YEAR_WEEKS = 6;
const UWV_WIA_LETTER_AFTER_WEEK = 88;
const WIA_APPLICATION_WEEKS_BEFORE_END = 11;
const FINAL_EVALUATION_WEEKS_BEFORE_APPLICATION = 2;
const DEFAULT_DUE_SOON_DAYS = 14;

const ACTORS: Record<TimelineMilestoneKind, MilestoneActor> = {
  problem_analysis: 'occupational_physician',
  plan_of_approach: 'employer',
  evaluation: 'employer',
  uwv_sick_report: 'employer',
  first_year_evaluation: 'employer',
  second_track: 'employer',
  uwv_wia_letter: 'uwv',
  occupational_physician_opinion: 'occupational_physician',
  final_evaluation: 'employer',
  employee_view: 'employee',
  wia_application: 'employee',
  waiting_period_end: 'uwv',
};

/** Every problem with a list of completions. `path` prefixes the field paths (`completions[1].completedOn`). */
export function validateMilestoneCompletions(
  completions: readonly MilestoneCompletion[],
  options: { firstSickDay: string; today?: string; path?: string },
): PoortwachterIssue[] {
  const path = options.path ?? 'completions';
  const issues: PoortwachterIssue[] = [];
  const seen = new Set<string>();
  completions.forEach((completion, index) => {
    const at = `${path}[${index}]`;
    const known = (TIMELINE_MILESTONE_KINDS as readonly string[]).includes(completion.kind);
    if (!known || completion.kind === 'waiting_period_end') issues.push({ field: `${at}.kind`, code: 'NOT_ONE_OF' });
    if (completion.kind === 'evaluation') {
      const { sequence } = completion;
      if (sequence === undefined) issues.push({ field: `${at}.sequence`, code: 'REQUIRED' });
      else if (!Number.isInteger(sequence)) issues.push({ field: `${at}.sequence`, code: 'NOT_A_WHOLE_NUMBER' });
      else if (sequence < 1 || sequence > 100) {
        issues.push({ field: `${at}.sequence`, code: 'OUT_OF_RANGE', params: { min: 1, max: 100 } });
      }
    }
    const key = `${completion.kind}#${completion.kind === 'evaluation' ? completion.sequence : 0}`;
    if (seen.has(key)) issues.push({ field: `${at}.kind`, code: 'DUPLICATE' });
    seen.add(key);
    if (!isIsoDate(completion.completedOn)) {
      issues.push({ field: `${at}.completedOn`, code: 'NOT_A_DATE' });
      return;
    }
    if (options.today !== undefined && completion.completedOn > options.today) {
      issues.push({ field: `${at}.completedOn`, code: 'DATE_IN_FUTURE' });
    }
    if (completion.completedOn < options.firstSickDay) {
      issues.push({ field: `${at}.completedOn`, code: 'DATE_TOO_EARLY', params: { min: options.firstSickDay } });
    }
  });
  return issues;
}

/**
 * The timeline of `period` on `today`. Dependent dates follow the actual completion dates. Throws a
 * PoortwachterInputError when the completions or extensions are invalid.
 */
export function computePoortwachterTimeline(input: TimelineInput): PoortwachterTimeline {
  const { period, today } = input;
  if (!isIsoDate(today)) throw new RangeError('expected today as YYYY-MM-DD');
  const completions = input.completions ?? [];
  const completionIssues = validateMilestoneCompletions(completions, { firstSickDay: period.firstSickDay });
  if (completionIssues.length > 0) throw new PoortwachterInputError(completionIssues);

  const clock: TimelineClock =
    period.status === 'running' ? 'running' : period.status === 'recovered' ? 'paused' : 'closed';
  // While the person is recovered the weeks of sickness stand still: dates not yet reached are projected as if
  // the sickness resumed tomorrow, the earliest it could.
  const resumeOn = clock === 'running' ? undefined : addDays(today, 1);
  const sickDay = (day: number) => dateOfSickDay(period, day, resumeOn);
  const endOfWeek = (week: number) => sickDay(week * 7);
  const healthyDaysBefore = (day: number) => daysBetween(period.firstSickDay, sickDay(day)) - (day - 1);
  const waitingPeriod = computeWaitingPeriodEnd(period, input.extensions ?? {}, resumeOn);

  const completedOn = (kind: TimelineMilestoneKind, sequence = 0): string | null =>
    completions.find((c) => c.kind === kind && (kind !== 'evaluation' || c.sequence === sequence))?.completedOn ?? null;
  const milestones: Omit<TimelineMilestone, 'state' | 'actor'>[] = [];
  const add = (kind: TimelineMilestoneKind, dueDate: string, basis: MilestoneBasis, sequence = 0) => {
    const milestone = { kind, sequence, dueDate, completedOn: completedOn(kind, sequence), basis };
    milestones.push(milestone);
    return milestone;
  };
  const weekBasis = (rule: 'week_of_sickness' | 'first_working_day_after_week' | 'uwv_after_week', week: number) =>
    ({ rule, week, healthyDaysExcluded: healthyDaysBefore(week * 7) }) as const;
  const anchor = (milestone: { dueDate: string; completedOn: string | null }) => ({
    from: milestone.completedOn ?? milestone.dueDate,
    projected: milestone.completedOn === null,
  });

  // Probleemanalyse: the company doctor, at the latest in week 6.
  const problemAnalysis = add(
    'problem_analysis',
    endOfWeek(PROBLEM_ANALYSIS_WEEK),
    weekBasis('week_of_sickness', PROBLEM_ANALYSIS_WEEK),
  );

  // Plan van aanpak: two weeks after the (actual) problem analysis, at the latest in week 8.
  const afterAnalysis = anchor(problemAnalysis);
  const planFromAnalysis = addDays(afterAnalysis.from, PLAN_AFTER_PROBLEM_ANALYSIS_WEEKS * 7);
  const planLatest = endOfWeek(PLAN_LATEST_WEEK);
  const plan = add(
    'plan_of_approach',
    minDate(planFromAnalysis, planLatest),
    planFromAnalysis <= planLatest
      ? { rule: 'after_problem_analysis', weeks: PLAN_AFTER_PROBLEM_ANALYSIS_WEEKS, ...afterAnalysis }
      : weekBasis('week_of_sickness', PLAN_LATEST_WEEK),
  );

  // Evaluations: six weeks after the previous contact, until the end of the waiting period.
  let previous: { dueDate: string; completedOn: string | null } = plan;
  let previousKind: 'plan_of_approach' | 'evaluation' = 'plan_of_approach';
  for (let sequence = 1; sequence <= 100; sequence++) {
    const since = anchor(previous);
    const dueDate = addDays(since.from, EVALUATION_INTERVAL_WEEKS * 7);
    if (dueDate >= waitingPeriod.end && completedOn('evaluation', sequence) === null) break;
    const basis: MilestoneBasis = {
      rule: 'after_previous_contact',
      weeks: EVALUATION_INTERVAL_WEEKS,
      previous: previousKind,
      previousSequence: previousKind === 'evaluation' ? sequence - 1 : 0,
      ...since,
    };
    previous = add('evaluation', dueDate, basis, sequence);
    previousKind = 'evaluation';
  }

  // Ziekmelding bij UWV: at the latest on the first working day after week 42.
  add(
    'uwv_sick_report',
    firstWorkingDayAfter(endOfWeek(UWV_SICK_REPORT_WEEK)),
    weekBasis('first_working_day_after_week', UWV_SICK_REPORT_WEEK),
  );

  // Eerstejaarsevaluatie in week 52; the second track starts at the latest six weeks after it.
  const firstYear = add(
    'first_year_evaluation',
    endOfWeek(FIRST_YEAR_EVALUATION_WEEK),
    weekBasis('week_of_sickness', FIRST_YEAR_EVALUATION_WEEK),
  );
  const afterFirstYear = anchor(firstYear);
  add('second_track', addDays(afterFirstYear.from, SECOND_TRACK_AFTER_FIRST_YEAR_WEEKS * 7), {
    rule: 'after_first_year_evaluation',
    weeks: SECOND_TRACK_AFTER_FIRST_YEAR_WEEKS,
    ...afterFirstYear,
  });

  // The WIA application and the re-integratieverslag count back from the (voluntarily extended) end; a loonsanctie
  // comes after the application and does not move them.
  const lettersWeeksBeforeEnd = WAITING_PERIOD_WEEKS - UWV_WIA_LETTER_AFTER_WEEK;
  if (waitingPeriod.voluntaryUntil === null) {
    add(
      'uwv_wia_letter',
      sickDay(UWV_WIA_LETTER_AFTER_WEEK * 7 + 1),
      weekBasis('uwv_after_week', UWV_WIA_LETTER_AFTER_WEEK),
    );
  } else {
    add('uwv_wia_letter', addDays(waitingPeriod.applicationEnd, -lettersWeeksBeforeEnd * 7 + 1), {
      rule: 'uwv_before_waiting_period_end',
      weeks: lettersWeeksBeforeEnd,
      end: waitingPeriod.applicationEnd,
    });
  }
  const application = add(
    'wia_application',
    addDays(waitingPeriod.applicationEnd, -WIA_APPLICATION_WEEKS_BEFORE_END * 7),
    { rule: 'before_waiting_period_end', weeks: WIA_APPLICATION_WEEKS_BEFORE_END, end: waitingPeriod.applicationEnd },
  );
  const finalEvaluation = add(
    'final_evaluation',
    addDays(application.dueDate, -FINAL_EVALUATION_WEEKS_BEFORE_APPLICATION * 7),
    { rule: 'before_wia_application', weeks: FINAL_EVALUATION_WEEKS_BEFORE_APPLICATION, from: application.dueDate },
  );
  const beforeFinal = anchor(finalEvaluation);
  add('occupational_physician_opinion', beforeFinal.from, { rule: 'before_final_evaluation', ...beforeFinal });
  add('employee_view', application.dueDate, { rule: 'with_wia_application', from: application.dueDate });

  add('waiting_period_end', waitingPeriod.end, {
    rule: 'waiting_period_end',
    weeks: WAITING_PERIOD_WEEKS,
    healthyDaysExcluded: healthyDaysBefore(WAITING_PERIOD_WEEKS * 7),
    voluntaryUntil: waitingPeriod.voluntaryUntil,
    loonsanctieWeeks: waitingPeriod.loonsanctie?.weeks ?? null,
    earlyIvaGranted: waitingPeriod.earlyIvaEnd !== null,
  });

  const dueSoonDays = input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const stateOf = (milestone: Omit<TimelineMilestone, 'state' | 'actor'>): TimelineMilestoneState => {
    if (milestone.completedOn !== null) return 'done';
    if (clock === 'closed') return 'lapsed';
    // A granted early IVA ends the reintegration obligations with the waiting period.
    if (waitingPeriod.earlyIvaEnd !== null && milestone.dueDate > waitingPeriod.earlyIvaEnd) return 'lapsed';
    if (INFORMATION_KINDS.includes(milestone.kind)) return 'info';
    if (clock === 'paused') return 'suspended';
    if (today > milestone.dueDate) return 'overdue';
    return daysBetween(today, milestone.dueDate) <= dueSoonDays ? 'due' : 'upcoming';
  };
  const order = (kind: TimelineMilestoneKind) => TIMELINE_MILESTONE_KINDS.indexOf(kind);
  const sickDaysCounted = sickDaysUpTo(period, today);
  return {
    periodSequence: period.sequence,
    firstSickDay: period.firstSickDay,
    clock,
    sickDaysCounted,
    weekOfSickness: Math.ceil(sickDaysCounted / 7),
    waitingPeriod,
    milestones: milestones
      .map((milestone) => ({ ...milestone, state: stateOf(milestone), actor: ACTORS[milestone.kind] }))
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || order(a.kind) - order(b.kind) || a.sequence - b.sequence),
  };
}

/**
 * Whether showing `basis` tells something of the person's health: that they recovered and relapsed (healthy days
 * excluded) or when the occupational physician saw them. The employer's view drops such a basis.
 */
export function basisRevealsHealthData(basis: MilestoneBasis): boolean {
  switch (basis.rule) {
    case 'week_of_sickness':
    case 'first_working_day_after_week':
    case 'uwv_after_week':
    case 'waiting_period_end':
      return basis.healthyDaysExcluded > 0;
    case 'after_problem_analysis':
    case 'before_final_evaluation':
      return true;
    default:
      return false;
  }
}

/** A milestone as the employer (opdrachtgever) may see it: its own duties, dates and states. */
export interface EmployerMilestoneView {
  kind: TimelineMilestoneKind;
  sequence: number;
  dueDate: string;
  completedOn: string | null;
  state: TimelineMilestoneState;
  basis: MilestoneBasis | null;
}

/** The employer's own duties, with the basis only where it tells nothing of the person's health. */
export function employerMilestones(timeline: PoortwachterTimeline): EmployerMilestoneView[] {
  return timeline.milestones
    .filter((milestone) => milestone.actor === 'employer')
    .map(({ kind, sequence, dueDate, completedOn, state, basis }) => ({
      kind,
      sequence,
      dueDate,
      completedOn,
      state,
      basis: basisRevealsHealthData(basis) ? null : basis,
    }));
}

/** Milestones that are really overdue: the user's own work, for worklists and reminders. */
export function overdueMilestones(timeline: PoortwachterTimeline): TimelineMilestone[] {
  return timeline.milestones.filter((milestone) => milestone.state === 'overdue');
}
