import { computeWaitingPeriodEnd, validateExtensions } from './extensions';
import { PoortwachterInputError } from './issues';
import { computeSicknessPeriods, type SicknessEvent } from './sickness-periods';

// Monday 5 January 2026 is day 1; week 104 ends on Sunday 2 January 2028 (day 728).
const plain = computeSicknessPeriods([{ kind: 'sick', date: '2026-01-05' }], '2026-06-01')[0];

describe('computeWaitingPeriodEnd', () => {
  it.each([
    ['no extension', {}, '2028-01-02', '2028-01-02'],
    // 2028-01-02 + 12 × 7 = 84 days: 29 to 31 Jan, 29 to 29 Feb (leap year), 26 to 26 Mar
    ['a loonsanctie of 12 weeks', { loonsanctie: { weeks: 12 } }, '2028-01-02', '2028-03-26'],
    // + 364 days in leap year 2028: 2 Jan 2029 − 2 days
    [
      'the longest loonsanctie, 52 weeks',
      { loonsanctie: { weeks: 52, startsOn: '2028-01-03' } },
      '2028-01-02',
      '2028-12-31',
    ],
    ['a voluntary extension', { voluntaryExtension: { agreedEnd: '2028-07-02' } }, '2028-07-02', '2028-07-02'],
    [
      'a loonsanctie after a voluntary extension',
      { voluntaryExtension: { agreedEnd: '2028-07-02' }, loonsanctie: { weeks: 1 } },
      '2028-07-02',
      '2028-07-09',
    ],
    [
      'a granted early IVA',
      { earlyIva: { appliedOn: '2026-06-01', grantedWaitingPeriodEnd: '2026-10-04' } },
      '2028-01-02',
      '2026-10-04',
    ],
    ['an early IVA not yet granted', { earlyIva: { appliedOn: '2026-06-01' } }, '2028-01-02', '2028-01-02'],
  ])('%s', (_, extensions, applicationEnd, end) => {
    const result = computeWaitingPeriodEnd(plain, extensions);
    expect(result.regularEnd).toBe('2028-01-02');
    expect(result.applicationEnd).toBe(applicationEnd);
    expect(result.end).toBe(end);
  });

  it('starts the loonsanctie the day after the waiting period, which samentelling moved', () => {
    const events: SicknessEvent[] = [
      { kind: 'sick', date: '2026-01-05' },
      { kind: 'recovery', date: '2026-02-02' },
      { kind: 'sick', date: '2026-02-16' },
    ];
    const [period] = computeSicknessPeriods(events, '2026-06-01');
    expect(computeWaitingPeriodEnd(period, { loonsanctie: { weeks: 2 } })).toMatchObject({
      regularEnd: '2028-01-16',
      loonsanctie: { startsOn: '2028-01-17', endsOn: '2028-01-30', weeks: 2 },
      end: '2028-01-30',
    });
  });

  it('throws on invalid extensions', () => {
    expect(() => computeWaitingPeriodEnd(plain, { loonsanctie: { weeks: 53 } })).toThrow(PoortwachterInputError);
  });
});

describe('validateExtensions', () => {
  it.each([
    [
      'loonsanctie of 53 weeks',
      { loonsanctie: { weeks: 53 } },
      [{ field: 'loonsanctie.weeks', code: 'OUT_OF_RANGE', params: { min: 1, max: 52 } }],
    ],
    [
      'loonsanctie of 0 weeks',
      { loonsanctie: { weeks: 0 } },
      [{ field: 'loonsanctie.weeks', code: 'OUT_OF_RANGE', params: { min: 1, max: 52 } }],
    ],
    [
      'loonsanctie of 1.5 weeks',
      { loonsanctie: { weeks: 1.5 } },
      [{ field: 'loonsanctie.weeks', code: 'NOT_A_WHOLE_NUMBER' }],
    ],
    [
      'loonsanctie starting inside the waiting period',
      { loonsanctie: { weeks: 4, startsOn: '2028-01-02' } },
      [{ field: 'loonsanctie.startsOn', code: 'DATE_TOO_EARLY', params: { min: '2028-01-03' } }],
    ],
    [
      'loonsanctie leaving a gap',
      { loonsanctie: { weeks: 4, startsOn: '2028-01-10' } },
      [{ field: 'loonsanctie.startsOn', code: 'DATE_TOO_LATE', params: { max: '2028-01-03' } }],
    ],
    [
      'voluntary extension ending on week 104',
      { voluntaryExtension: { agreedEnd: '2028-01-02' } },
      [{ field: 'voluntaryExtension.agreedEnd', code: 'DATE_TOO_EARLY', params: { min: '2028-01-03' } }],
    ],
    // after 3 weeks of sickness: from day 22 (26 Jan); at the latest in week 68 (ends 25 Apr 2027)
    [
      'early IVA applied in week 3',
      { earlyIva: { appliedOn: '2026-01-25' } },
      [{ field: 'earlyIva.appliedOn', code: 'DATE_TOO_EARLY', params: { min: '2026-01-26' } }],
    ],
    ['early IVA applied in week 4', { earlyIva: { appliedOn: '2026-01-26' } }, []],
    [
      'early IVA applied after week 68',
      { earlyIva: { appliedOn: '2027-04-26' } },
      [{ field: 'earlyIva.appliedOn', code: 'DATE_TOO_LATE', params: { max: '2027-04-25' } }],
    ],
    // shortened waiting period: at least 13 weeks (ends 5 Apr 2026), at most 78 (ends 4 Jul 2027)
    [
      'early IVA ending before week 13',
      { earlyIva: { appliedOn: '2026-02-01', grantedWaitingPeriodEnd: '2026-04-04' } },
      [{ field: 'earlyIva.grantedWaitingPeriodEnd', code: 'DATE_TOO_EARLY', params: { min: '2026-04-05' } }],
    ],
    [
      'early IVA ending after week 78',
      { earlyIva: { appliedOn: '2026-02-01', grantedWaitingPeriodEnd: '2027-07-05' } },
      [{ field: 'earlyIva.grantedWaitingPeriodEnd', code: 'DATE_TOO_LATE', params: { max: '2027-07-04' } }],
    ],
  ])('%s', (_, extensions, expected) => {
    expect(validateExtensions(plain, extensions)).toEqual(expected);
  });

  it('refuses an early IVA application dated after today', () => {
    expect(
      validateExtensions(plain, { earlyIva: { appliedOn: '2026-06-02' } }, { today: '2026-06-01', path: 'extensions' }),
    ).toEqual([{ field: 'extensions.earlyIva.appliedOn', code: 'DATE_IN_FUTURE' }]);
  });
});
