import fc from 'fast-check';
import { addDays } from '../poortwachter';
import { isWorkingDayByTable } from './atw-holiday-table.fixture';
import { computeSicknessPeriods, type SicknessEvent } from './sickness-periods';
import {
  basisRevealsHealthData,
  computePoortwachterTimeline,
  employerMilestones,
  overdueMilestones,
  type MilestoneCompletion,
  type PoortwachterTimeline,
  type TimelineInput,
  type TimelineMilestoneKind,
} from './timeline';

const sick = (date: string): SicknessEvent => ({ kind: 'sick', date });
const recovered = (date: string): SicknessEvent => ({ kind: 'recovery', date });

function timelineOf(
  events: SicknessEvent[],
  today: string,
  rest: Omit<TimelineInput, 'period' | 'today'> = {},
): PoortwachterTimeline {
  const period = computeSicknessPeriods(events, today).at(-1);
  if (!period) throw new Error('no period');
  return computePoortwachterTimeline({ period, today, ...rest });
}
const find = (timeline: PoortwachterTimeline, kind: TimelineMilestoneKind, sequence = 0) => {
  const milestone = timeline.milestones.find((m) => m.kind === kind && m.sequence === sequence);
  if (!milestone) throw new Error(`no ${kind} #${sequence}`);
  return milestone;
};
const dueOf = (timeline: PoortwachterTimeline, kind: TimelineMilestoneKind, sequence = 0) =>
  find(timeline, kind, sequence).dueDate;

/**
 * UWV "Tijdlijn bij ziekte" for first sick day Monday 5 January 2026 (day 1; week n ends on day 7n, a Sunday).
 * End of week 6: 15 Feb; week 8: 1 Mar; week 42: Sun 25 Oct 2026; week 52: 3 Jan 2027; week 88: 12 Sep 2027;
 * week 104: 2 Jan 2028.
 */
describe('the timeline of an uninterrupted sickness from Monday 5 January 2026', () => {
  const timeline = timelineOf([sick('2026-01-05')], '2026-01-05');

  it.each<[TimelineMilestoneKind, number, string, string]>([
    ['problem_analysis', 0, '2026-02-15', 'occupational_physician'], // end of week 6
    ['plan_of_approach', 0, '2026-03-01', 'employer'], // problem analysis + 2 weeks = end of week 8
    ['evaluation', 1, '2026-04-12', 'employer'], // plan + 6 weeks
    ['evaluation', 2, '2026-05-24', 'employer'], // evaluation 1 + 6 weeks
    ['uwv_sick_report', 0, '2026-10-26', 'employer'], // week 42 ends Sunday 25 Oct: first working day after, Monday
    ['first_year_evaluation', 0, '2027-01-03', 'employer'], // end of week 52
    ['second_track', 0, '2027-02-14', 'employer'], // first-year evaluation + 6 weeks
    ['uwv_wia_letter', 0, '2027-09-13', 'uwv'], // after 88 weeks: Monday of week 89
    ['occupational_physician_opinion', 0, '2027-10-03', 'occupational_physician'], // before the final evaluation
    ['final_evaluation', 0, '2027-10-03', 'employer'], // 2 weeks before the WIA application: end of week 91
    ['employee_view', 0, '2027-10-17', 'employee'], // with the WIA application
    ['wia_application', 0, '2027-10-17', 'employee'], // 11 weeks before the end of week 104: end of week 93
    ['waiting_period_end', 0, '2028-01-02', 'uwv'], // end of week 104
  ])('%s #%i is due on %s, by the %s', (kind, sequence, due, actor) => {
    expect(find(timeline, kind, sequence)).toMatchObject({ dueDate: due, actor, completedOn: null });
  });

  it('has evaluations every six weeks until the end of the waiting period (weeks 14 … 98), in date order', () => {
    const evaluations = timeline.milestones.filter((m) => m.kind === 'evaluation');
    expect(evaluations).toHaveLength(15);
    expect(evaluations.at(-1)?.dueDate).toBe('2027-11-21'); // end of week 98
    const dates = timeline.milestones.map((m) => m.dueDate);
    expect([...dates].sort()).toEqual(dates);
  });

  it('shows UWV’s letter and the end of the waiting period as information, never overdue', () => {
    const later = timelineOf([sick('2026-01-05')], '2028-06-01');
    expect(find(later, 'uwv_wia_letter').state).toBe('info');
    expect(find(later, 'waiting_period_end').state).toBe('info');
    expect(overdueMilestones(later).map((m) => m.kind)).not.toContain('uwv_wia_letter');
  });

  it('explains each date with a structured basis', () => {
    expect(find(timeline, 'uwv_sick_report').basis).toEqual({
      rule: 'first_working_day_after_week',
      week: 42,
      healthyDaysExcluded: 0,
    });
    expect(find(timeline, 'wia_application').basis).toEqual({
      rule: 'before_waiting_period_end',
      weeks: 11,
      end: '2028-01-02',
    });
  });
});

describe('the UWV sick report on the first working day after week 42 (Algemene termijnenwet)', () => {
  // First sick days worked back from the end of week 42 (day 294 = first sick day + 293 days).
  it.each([
    ['2024-02-29', '2024-12-19', 'leap day start; week 42 ends Wed 18 Dec'],
    ['2024-03-06', '2024-12-27', 'week 42 ends Tue 24 Dec: both Christmas days skipped'],
    ['2025-03-13', '2026-01-02', 'week 42 ends Wed 31 Dec: New Year’s Day skipped'],
    ['2025-06-13', '2026-04-07', 'week 42 ends Thu 2 Apr: Good Friday, the weekend and Easter Monday skipped'],
    ['2025-07-07', '2026-04-28', 'week 42 ends Sun 26 Apr: Koningsdag (Monday) skipped'],
    ['2026-07-15', '2027-05-07', 'week 42 ends Tue 4 May: 5 May and Ascension Day skipped'],
    ['2027-08-16', '2028-06-06', 'week 42 ends Sun 4 Jun: Whit Monday skipped'],
    ['2026-01-03', '2026-10-26', 'Saturday start: week 42 ends Friday, the day after is a Saturday'],
  ])('first sick day %s → %s (%s)', (first, due) => {
    expect(dueOf(timelineOf([sick(first)], first), 'uwv_sick_report')).toBe(due);
  });
});

describe('samentelling moves the dates by the healthy days only', () => {
  it.each([
    // events, problem analysis, UWV sick report, WIA application, end of the waiting period
    ['uninterrupted', [sick('2026-01-05')], '2026-02-15', '2026-10-26', '2027-10-17', '2028-01-02'],
    // sick 4 weeks (5 Jan – 1 Feb), healthy 2 weeks (2–15 Feb), sick again 16 Feb: everything from day 29 on
    // moves 14 days; week 42 then ends Sun 8 Nov → Monday 9 Nov
    [
      '4 weeks sick, 2 weeks healthy',
      [sick('2026-01-05'), recovered('2026-02-02'), sick('2026-02-16')],
      '2026-03-01',
      '2026-11-09',
      '2027-10-31',
      '2028-01-16',
    ],
    // the example: sick 8 weeks, healthy 2: the problem analysis (day 42) fell before the break
    [
      '8 weeks sick, 2 weeks healthy',
      [sick('2026-01-05'), recovered('2026-03-02'), sick('2026-03-16')],
      '2026-02-15',
      '2026-11-09',
      '2027-10-31',
      '2028-01-16',
    ],
    [
      '27 healthy days',
      [sick('2026-01-05'), recovered('2026-02-02'), sick('2026-03-01')],
      '2026-03-14',
      '2026-11-23',
      '2027-11-13',
      '2028-01-29',
    ],
    // 28 healthy days: a new period from 2 March 2026, a new timeline 56 days after the old one
    [
      'exactly 28 healthy days: new period',
      [sick('2026-01-05'), recovered('2026-02-02'), sick('2026-03-02')],
      '2026-04-12',
      '2026-12-21',
      '2027-12-12',
      '2028-02-27',
    ],
  ])('%s', (_, events, analysis, report, application, end) => {
    const timeline = timelineOf(events, events[events.length - 1].date);
    expect(dueOf(timeline, 'problem_analysis')).toBe(analysis);
    expect(dueOf(timeline, 'uwv_sick_report')).toBe(report);
    expect(dueOf(timeline, 'wia_application')).toBe(application);
    expect(dueOf(timeline, 'waiting_period_end')).toBe(end);
  });

  it('is 56 days earlier than counting from the relapse date, 14 later than ignoring the break', () => {
    const events = [sick('2026-01-05'), recovered('2026-03-02'), sick('2026-03-16')];
    expect(dueOf(timelineOf(events, '2026-03-16'), 'waiting_period_end')).toBe('2028-01-16');
    expect(dueOf(timelineOf([sick('2026-03-16')], '2026-03-16'), 'waiting_period_end')).toBe('2028-03-12');
    expect(dueOf(timelineOf([sick('2026-01-05')], '2026-03-16'), 'waiting_period_end')).toBe('2028-01-02');
  });

  it('tells in the basis that healthy days were excluded, which the employer must not see', () => {
    const timeline = timelineOf([sick('2026-01-05'), recovered('2026-02-02'), sick('2026-02-16')], '2026-03-01');
    const report = find(timeline, 'uwv_sick_report');
    expect(report.basis).toEqual({ rule: 'first_working_day_after_week', week: 42, healthyDaysExcluded: 14 });
    expect(basisRevealsHealthData(report.basis)).toBe(true);
    expect(employerMilestones(timeline).find((m) => m.kind === 'uwv_sick_report')).toMatchObject({
      dueDate: '2026-11-09',
      basis: null,
    });
  });
});

describe('dates follow the actual completions', () => {
  const first = [sick('2026-01-05')];

  it('plan of approach two weeks after the actual problem analysis (the issue’s example: 26 days earlier)', () => {
    const timeline = timelineOf(first, '2026-01-25', {
      completions: [{ kind: 'problem_analysis', completedOn: '2026-01-20' }],
    });
    expect(find(timeline, 'plan_of_approach')).toMatchObject({
      dueDate: '2026-02-03',
      basis: { rule: 'after_problem_analysis', weeks: 2, from: '2026-01-20', projected: false },
    });
  });

  it('plan of approach at the latest in week 8 when the problem analysis was late', () => {
    const timeline = timelineOf(first, '2026-02-25', {
      completions: [{ kind: 'problem_analysis', completedOn: '2026-02-20' }],
    });
    expect(find(timeline, 'plan_of_approach')).toMatchObject({
      dueDate: '2026-03-01',
      basis: { rule: 'week_of_sickness', week: 8 },
    });
  });

  it('each evaluation six weeks after the previous contact', () => {
    const timeline = timelineOf(first, '2026-03-20', {
      completions: [
        { kind: 'problem_analysis', completedOn: '2026-01-20' },
        { kind: 'plan_of_approach', completedOn: '2026-02-01' },
        { kind: 'evaluation', sequence: 1, completedOn: '2026-03-10' },
      ],
    });
    expect(find(timeline, 'evaluation', 1)).toMatchObject({ dueDate: '2026-03-15', state: 'done' });
    expect(find(timeline, 'evaluation', 2)).toMatchObject({
      dueDate: '2026-04-21',
      basis: {
        rule: 'after_previous_contact',
        weeks: 6,
        from: '2026-03-10',
        previous: 'evaluation',
        previousSequence: 1,
      },
    });
    expect(dueOf(timeline, 'evaluation', 3)).toBe('2026-06-02');
  });

  it('second track at the latest six weeks after the actual first-year evaluation', () => {
    const timeline = timelineOf(first, '2026-12-20', {
      completions: [{ kind: 'first_year_evaluation', completedOn: '2026-12-15' }],
    });
    expect(dueOf(timeline, 'second_track')).toBe('2027-01-26');
  });

  it('the occupational physician’s current opinion before the actual final evaluation', () => {
    const timeline = timelineOf(first, '2027-09-25', {
      completions: [{ kind: 'final_evaluation', completedOn: '2027-09-20' }],
    });
    expect(find(timeline, 'occupational_physician_opinion')).toMatchObject({ dueDate: '2027-09-20', state: 'overdue' });
  });
});

describe('states', () => {
  const first = [sick('2026-01-05')];
  it.each([
    ['2026-01-31', 'upcoming'], // 15 days ahead
    ['2026-02-01', 'due'], // 14 days ahead
    ['2026-02-15', 'due'], // the due date itself
    ['2026-02-16', 'overdue'],
  ])('problem analysis due 15 Feb, on %s: %s', (today, state) => {
    expect(find(timelineOf(first, today), 'problem_analysis').state).toBe(state);
  });

  it('done whenever completed, even late', () => {
    const timeline = timelineOf(first, '2026-03-10', {
      completions: [{ kind: 'problem_analysis', completedOn: '2026-02-20' }],
    });
    expect(find(timeline, 'problem_analysis').state).toBe('done');
    expect(overdueMilestones(timeline).map((m) => m.kind)).toEqual(['plan_of_approach']);
  });

  it('suspended while recovered less than four weeks, projected from tomorrow; lapsed once the period closed', () => {
    const events = [sick('2026-01-05'), recovered('2026-02-02')];
    const paused = timelineOf(events, '2026-02-10');
    expect(paused.clock).toBe('paused');
    expect(paused.sickDaysCounted).toBe(28);
    // 28 days counted; if the sickness resumed tomorrow (11 Feb), day 42 would be 24 Feb
    expect(find(paused, 'problem_analysis')).toMatchObject({ dueDate: '2026-02-24', state: 'suspended' });
    expect(find(paused, 'waiting_period_end').state).toBe('info');
    expect(overdueMilestones(paused)).toEqual([]);
    const closed = timelineOf(events, '2026-03-02');
    expect(closed.clock).toBe('closed');
    expect(new Set(closed.milestones.map((m) => m.state))).toEqual(new Set(['lapsed']));
  });

  it('keeps the completions of a closed period as done', () => {
    const closed = timelineOf([sick('2026-01-05'), recovered('2026-03-02')], '2026-04-15', {
      completions: [{ kind: 'problem_analysis', completedOn: '2026-02-10' }],
    });
    expect(find(closed, 'problem_analysis').state).toBe('done');
  });
});

describe('extensions move the end and what depends on it', () => {
  const first = [sick('2026-01-05')];

  it('a loonsanctie of 12 weeks: the end moves, evaluations go on, the WIA application stays', () => {
    const timeline = timelineOf(first, '2027-12-01', { extensions: { loonsanctie: { weeks: 12 } } });
    expect(find(timeline, 'waiting_period_end')).toMatchObject({
      dueDate: '2028-03-26',
      basis: { rule: 'waiting_period_end', loonsanctieWeeks: 12 },
    });
    expect(dueOf(timeline, 'wia_application')).toBe('2027-10-17');
    expect(dueOf(timeline, 'evaluation', 16)).toBe('2028-01-02');
    expect(dueOf(timeline, 'evaluation', 17)).toBe('2028-02-13');
    expect(timeline.milestones.filter((m) => m.kind === 'evaluation')).toHaveLength(17);
  });

  it('a voluntary extension to 2 July 2028: the WIA application and the reintegration report move with it', () => {
    const timeline = timelineOf(first, '2027-12-01', {
      extensions: { voluntaryExtension: { agreedEnd: '2028-07-02' } },
    });
    expect(dueOf(timeline, 'waiting_period_end')).toBe('2028-07-02');
    expect(dueOf(timeline, 'wia_application')).toBe('2028-04-16'); // 11 weeks before
    expect(dueOf(timeline, 'employee_view')).toBe('2028-04-16');
    expect(dueOf(timeline, 'final_evaluation')).toBe('2028-04-02'); // 2 weeks before that
    expect(dueOf(timeline, 'uwv_wia_letter')).toBe('2028-03-13'); // 16 weeks before the end, the day after
  });

  it('a granted early IVA ends the waiting period; what lies after it lapses', () => {
    const timeline = timelineOf(first, '2026-07-01', {
      extensions: { earlyIva: { appliedOn: '2026-06-01', grantedWaitingPeriodEnd: '2026-10-04' } },
    });
    expect(find(timeline, 'waiting_period_end')).toMatchObject({ dueDate: '2026-10-04', state: 'info' });
    expect(find(timeline, 'uwv_sick_report').state).toBe('lapsed');
    expect(find(timeline, 'first_year_evaluation').state).toBe('lapsed');
    expect(timeline.milestones.filter((m) => m.kind === 'evaluation').map((m) => m.dueDate)).toEqual([
      '2026-04-12',
      '2026-05-24',
      '2026-07-05',
      '2026-08-16',
      '2026-09-27',
    ]);
  });
});

describe('the employer’s view', () => {
  it('lists only the employer’s own duties, without a basis that names the physician’s dates', () => {
    const timeline = timelineOf([sick('2026-01-05')], '2026-01-25', {
      completions: [{ kind: 'problem_analysis', completedOn: '2026-01-20' }],
    });
    const view = employerMilestones(timeline);
    expect(new Set(view.map((m) => m.kind))).toEqual(
      new Set([
        'plan_of_approach',
        'evaluation',
        'uwv_sick_report',
        'first_year_evaluation',
        'second_track',
        'final_evaluation',
      ]),
    );
    expect(view.find((m) => m.kind === 'plan_of_approach')).toEqual({
      kind: 'plan_of_approach',
      sequence: 0,
      dueDate: '2026-02-03',
      completedOn: null,
      state: 'due', // 9 days ahead
      basis: null,
    });
    expect(view.find((m) => m.kind === 'first_year_evaluation')?.basis).toEqual({
      rule: 'week_of_sickness',
      week: 52,
      healthyDaysExcluded: 0,
    });
  });
});

describe('input checks', () => {
  it('refuses invalid completions', () => {
    const [period] = computeSicknessPeriods([sick('2026-01-05')], '2026-03-01');
    expect(() =>
      computePoortwachterTimeline({
        period,
        today: '2026-03-01',
        completions: [{ kind: 'evaluation', completedOn: '2026-02-01' }],
      }),
    ).toThrow(/completions\[0\]\.sequence REQUIRED/);
    expect(() =>
      computePoortwachterTimeline({
        period,
        today: '2026-03-01',
        completions: [{ kind: 'problem_analysis', completedOn: '2026-01-04' }],
      }),
    ).toThrow(/DATE_TOO_EARLY/);
  });
});

describe('properties', () => {
  const base = '2023-03-20';
  // First sick days whose week 42 (possibly moved by a break of up to 27 days) ends in 2024–2030.
  const start = fc.integer({ min: 0, max: 6 * 365 }).map((offset) => addDays(base, offset));

  it('the UWV sick report is never on a weekend or holiday, and is the first working day after week 42', () => {
    fc.assert(
      fc.property(
        start,
        fc.option(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 27 }))),
        (first, gap) => {
          const events = [sick(first)];
          if (gap) {
            const [sickDays, healthyDays] = gap;
            events.push(recovered(addDays(first, sickDays)), sick(addDays(first, sickDays + healthyDays)));
          }
          const today = events[events.length - 1].date;
          const timeline = timelineOf(events, today);
          const report = find(timeline, 'uwv_sick_report');
          const weekEnds = addDays(first, 293 + (gap ? gap[1] : 0));
          expect(isWorkingDayByTable(report.dueDate)).toBe(true);
          expect(report.dueDate > weekEnds).toBe(true);
          for (let day = addDays(weekEnds, 1); day < report.dueDate; day = addDays(day, 1)) {
            expect(isWorkingDayByTable(day)).toBe(false);
          }
        },
      ),
      { seed: 20260105, numRuns: 400 },
    );
  });

  const completionKinds: TimelineMilestoneKind[] = [
    'problem_analysis',
    'plan_of_approach',
    'evaluation',
    'first_year_evaluation',
    'final_evaluation',
    'wia_application',
  ];
  const completion = fc.record({
    kind: fc.constantFrom(...completionKinds),
    sequence: fc.integer({ min: 1, max: 4 }),
    day: fc.integer({ min: 1, max: 700 }),
  });

  it('moving a completion earlier never moves any due date later', () => {
    fc.assert(
      fc.property(
        start,
        fc.uniqueArray(completion, {
          selector: (c) => `${c.kind}#${c.kind === 'evaluation' ? c.sequence : 0}`,
          maxLength: 8,
        }),
        fc.nat(),
        fc.integer({ min: 1, max: 60 }),
        (first, picked, which, earlier) => {
          fc.pre(picked.length > 0);
          const today = addDays(first, 730);
          const toCompletion = (c: (typeof picked)[number], day: number): MilestoneCompletion => ({
            kind: c.kind,
            ...(c.kind === 'evaluation' ? { sequence: c.sequence } : {}),
            completedOn: addDays(first, day - 1),
          });
          const moved = which % picked.length;
          const before = picked.map((c) => toCompletion(c, c.day));
          const after = picked.map((c, i) => toCompletion(c, i === moved ? Math.max(1, c.day - earlier) : c.day));
          const a = timelineOf([sick(first)], today, { completions: before });
          const b = timelineOf([sick(first)], today, { completions: after });
          for (const milestone of b.milestones) {
            const was = a.milestones.find((m) => m.kind === milestone.kind && m.sequence === milestone.sequence);
            if (was) expect(milestone.dueDate <= was.dueDate).toBe(true);
          }
        },
      ),
      { seed: 104, numRuns: 300 },
    );
  });
});
