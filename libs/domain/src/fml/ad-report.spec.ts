import { adReportCoachView, adReportProblems, type AdReport } from './ad-report';

const CANARY = 'CANARY-91bd';

const report: AdReport = {
  fmlFormVersion: 'fml-2015',
  reportDate: '2026-04-01',
  ownWork: {
    verdict: 'not_suitable',
    gaps: [
      { item: '4.13', demand: { value: 25, unit: 'kg' } },
      { item: '6.3', demand: { value: 38, unit: 'hours_per_week' } },
    ],
    explanation: `${CANARY} eigen werk`,
  },
  spoor1: {
    outcome: 'other_work',
    suitableWork: [
      { isco08: '4110', hoursPerWeek: 20, adjustments: ['aids', 'gradual_build_up'], title: `${CANARY} titel` },
    ],
    explanation: `${CANARY} spoor 1`,
  },
  spoor2: {
    indicated: true,
    suitableWork: [{ isco08: '4222', adjustments: [], title: `${CANARY} titel 2` }],
    explanation: `${CANARY} spoor 2`,
  },
  advice: { advice: ['other_work_own_employer', 'start_spoor_2'], explanation: `${CANARY} advies` },
  followUpOn: '2026-05-13',
};
const copy = (change: (draft: AdReport & Record<string, unknown>) => void) => {
  const draft = JSON.parse(JSON.stringify(report));
  change(draft);
  return draft;
};

describe('adReportProblems', () => {
  it('accepts a complete report', () => {
    expect(adReportProblems(report)).toEqual([]);
  });

  it.each([
    [
      'own work suitable while naming a gap',
      copy((d) => (d.ownWork.verdict = 'suitable')),
      { field: 'ownWork.gaps', code: 'NOT_ALLOWED_HERE', params: { with: 'ownWork.verdict' } },
    ],
    [
      'own work not suitable without the gap',
      copy((d) => (d.ownWork.gaps = [])),
      { field: 'ownWork.gaps', code: 'REQUIRED' },
    ],
    [
      'a gap on an item the FML does not have',
      copy((d) => (d.ownWork.gaps[0].item = '4.99')),
      { field: 'ownWork.gaps[0].item', code: 'NOT_ONE_OF' },
    ],
    [
      'a demand in the wrong unit for its item',
      copy((d) => (d.ownWork.gaps[0].demand!.unit = 'hours_per_day')),
      { field: 'ownWork.gaps[0].demand.unit', code: 'INCONSISTENT', params: { with: 'ownWork.gaps[0].item' } },
    ],
    [
      'other work in spoor 1 without naming it',
      copy((d) => (d.spoor1.suitableWork = [])),
      { field: 'spoor1.suitableWork', code: 'REQUIRED' },
    ],
    [
      'suitable work in spoor 2 while spoor 2 is not indicated',
      copy((d) => (d.spoor2.indicated = false)),
      { field: 'spoor2.suitableWork', code: 'NOT_ALLOWED_HERE', params: { with: 'spoor2.indicated' } },
    ],
    [
      'an occupation that is not an ISCO-08 code',
      copy((d) => (d.spoor1.suitableWork[0].isco08 = 'administratief')),
      { field: 'spoor1.suitableWork[0].isco08', code: 'INVALID_FORMAT' },
    ],
    [
      'an adjustment that is not in the list',
      copy((d) => (d.spoor1.suitableWork[0].adjustments = ['rustige collega' as never])),
      { field: 'spoor1.suitableWork[0].adjustments[0]', code: 'NOT_ONE_OF' },
    ],
    ['no advice', copy((d) => (d.advice.advice = [])), { field: 'advice.advice', code: 'REQUIRED' }],
    [
      'a follow-up before the report',
      copy((d) => (d.followUpOn = '2026-03-01')),
      { field: 'followUpOn', code: 'DATE_TOO_EARLY', params: { min: '2026-04-01' } },
    ],
    [
      'a title longer than a title',
      copy((d) => (d.spoor1.suitableWork[0].title = 'x'.repeat(121))),
      { field: 'spoor1.suitableWork[0].title', code: 'TOO_LONG', params: { max: 120 } },
    ],
    [
      'free text in a field of its own',
      copy((d) => Object.assign(d.ownWork, { medisch: 'x' })),
      { field: 'ownWork.medisch', code: 'UNKNOWN_FIELD' },
    ],
    [
      'free text on the report',
      copy((d) => Object.assign(d, { samenvatting: 'x' })),
      { field: 'adReport.samenvatting', code: 'UNKNOWN_FIELD' },
    ],
  ])('refuses %s', (_name, value, problem) => {
    expect(adReportProblems(value)).toContainEqual(problem);
  });
});

describe('adReportCoachView', () => {
  it('gives the coach the conclusion on suitable work and none of the free text', () => {
    const view = adReportCoachView(report);
    expect(JSON.stringify(view)).not.toContain(CANARY);
    expect(view).toEqual({
      reportDate: '2026-04-01',
      ownWork: { verdict: 'not_suitable', gaps: report.ownWork.gaps },
      spoor1: {
        outcome: 'other_work',
        suitableWork: [{ isco08: '4110', hoursPerWeek: 20, adjustments: ['aids', 'gradual_build_up'] }],
      },
      spoor2: { indicated: true, suitableWork: [{ isco08: '4222', adjustments: [] }] },
      advice: ['other_work_own_employer', 'start_spoor_2'],
      followUpOn: '2026-05-13',
    });
  });

  it('fails closed on a stored report that is not valid', () => {
    expect(adReportCoachView({ ...report, notes: CANARY })).toBeNull();
  });
});
