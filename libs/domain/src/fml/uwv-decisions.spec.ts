import {
  expectedExpertOpinionAnswer,
  uwvDecisionProblems,
  wiaCategory,
  type ExpertOpinion,
  type LoonsanctieDecision,
  type WiaDecision,
} from './uwv-decisions';

describe('wiaCategory (WIA art. 4–6: below 35 % none, 35–80 % WGA, from 80 % IVA when durable)', () => {
  it.each([
    [0, false, 'below_35'],
    [34.9, false, 'below_35'],
    [34.99, true, 'below_35'],
    [35, false, 'wga'],
    [35, true, 'wga'],
    [79.9, false, 'wga'],
    [79.99, true, 'wga'],
    [80, false, 'wga'],
    [80, true, 'iva'],
    [100, false, 'wga'],
    [100, true, 'iva'],
  ])('%d %% (durable: %s) is %s', (loss, durable, category) => {
    expect(wiaCategory(loss, durable)).toBe(category);
  });
});

describe('uwvDecisionProblems', () => {
  const wia: WiaDecision = {
    kind: 'wia_decision',
    decidedOn: '2026-01-15',
    startsOn: '2026-02-02',
    lossOfEarningCapacity: 80,
    durable: true,
    category: 'iva',
    documentId: '0b6f8a52-3f0e-4c61-9d5b-8f5a2b1c9e10',
  };
  const loonsanctie: LoonsanctieDecision = {
    kind: 'loonsanctie',
    decidedOn: '2026-01-15',
    weeks: 52,
    reasons: ['spoor_2_late_or_missing'],
  };
  const opinion: ExpertOpinion = {
    kind: 'expert_opinion',
    question: 'suitable_work',
    requestedBy: 'employer',
    requestedOn: '2026-03-02',
    expectedAnswerOn: '2026-03-30',
    answeredOn: '2026-03-20',
    answer: 'suitable',
  };

  it('accepts each kind of decision', () => {
    expect(uwvDecisionProblems(wia)).toEqual([]);
    expect(
      uwvDecisionProblems({ ...wia, lossOfEarningCapacity: 34.9, durable: undefined, category: 'below_35' }),
    ).toEqual([]);
    expect(uwvDecisionProblems({ ...wia, lossOfEarningCapacity: 56.25, durable: undefined, category: 'wga' })).toEqual(
      [],
    );
    expect(uwvDecisionProblems(loonsanctie)).toEqual([]);
    expect(uwvDecisionProblems(opinion)).toEqual([]);
    expect(uwvDecisionProblems({ ...opinion, answeredOn: undefined, answer: undefined })).toEqual([]);
  });

  it.each([
    [
      'an IVA below 80 %',
      { ...wia, lossOfEarningCapacity: 79.9 },
      { field: 'category', code: 'INCONSISTENT', params: { with: 'lossOfEarningCapacity', derived: 'wga' } },
    ],
    [
      'an IVA that is not durable',
      { ...wia, durable: false },
      { field: 'category', code: 'INCONSISTENT', params: { with: 'durable', derived: 'wga' } },
    ],
    [
      'a WGA below 35 %',
      { ...wia, lossOfEarningCapacity: 34.9, category: 'wga' },
      { field: 'category', code: 'INCONSISTENT', params: { with: 'lossOfEarningCapacity', derived: 'below_35' } },
    ],
    [
      '80 % without saying whether it is durable',
      { ...wia, durable: undefined },
      { field: 'durable', code: 'REQUIRED' },
    ],
    [
      'a percentage over 100',
      { ...wia, lossOfEarningCapacity: 100.5 },
      { field: 'lossOfEarningCapacity', code: 'OUT_OF_RANGE', params: { min: 0, max: 100 } },
    ],
    [
      'a percentage with three decimals',
      { ...wia, lossOfEarningCapacity: 80.125 },
      { field: 'lossOfEarningCapacity', code: 'INVALID_FORMAT' },
    ],
    ['an unknown category', { ...wia, category: 'wao' }, { field: 'category', code: 'NOT_ONE_OF' }],
    ['no start date', { ...wia, startsOn: undefined }, { field: 'startsOn', code: 'REQUIRED' }],
    [
      'a document that is not an id',
      { ...wia, documentId: '../../etc/passwd' },
      { field: 'documentId', code: 'NOT_A_UUID' },
    ],
    [
      'free text in a field of its own',
      { ...wia, toelichting: 'x' },
      { field: 'decision.toelichting', code: 'UNKNOWN_FIELD' },
    ],
    [
      'a loonsanctie of more than 52 weeks',
      { ...loonsanctie, weeks: 53 },
      { field: 'weeks', code: 'OUT_OF_RANGE', params: { min: 1, max: 52 } },
    ],
    [
      'a loonsanctie of no weeks',
      { ...loonsanctie, weeks: 0 },
      { field: 'weeks', code: 'OUT_OF_RANGE', params: { min: 1, max: 52 } },
    ],
    ['a loonsanctie of part of a week', { ...loonsanctie, weeks: 2.5 }, { field: 'weeks', code: 'NOT_A_WHOLE_NUMBER' }],
    ['a loonsanctie without a reason', { ...loonsanctie, reasons: [] }, { field: 'reasons', code: 'REQUIRED' }],
    [
      'the reason "other" without words',
      { ...loonsanctie, reasons: ['other'] },
      { field: 'explanation', code: 'REQUIRED' },
    ],
    [
      'an answer that belongs to another question',
      { ...opinion, answer: 'sufficient' },
      { field: 'answer', code: 'NOT_ONE_OF' },
    ],
    ['an answer without its date', { ...opinion, answeredOn: undefined }, { field: 'answeredOn', code: 'REQUIRED' }],
    ['an answer date without the answer', { ...opinion, answer: undefined }, { field: 'answer', code: 'REQUIRED' }],
    [
      'an answer before the request',
      { ...opinion, answeredOn: '2026-03-01' },
      { field: 'answeredOn', code: 'DATE_TOO_EARLY', params: { min: '2026-03-02' } },
    ],
    [
      'an expected answer before the request',
      { ...opinion, expectedAnswerOn: '2026-02-01' },
      { field: 'expectedAnswerOn', code: 'DATE_TOO_EARLY', params: { min: '2026-03-02' } },
    ],
    [
      'a question UWV does not answer',
      { ...opinion, question: 'diagnosis' },
      { field: 'question', code: 'NOT_ONE_OF' },
    ],
    [
      'a request date that is no date',
      { ...opinion, requestedOn: '2026-02-30' },
      { field: 'requestedOn', code: 'NOT_A_DATE' },
    ],
    ['an unknown kind', { kind: 'wao_decision' }, { field: 'kind', code: 'NOT_ONE_OF' }],
  ])('refuses %s', (_name, value, problem) => {
    expect(uwvDecisionProblems(JSON.parse(JSON.stringify(value)))).toContainEqual(problem);
  });

  it('expects the answer to a deskundigenoordeel within four weeks', () => {
    expect(expectedExpertOpinionAnswer('2026-03-02')).toBe('2026-03-30');
  });
});
