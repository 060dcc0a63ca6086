import { adReportProblems, uwvDecisionProblems } from '@spoor/domain';
import {
  adApiFieldPath,
  adFormPathOf,
  adReportFormErrors,
  emptyGap,
  emptySuitableWork,
  initialAdReportValues,
  toAdReport,
} from './adReportFormModel';
import {
  derivedWiaCategory,
  initialUwvDecisionValues,
  toUwvDecision,
  uwvApiFieldPath,
  uwvDecisionFormErrors,
} from './uwvDecisionFormModel';

describe('AD report form model', () => {
  it('names the input of a field inside a list, and of a demand or a code in a list', () => {
    expect(adFormPathOf('ownWork.gaps[2].item')).toBe('ownWork.gaps.2.item');
    expect(adFormPathOf('ownWork.gaps[0].demand.value')).toBe('ownWork.gaps.0.demand');
    expect(adFormPathOf('ownWork.gaps[0].demand.unit')).toBe('ownWork.gaps.0.demand');
    expect(adFormPathOf('spoor2.suitableWork[1].adjustments[3]')).toBe('spoor2.suitableWork.1.adjustments');
    expect(adFormPathOf('advice.advice[0]')).toBe('advice.advice');
    expect(adApiFieldPath('report.spoor1.suitableWork[0].isco08')).toBe('spoor1.suitableWork.0.isco08');
    expect(adApiFieldPath('reportedOn')).toBe('reportDate');
    expect(adApiFieldPath('somethingElse')).toBeUndefined();
  });

  it('sends no gaps with a suitable own work and no suitable work where the outcome rules it out', () => {
    const values = initialAdReportValues();
    values.ownWork = { verdict: 'suitable', gaps: [{ ...emptyGap(), item: '4.13' }], explanation: ' ' };
    values.spoor1 = { outcome: 'none', suitableWork: [{ ...emptySuitableWork(), isco08: '4321' }], explanation: '' };
    values.spoor2 = { indicated: false, suitableWork: [{ ...emptySuitableWork(), isco08: '4110' }], explanation: '' };
    values.advice = { advice: ['resume_own_work'], explanation: '' };
    values.reportDate = '2026-11-10';
    const report = toAdReport(values);
    expect(report.ownWork).toEqual({ verdict: 'suitable', gaps: [] });
    expect(report.spoor1).toEqual({ outcome: 'none', suitableWork: [] });
    expect(report.spoor2).toEqual({ indicated: false, suitableWork: [] });
    expect(adReportProblems(report)).toEqual([]);
  });

  it('keeps a demand only for an item with a scale, in that scale', () => {
    const values = initialAdReportValues();
    values.ownWork.verdict = 'not_suitable';
    values.ownWork.gaps = [
      { ...emptyGap(), item: '6.3', demand: 38 },
      { ...emptyGap(), item: '2.9', demand: 5 },
    ];
    expect(toAdReport(values).ownWork.gaps).toEqual([
      { item: '6.3', demand: { value: 38, unit: 'hours_per_week' } },
      { item: '2.9' },
    ]);
  });

  it('puts a problem no input shows under the form, once per input', () => {
    const values = initialAdReportValues();
    const errors = adReportFormErrors(
      [
        { field: 'fmlFormVersion', code: 'NOT_ONE_OF' },
        { field: 'ownWork.gaps', code: 'REQUIRED' },
        { field: 'ownWork.gaps', code: 'REQUIRED' },
      ],
      values,
    );
    expect(errors).toEqual({ report: 'fieldErrors.NOT_ONE_OF', 'ownWork.gaps': 'fieldErrors.REQUIRED' });
  });
});

describe('UWV decision form model', () => {
  it('sends only the chosen kind’s fields', () => {
    const values = {
      ...initialUwvDecisionValues(),
      kind: 'loonsanctie' as const,
      decidedOn: '2026-10-01',
      weeks: 12,
      reasons: ['other' as const],
      explanation: ' Geen plan van aanpak ',
      // Left from another kind: not sent.
      lossOfEarningCapacity: 50,
      question: 'suitable_work' as const,
    };
    const decision = toUwvDecision(values);
    expect(decision).toEqual({
      kind: 'loonsanctie',
      decidedOn: '2026-10-01',
      weeks: 12,
      reasons: ['other'],
      explanation: 'Geen plan van aanpak',
    });
    expect(uwvDecisionProblems(decision)).toEqual([]);
  });

  it('derives the WIA category, asking durability only from 80 %', () => {
    const wia = { ...initialUwvDecisionValues(), kind: 'wia_decision' as const };
    expect(derivedWiaCategory({ ...wia, lossOfEarningCapacity: 20 })).toBe('below_35');
    expect(derivedWiaCategory({ ...wia, lossOfEarningCapacity: 79.99, durable: 'yes' })).toBe('wga');
    expect(derivedWiaCategory({ ...wia, lossOfEarningCapacity: 80 })).toBeNull();
    expect(derivedWiaCategory({ ...wia, lossOfEarningCapacity: 80, durable: 'no' })).toBe('wga');
    expect(derivedWiaCategory({ ...wia, lossOfEarningCapacity: 80, durable: 'yes' })).toBe('iva');
    expect(toUwvDecision({ ...wia, lossOfEarningCapacity: 50, durable: 'yes' })).not.toHaveProperty('durable');
  });

  it('shows the problem of the derived category at the percentage, once', () => {
    const values = { ...initialUwvDecisionValues(), kind: 'wia_decision' as const };
    const errors = uwvDecisionFormErrors(uwvDecisionProblems(toUwvDecision(values)), values);
    expect(errors['lossOfEarningCapacity']).toBe('fieldErrors.REQUIRED');
    expect(uwvApiFieldPath('decision.reasons[1]')).toBe('reasons');
    expect(uwvApiFieldPath('decision.category')).toBe('lossOfEarningCapacity');
  });
});
