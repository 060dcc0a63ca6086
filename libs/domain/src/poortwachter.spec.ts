import { addDays, endOfWeek, nextMilestone, nextWorkingDay, parseIsoDate, poortwachterTimeline } from './poortwachter';

describe('Poortwachter date arithmetic', () => {
  it.each([
    // first sick day, week, last day of that week
    ['2026-01-05', 1, '2026-01-11'],
    ['2026-01-05', 6, '2026-02-15'],
    ['2026-12-28', 1, '2027-01-03'], // across the year end
    ['2024-02-26', 1, '2024-03-03'], // across a leap day
    ['2026-03-23', 1, '2026-03-29'], // the week daylight saving starts: no hour lost
  ])('week of illness from %s: week %i ends on %s', (first, week, end) => {
    expect(endOfWeek(first, week)).toBe(end);
  });

  it.each([
    ['2026-11-20', '2026-11-20'], // Friday stays
    ['2026-11-21', '2026-11-23'], // Saturday → Monday
    ['2026-11-22', '2026-11-23'], // Sunday → Monday
    ['2027-01-02', '2027-01-04'], // Saturday across the year end
  ])('first working day from %s is %s', (date, expected) => {
    expect(nextWorkingDay(date)).toBe(expected);
  });

  it('refuses dates that do not exist or are not ISO dates', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('23-11-2026')).toThrow(RangeError);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
  });
});

describe('poortwachterTimeline', () => {
  // Monday 5 January 2026 is day 1.
  const first = '2026-01-05';

  it.each([
    ['problem_analysis', 0, '2026-02-15'], // end of week 6
    ['plan_of_approach', 0, '2026-03-01'], // end of week 8
    ['evaluation', 1, '2026-04-12'], // week 14
    ['uwv_sick_report', 0, '2026-10-26'], // week 42 ends Sunday 25 Oct → first working day after: Monday 26 Oct
    ['first_year_evaluation', 0, '2027-01-03'], // week 52, across the year end
    ['uwv_wia_letter', 0, '2027-09-12'], // week 88
    ['final_evaluation', 0, '2027-10-03'], // week 91
    ['wia_application', 0, '2027-10-17'], // week 93
    ['waiting_period_end', 0, '2028-01-02'], // week 104
  ])('%s (#%i) is due on %s', (kind, sequence, due) => {
    const milestone = poortwachterTimeline(first, '2026-01-05').find((m) => m.kind === kind && m.sequence === sequence);
    expect(milestone?.dueDate).toBe(due);
  });

  it('moves the UWV sick report off a weekend when week 42 ends on a Friday', () => {
    // Day 1 on a Saturday: week 42 ends on Friday; the day after is a Saturday → Monday.
    const report = poortwachterTimeline('2026-01-03', '2026-01-03').find((m) => m.kind === 'uwv_sick_report');
    expect(report?.dueDate).toBe('2026-10-26');
    expect(new Date(`${report?.dueDate}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('has 15 evaluations every six weeks between the plan and week 104, and is sorted by date', () => {
    const timeline = poortwachterTimeline(first, '2026-01-05');
    const evaluations = timeline.filter((m) => m.kind === 'evaluation');
    expect(evaluations.map((m) => m.week)).toEqual([14, 20, 26, 32, 38, 44, 50, 56, 62, 68, 74, 80, 86, 92, 98]);
    const dates = timeline.map((m) => m.dueDate);
    expect([...dates].sort()).toEqual(dates);
  });

  it('marks past, undone milestones overdue, done ones done, and the rest due', () => {
    const timeline = poortwachterTimeline(first, '2026-03-10', { problem_analysis: '2026-02-10' });
    const state = (kind: string) => timeline.find((m) => m.kind === kind && m.sequence <= 1)?.state;
    expect(state('problem_analysis')).toBe('done');
    expect(state('plan_of_approach')).toBe('overdue');
    expect(state('evaluation')).toBe('due');
    expect(nextMilestone(timeline)?.kind).toBe('plan_of_approach');
  });

  it('is due, not overdue, on the due date itself', () => {
    const timeline = poortwachterTimeline(first, '2026-02-15');
    expect(timeline.find((m) => m.kind === 'problem_analysis')?.state).toBe('due');
  });

  it('counts completed evaluations in order', () => {
    const timeline = poortwachterTimeline(first, '2026-06-01', {
      problem_analysis: '2026-02-01',
      plan_of_approach: '2026-02-20',
      evaluations: ['2026-04-10', '2026-05-20'],
    });
    const evaluations = timeline.filter((m) => m.kind === 'evaluation');
    expect(evaluations.slice(0, 3).map((m) => m.state)).toEqual(['done', 'done', 'due']);
  });
});
