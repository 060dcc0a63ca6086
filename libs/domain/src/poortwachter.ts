/**
 * Wet verbetering poortwachter: the statutory reintegration timeline, counted from the first day of illness
 * (eerste ziektedag, day 1 of week 1). Week n ends on day 7n. Dates are ISO calendar dates (YYYY-MM-DD) and all
 * arithmetic is done in UTC on whole days, so time zones and daylight saving cannot shift a deadline.
 */
export const MILESTONE_KINDS = [
  'problem_analysis',
  'plan_of_approach',
  'evaluation',
  'uwv_sick_report',
  'first_year_evaluation',
  'second_track',
  'uwv_wia_letter',
  'occupational_physician_opinion',
  'final_evaluation',
  'employee_view',
  'wia_application',
  'waiting_period_end',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export type MilestoneState = 'done' | 'due' | 'overdue';

/**
 * Who must act on a milestone. The employer (werkgever) carries the Poortwachter duties: the plan of approach
 * and its evaluations, the sick report to UWV in week 42, the first-year and final evaluations. The problem
 * analysis is the occupational physician's (bedrijfsarts), the WIA application the employee's, the week-88
 * letter and the end of the waiting period UWV's. A client contact sees only the employer's milestones. The kinds
 * are those of the timeline (poortwachter/timeline.ts, TIMELINE_MILESTONE_KINDS); api/cases.ts proves they agree.
 */
export const MILESTONE_ACTORS = ['employer', 'employee', 'occupational_physician', 'uwv'] as const;
export type MilestoneActor = (typeof MILESTONE_ACTORS)[number];

export const MILESTONE_ACTOR: Readonly<Record<MilestoneKind, MilestoneActor>> = {
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

/** The milestone kinds whose actor is one of `actors`. */
export function milestoneKindsOf(actors: readonly MilestoneActor[]): MilestoneKind[] {
  return MILESTONE_KINDS.filter((kind) => actors.includes(MILESTONE_ACTOR[kind]));
}

export interface Milestone {
  kind: MilestoneKind;
  /** 1-based number for the repeating evaluations; 0 otherwise. */
  sequence: number;
  /** Statutory week (of illness) the milestone belongs to. */
  week: number;
  dueDate: string;
  state: MilestoneState;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function parseIsoDate(value: string): number {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError('expected a date as YYYY-MM-DD');
  const [, y, m, d] = match.map(Number);
  const time = Date.UTC(y, m - 1, d);
  const check = new Date(time);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError('expected an existing calendar date');
  }
  return time;
}

export function formatIsoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatIsoDate(parseIsoDate(date) + days * DAY_MS);
}

/** The last day of week `week` of illness. */
export function endOfWeek(firstSickDay: string, week: number): string {
  return addDays(firstSickDay, week * 7 - 1);
}

/** Saturday and Sunday move to the following Monday. */
export function nextWorkingDay(date: string): string {
  const weekday = new Date(parseIsoDate(date)).getUTCDay();
  if (weekday === 6) return addDays(date, 2);
  if (weekday === 0) return addDays(date, 1);
  return date;
}

interface Rule {
  kind: MilestoneKind;
  week: number;
  sequence?: number;
  /** The UWV sick report is due on the first working day after week 42 ends. */
  dueAfterWeek?: boolean;
}

const FIXED_RULES: Rule[] = [
  { kind: 'problem_analysis', week: 6 },
  { kind: 'plan_of_approach', week: 8 },
  { kind: 'uwv_sick_report', week: 42, dueAfterWeek: true },
  { kind: 'first_year_evaluation', week: 52 },
  { kind: 'uwv_wia_letter', week: 88 },
  { kind: 'final_evaluation', week: 91 },
  { kind: 'wia_application', week: 93 },
  { kind: 'waiting_period_end', week: 104 },
];

/** Evaluations of the plan of approach: every 6 weeks after it (weeks 14, 20, …, 98). */
const EVALUATION_WEEKS = Array.from({ length: 15 }, (_, i) => 14 + i * 6).filter((week) => week < 104);

export type CompletedMilestones = Partial<Record<MilestoneKind, string>> & { evaluations?: string[] };

/**
 * The milestones of a reintegration case, in date order. `completed` names those already done (the date
 * they were done); a milestone not done is overdue once `today` is past its due date.
 */
export function poortwachterTimeline(
  firstSickDay: string,
  today: string,
  completed: CompletedMilestones = {},
): Milestone[] {
  parseIsoDate(firstSickDay);
  const now = parseIsoDate(today);
  const rules: Rule[] = [
    ...FIXED_RULES,
    ...EVALUATION_WEEKS.map((week, index) => ({ kind: 'evaluation' as const, week, sequence: index + 1 })),
  ];
  return rules
    .map((rule) => {
      const end = endOfWeek(firstSickDay, rule.week);
      const dueDate = rule.dueAfterWeek ? nextWorkingDay(addDays(end, 1)) : end;
      const done =
        rule.kind === 'evaluation'
          ? (completed.evaluations?.length ?? 0) >= (rule.sequence ?? 0)
          : completed[rule.kind] !== undefined;
      const state: MilestoneState = done ? 'done' : now > parseIsoDate(dueDate) ? 'overdue' : 'due';
      return { kind: rule.kind, sequence: rule.sequence ?? 0, week: rule.week, dueDate, state };
    })
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.week - b.week);
}

/** The first milestone not yet done, for lists and the client's summary. */
export function nextMilestone(milestones: Milestone[]): Milestone | undefined {
  return milestones.find((milestone) => milestone.state !== 'done');
}
