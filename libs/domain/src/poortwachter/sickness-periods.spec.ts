import { PoortwachterInputError } from './issues';
import {
  computeSicknessPeriods,
  dateOfSickDay,
  sickDaysUpTo,
  validateSicknessEvents,
  type SicknessEvent,
} from './sickness-periods';

const sick = (date: string): SicknessEvent => ({ kind: 'sick', date });
const partly = (date: string): SicknessEvent => ({ kind: 'partial_recovery', date });
const recovered = (date: string): SicknessEvent => ({ kind: 'recovery', date });

describe('validateSicknessEvents', () => {
  it.each<[string, SicknessEvent[], { field: string; code: string; params?: object }[]]>([
    ['no events', [], []],
    [
      'a sick report, partial and full recovery, relapse',
      [sick('2026-01-05'), partly('2026-01-20'), recovered('2026-02-02'), sick('2026-02-16')],
      [],
    ],
    [
      'a recovery before any sick report',
      [recovered('2026-01-10')],
      [{ field: 'events[0].kind', code: 'SICKNESS_NOT_RUNNING' }],
    ],
    [
      'a partial recovery before any sick report',
      [partly('2026-01-10')],
      [{ field: 'events[0].kind', code: 'SICKNESS_NOT_RUNNING' }],
    ],
    [
      'a recovery after a full recovery',
      [sick('2026-01-05'), recovered('2026-02-02'), recovered('2026-02-10')],
      [{ field: 'events[2].kind', code: 'SICKNESS_NOT_RUNNING' }],
    ],
    [
      'two sick reports without a recovery',
      [sick('2026-01-05'), sick('2026-01-10')],
      [{ field: 'events[1].kind', code: 'SICKNESS_ALREADY_RUNNING' }],
    ],
    [
      'dates out of order',
      [sick('2026-01-10'), recovered('2026-01-05')],
      [{ field: 'events[1].date', code: 'OUT_OF_ORDER', params: { min: '2026-01-10' } }],
    ],
    [
      'a recovery on the day of the sick report (no sick day)',
      [sick('2026-01-05'), recovered('2026-01-05')],
      [{ field: 'events[1].date', code: 'DATE_TOO_EARLY', params: { min: '2026-01-06' } }],
    ],
    [
      'a relapse on the recovery day (no healthy day)',
      [sick('2026-01-05'), recovered('2026-02-02'), sick('2026-02-02')],
      [{ field: 'events[2].date', code: 'DATE_TOO_EARLY', params: { min: '2026-02-03' } }],
    ],
    ['a date that does not exist', [sick('2026-02-30')], [{ field: 'events[0].date', code: 'NOT_A_DATE' }]],
    [
      'an unknown kind',
      [{ kind: 'better' as SicknessEvent['kind'], date: '2026-01-05' }],
      [{ field: 'events[0].kind', code: 'NOT_ONE_OF' }],
    ],
  ])('%s', (_, events, expected) => {
    expect(validateSicknessEvents(events)).toEqual(expected);
  });

  it('refuses a date after today when today is given, and names the path asked for', () => {
    expect(validateSicknessEvents([sick('2026-01-05')], { today: '2026-01-04', path: 'sickness' })).toEqual([
      { field: 'sickness[0].date', code: 'DATE_IN_FUTURE' },
    ]);
  });

  it('computeSicknessPeriods throws the same issues', () => {
    const issuesOf = (events: SicknessEvent[]) => {
      try {
        computeSicknessPeriods(events, '2026-01-10');
      } catch (error) {
        if (error instanceof PoortwachterInputError) return error.issues;
        throw error;
      }
      return [];
    };
    expect(issuesOf([sick('2026-01-05'), sick('2026-01-06')])).toEqual([
      { field: 'events[1].kind', code: 'SICKNESS_ALREADY_RUNNING' },
    ]);
    expect(issuesOf([sick('2026-01-11')])).toEqual([{ field: 'events[0].date', code: 'DATE_IN_FUTURE' }]);
  });
});

describe('samentelling and the four-week rule (art. 7:629 lid 10 BW)', () => {
  it('a partial recovery does not stop the clock', () => {
    const [period] = computeSicknessPeriods(
      [sick('2026-01-05'), partly('2026-02-01'), partly('2026-03-01')],
      '2026-04-01',
    );
    expect(period).toMatchObject({
      status: 'running',
      healthyDaysExcluded: 0,
      spells: [{ partialRecoveries: ['2026-02-01', '2026-03-01'] }],
    });
    expect(sickDaysUpTo(period, '2026-04-01')).toBe(87); // 5 Jan – 1 Apr inclusive: 27 + 28 + 31 + 1
  });

  it('sick 4 weeks, 2 weeks healthy, sick again: one period, the 14 healthy days excluded', () => {
    const periods = computeSicknessPeriods(
      [sick('2026-01-05'), recovered('2026-02-02'), sick('2026-02-16')],
      '2026-03-01',
    );
    expect(periods).toHaveLength(1);
    const [period] = periods;
    expect(period).toMatchObject({
      sequence: 1,
      firstSickDay: '2026-01-05',
      status: 'running',
      healthyDaysExcluded: 14,
    });
    // Days 1–28 are 5 Jan – 1 Feb; day 29 is 16 Feb.
    expect(dateOfSickDay(period, 28)).toBe('2026-02-01');
    expect(dateOfSickDay(period, 29)).toBe('2026-02-16');
    expect(sickDaysUpTo(period, '2026-02-10')).toBe(28);
    expect(sickDaysUpTo(period, '2026-03-01')).toBe(42);
  });

  it.each([
    // recovery on 2 Feb (first healthy day); relapse after n healthy days
    ['27 healthy days: adds up', '2026-03-01', 1, 27],
    ['exactly 28 healthy days: a new period', '2026-03-02', 2, 0],
    ['29 healthy days: a new period', '2026-03-03', 2, 0],
  ])('%s', (_, relapse, count, healthyDays) => {
    const periods = computeSicknessPeriods([sick('2026-01-05'), recovered('2026-02-02'), sick(relapse)], relapse);
    expect(periods).toHaveLength(count);
    expect(periods.at(-1)).toMatchObject({ status: 'running', healthyDaysExcluded: healthyDays });
    if (count === 2) {
      expect(periods[0]).toMatchObject({ status: 'closed', relapseAddsUpUntil: '2026-03-01' });
      expect(periods[1].firstSickDay).toBe(relapse);
    }
  });

  it('adds up several breaks: 7 and 14 healthy days', () => {
    const events = [
      sick('2026-01-05'),
      recovered('2026-02-02'),
      sick('2026-02-09'),
      recovered('2026-03-02'),
      sick('2026-03-16'),
    ];
    const [period] = computeSicknessPeriods(events, '2026-03-16');
    expect(period.healthyDaysExcluded).toBe(21);
    // 28 days in spell 1 (5 Jan – 1 Feb), 21 in spell 2 (9 Feb – 1 Mar): day 50 is 16 Mar.
    expect(dateOfSickDay(period, 49)).toBe('2026-03-01');
    expect(dateOfSickDay(period, 50)).toBe('2026-03-16');
  });

  it('after a full recovery the period is recovered for 27 days, then closed by the four-week rule', () => {
    const events = [sick('2026-01-05'), recovered('2026-02-02')];
    expect(computeSicknessPeriods(events, '2026-02-02')[0]).toMatchObject({
      status: 'recovered',
      relapseAddsUpUntil: '2026-03-01',
    });
    expect(computeSicknessPeriods(events, '2026-03-01')[0].status).toBe('recovered');
    expect(computeSicknessPeriods(events, '2026-03-02')[0].status).toBe('closed');
  });

  it('projects the days of an ended period only from a given resumption day', () => {
    const [period] = computeSicknessPeriods([sick('2026-01-05'), recovered('2026-02-02')], '2026-02-10');
    expect(() => dateOfSickDay(period, 29)).toThrow(RangeError);
    expect(dateOfSickDay(period, 29, '2026-02-11')).toBe('2026-02-11');
  });
});
