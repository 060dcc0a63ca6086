import { fmlAssessmentProblems } from '@spoor/domain';
import {
  apiFieldsFor,
  formPathOf,
  initialFmlValues,
  itemKey,
  nextMultipleChoice,
  toFmlAssessment,
  type FmlFormValues,
} from './fmlFormModel';

function withAnswer(values: FmlFormValues, code: string, options: string[], specification = ''): FmlFormValues {
  return { ...values, answers: { ...values.answers, [itemKey(code)]: { options, specification } } };
}

describe('the FML form values', () => {
  it('start at the reference value of every item and send no item at all', () => {
    const assessment = toFmlAssessment({ ...initialFmlValues(), basis: 'reference_values' });
    expect(assessment.rubrieken.map((rubriek) => [rubriek.number, rubriek.grade, rubriek.items])).toEqual([
      [1, 'normal', []],
      [2, 'normal', []],
      [3, 'normal', []],
      [4, 'normal', []],
      [5, 'normal', []],
      [6, 'normal', []],
    ]);
    expect(fmlAssessmentProblems(assessment)).toEqual([]);
  });

  it('send "namelijk" words only with an option that asks for them', () => {
    const base = { ...initialFmlValues(), basis: 'limited_per_rubrieken' as const };
    const asked = toFmlAssessment(withAnswer(base, '6.1', ['1'], ' Twee avonden per week '));
    expect(asked.rubrieken[5].items).toEqual([{ code: '6.1', options: [1], specification: 'Twee avonden per week' }]);
    const notAsked = toFmlAssessment(withAnswer(base, '6.1', ['2'], 'left over from an earlier choice'));
    expect(notAsked.rubrieken[5].items).toEqual([{ code: '6.1', options: [2] }]);
  });

  it('send the working hours only when 6.2 or 6.3 is limited, and the check asks for what is missing', () => {
    const values = withAnswer({ ...initialFmlValues(), basis: 'limited_per_rubrieken' }, '6.2', ['3']);
    const assessment = toFmlAssessment({ ...values, hoursPerDay: 4 });
    expect(assessment.workingHours).toEqual({ hoursPerDay: 4 });
    expect(fmlAssessmentProblems(assessment).map((issue) => formPathOf(issue.field, assessment))).toEqual([
      'hoursReason',
    ]);
  });

  it('keep a multiple-choice item at "none" alone or at its conditions', () => {
    expect(nextMultipleChoice(['0'], ['0', '2'])).toEqual(['2']);
    expect(nextMultipleChoice(['1', '2'], ['1', '2', '0'])).toEqual(['0']);
    expect(nextMultipleChoice(['2'], [])).toEqual(['0']);
  });

  it("name the item of an API problem by what was sent, not by the item's place on the form", () => {
    const sent = toFmlAssessment(withAnswer(initialFmlValues(), '4.13', ['2']));
    expect(formPathOf('rubrieken[3].items[0].options', sent)).toBe('answers.i4_13.options');
    expect(formPathOf('rubrieken[3].items[0].options[0]', sent)).toBe('answers.i4_13.options');
    expect(formPathOf('rubrieken[3].grade', sent)).toBeUndefined();
    expect(apiFieldsFor(sent)['assessment.rubrieken[3].items[0].specification']).toBe('answers.i4_13.specification');
    expect(apiFieldsFor(sent)['assessment.workingHours.reason']).toBe('hoursReason');
  });
});
