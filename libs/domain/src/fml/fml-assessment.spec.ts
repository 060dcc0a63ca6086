import { COMPLETE_FML, FORM_ITEM_COUNTS } from './complete-fml.fixture';
import { fmlAssessmentProblems, fmlRubriekGrade, fmlWorkingTime, type FmlAssessment } from './fml-assessment';
import { FML_FORM_2015, fmlItemDefinition } from './fml-form-2015';

/** A deep copy of the complete FML, changed by `change`. */
function fml(change: (draft: FmlAssessment & Record<string, unknown>) => void = () => undefined): unknown {
  const draft = JSON.parse(JSON.stringify(COMPLETE_FML));
  change(draft);
  return draft;
}
const rubriek = (draft: FmlAssessment, number: number) => draft.rubrieken.find((r) => r.number === number)!;

describe('the FML form definition follows the public form', () => {
  it.each(Object.entries(FORM_ITEM_COUNTS))('rubriek %s has %i items, numbered in order', (number, count) => {
    const definition = FML_FORM_2015.rubrieken.find((r) => r.number === Number(number))!;
    expect(definition.items.map((item) => item.code)).toEqual(
      Array.from({ length: count }, (_, i) => `${number}.${i + 1}`),
    );
  });

  it.each([
    // code, name on the form, option numbers, numeric limits of the options
    ['1.1', 'Vasthouden van de aandacht (concentreren)', [0, 1, 2], [30, 30, 5]],
    ['4.4', 'Werken met toetsenbord en/of muis', [0, 1, 2, 3], [undefined, 4, 1, 0.5]],
    ['4.7', 'Reiken', [0, 1, 2], [70, 60, 50]],
    ['4.12', 'Duwen of trekken', [0, 1, 2], [250, 150, 100]],
    ['4.13', 'Tillen', [0, 1, 2, 3], [15, 10, 5, 2]],
    ['4.14', 'Dragen', [0, 1, 2, 3], [15, 10, 5, 2]],
    ['5.1', 'Zitten', [0, 1, 2, 3], [120, 60, 30, 15]],
    ['6.2', 'Uren per dag', [0, 1, 2, 3, 4], [8, 8, 6, 4, 2]],
    ['6.3', 'Uren per week', [0, 1, 2, 3, 4], [40, 40, 30, 20, 10]],
    ['2.1', 'Zien', [0, 1], [undefined, undefined]],
    ['4.3', 'Hand- en vingergebruik', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], Array(10).fill(undefined)],
  ])('item %s (%s) has the options and limits of the form', (code, name, values, limits) => {
    const item = fmlItemDefinition('fml-2015', code)!;
    expect(item.label.nl).toBe(name);
    expect(item.options.map((option) => option.value)).toEqual(values);
    expect(item.options.map((option) => option.limit?.value)).toEqual(limits);
  });

  it('gives every limitation a grade and lets "namelijk" options alone take words', () => {
    for (const r of FML_FORM_2015.rubrieken)
      for (const item of r.items) {
        expect(item.rubriek).toBe(r.number);
        expect(item.options.length).toBeGreaterThanOrEqual(2);
        if (!['4.1', '4.2'].includes(item.code)) expect(item.options[0].grade).toBe('normal');
        if (item.options.some((option) => option.specify))
          expect(item.options.filter((option) => option.specify).every((option) => option.value !== 0)).toBe(true);
      }
  });
});

describe('fmlAssessmentProblems', () => {
  it('accepts the complete FML and reads it back identically', () => {
    expect(fmlAssessmentProblems(COMPLETE_FML)).toEqual([]);
    const stored = JSON.parse(JSON.stringify(COMPLETE_FML));
    expect(stored).toEqual(COMPLETE_FML);
    expect(fmlAssessmentProblems(stored)).toEqual([]);
  });

  it('records "licht beperkt", the grade the rubriek-level model lacked', () => {
    expect(rubriek(COMPLETE_FML, 5).grade).toBe('slightly_limited');
    expect(fmlRubriekGrade('fml-2015', rubriek(COMPLETE_FML, 5).items)).toBe('slightly_limited');
  });

  it('accepts an FML that lists only the limited items (the rest is "normaal")', () => {
    const short = fml((draft) => {
      for (const r of draft.rubrieken) r.items = r.items.filter((item) => !item.options.includes(0));
    });
    expect(fmlAssessmentProblems(short)).toEqual([]);
  });

  // Every wrong input listed under "Why" in issue 16, refused with the path named.
  it.each([
    [
      'an item filed under the wrong rubriek',
      fml((draft) => rubriek(draft, 1).items.push({ code: '4.13', options: [3] })),
      { field: 'rubrieken[0].items[9].code', code: 'WRONG_RUBRIEK', params: { rubriek: 4 } },
    ],
    [
      'a non-existent item',
      fml((draft) => rubriek(draft, 4).items.push({ code: '4.99', options: [1] })),
      { field: 'rubrieken[3].items[21].code', code: 'NOT_ONE_OF' },
    ],
    [
      'a rubriek marked normal with a severely limited item in it',
      fml((draft) => {
        rubriek(draft, 2).items[8].options = [2];
      }),
      {
        field: 'rubrieken[1].grade',
        code: 'INCONSISTENT',
        params: { with: 'rubrieken[1].items', derived: 'severely_limited' },
      },
    ],
    [
      'a rubriek marked normal with a slightly limited item in it',
      fml((draft) => {
        rubriek(draft, 4).grade = 'normal';
      }),
      { field: 'rubrieken[3].grade', code: 'INCONSISTENT', params: { with: 'rubrieken[3].items', derived: 'limited' } },
    ],
    [
      'hours per day on rubriek I',
      fml((draft) => Object.assign(rubriek(draft, 1), { hoursPerDay: 4 })),
      { field: 'rubrieken[0].hoursPerDay', code: 'UNKNOWN_FIELD' },
    ],
    [
      'the hours-per-day item on rubriek I',
      fml((draft) => {
        const hours = rubriek(draft, 6).items.splice(1, 1);
        rubriek(draft, 1).items.push(...hours);
      }),
      { field: 'rubrieken[0].items[9].code', code: 'WRONG_RUBRIEK', params: { rubriek: 6 } },
    ],
    [
      'rubriek VI limited in hours per day without the hours',
      fml((draft) => {
        delete draft.workingHours!.hoursPerDay;
      }),
      { field: 'workingHours.hoursPerDay', code: 'REQUIRED' },
    ],
    [
      'rubriek VI limited in hours without any working-hours block',
      fml((draft) => {
        delete draft.workingHours;
      }),
      { field: 'workingHours.hoursPerDay', code: 'REQUIRED' },
    ],
    [
      'hours that do not fit the chosen option (about 4 hours a day)',
      fml((draft) => {
        draft.workingHours!.hoursPerDay = 8;
      }),
      { field: 'workingHours.hoursPerDay', code: 'OUT_OF_RANGE', params: { min: 3, max: 5 } },
    ],
    [
      'a working-hours reason that is not one of the standard’s indications',
      fml((draft) => Object.assign(draft.workingHours!, { reason: 'burn-out' })),
      { field: 'workingHours.reason', code: 'NOT_ONE_OF' },
    ],
    [
      'an option the item does not have',
      fml((draft) => {
        rubriek(draft, 4).items[12].options = [4];
      }),
      { field: 'rubrieken[3].items[12].options[0]', code: 'NOT_ONE_OF' },
    ],
    [
      'two options on a single-choice item',
      fml((draft) => {
        rubriek(draft, 4).items[12].options = [1, 2];
      }),
      { field: 'rubrieken[3].items[12].options', code: 'TOO_MANY_ITEMS', params: { max: 1 } },
    ],
    [
      '"normaal" together with a limitation',
      fml((draft) => {
        rubriek(draft, 1).items[7].options = [0, 4];
      }),
      {
        field: 'rubrieken[0].items[7].options',
        code: 'INCONSISTENT',
        params: { with: 'rubrieken[0].items[7].options' },
      },
    ],
    [
      'an item listed twice',
      fml((draft) => rubriek(draft, 4).items.push({ code: '4.13', options: [1] })),
      { field: 'rubrieken[3].items[21].code', code: 'DUPLICATE' },
    ],
    [
      'a rubriek missing',
      fml((draft) => {
        draft.rubrieken.pop();
      }),
      { field: 'rubrieken', code: 'INCOMPLETE', params: { missing: '6' } },
    ],
    [
      'no durable capacities without grounds',
      fml((draft) => {
        draft.conclusion = { durableCapacities: false, grounds: [] };
      }),
      { field: 'conclusion.grounds', code: 'REQUIRED' },
    ],
    [
      'grounds for "no durable capacities" while there are some',
      fml((draft) => {
        draft.conclusion!.grounds = ['bedridden'];
      }),
      { field: 'conclusion.grounds', code: 'NOT_ALLOWED_HERE', params: { with: 'conclusion.durableCapacities' } },
    ],
    [
      'a ground that is not in the list',
      fml((draft) => {
        draft.conclusion = { durableCapacities: false, grounds: ['depressie' as never] };
      }),
      { field: 'conclusion.grounds[0]', code: 'NOT_ONE_OF' },
    ],
    [
      '"functions at the reference values" with limited rubrieken',
      fml((draft) => {
        draft.conclusion!.basis = 'reference_values';
      }),
      { field: 'conclusion.basis', code: 'INCONSISTENT', params: { with: 'rubrieken' } },
    ],
    [
      'no conclusion',
      fml((draft) => delete (draft as Record<string, unknown>)['conclusion']),
      { field: 'conclusion', code: 'REQUIRED' },
    ],
    [
      'a rubriek-level-only FML as new input',
      fml((draft) => {
        draft.level = 'rubriek_only';
      }),
      { field: 'level', code: 'NOT_ONE_OF' },
    ],
    [
      'an unknown form version',
      fml((draft) => Object.assign(draft, { formVersion: 'fml-2031' })),
      { field: 'formVersion', code: 'NOT_ONE_OF' },
    ],
  ])('refuses %s', (_name, value, problem) => {
    expect(fmlAssessmentProblems(value)).toContainEqual(problem);
  });

  it.each([
    ['the assessment', fml((draft) => Object.assign(draft, { diagnose: 'x' })), 'diagnose'],
    ['a rubriek', fml((draft) => Object.assign(rubriek(draft, 2), { remark: 'x' })), 'rubrieken[1].remark'],
    ['an item', fml((draft) => Object.assign(rubriek(draft, 2).items[0], { note: 'x' })), 'rubrieken[1].items[0].note'],
    [
      'the conclusion',
      fml((draft) => Object.assign(draft.conclusion!, { toelichting: 'x' })),
      'conclusion.toelichting',
    ],
    ['the working hours', fml((draft) => Object.assign(draft.workingHours!, { why: 'x' })), 'workingHours.why'],
  ])('refuses an unknown key on %s', (_level, value, field) => {
    expect(fmlAssessmentProblems(value)).toContainEqual({ field, code: 'UNKNOWN_FIELD' });
  });

  it('takes free text only where the form says "namelijk", and only as long as the form has room for', () => {
    const onLifting = fml((draft) => Object.assign(rubriek(draft, 4).items[12], { specification: 'hernia L5' }));
    expect(fmlAssessmentProblems(onLifting)).toEqual([
      {
        field: 'rubrieken[3].items[12].specification',
        code: 'NOT_ALLOWED_HERE',
        params: { with: 'rubrieken[3].items[12].options' },
      },
    ]);
    const onNormal = fml((draft) => Object.assign(rubriek(draft, 2).items[0], { specification: 'bril' }));
    expect(fmlAssessmentProblems(onNormal)).toContainEqual(
      expect.objectContaining({ field: 'rubrieken[1].items[0].specification', code: 'NOT_ALLOWED_HERE' }),
    );
    const long = fml((draft) => {
      rubriek(draft, 6).items[1].specification = 'x'.repeat(501);
      draft.explanation = 'y'.repeat(4001);
    });
    expect(fmlAssessmentProblems(long)).toEqual([
      { field: 'explanation', code: 'TOO_LONG', params: { max: 4000 } },
      { field: 'rubrieken[5].items[1].specification', code: 'TOO_LONG', params: { max: 500 } },
    ]);
    const notText = fml((draft) => Object.assign(draft, { explanation: { html: '<b>' } }));
    expect(fmlAssessmentProblems(notText)).toEqual([{ field: 'explanation', code: 'INVALID_FORMAT' }]);
  });

  it('refuses hours without a limitation of hours', () => {
    const noLimit = fml((draft) => {
      rubriek(draft, 6).items[1].options = [0];
      delete rubriek(draft, 6).items[1].specification;
      rubriek(draft, 6).items[2].options = [0];
    });
    expect(fmlAssessmentProblems(noLimit)).toContainEqual({
      field: 'workingHours',
      code: 'NOT_ALLOWED_HERE',
      params: { with: 'rubrieken[5].items[1].options' },
    });
  });

  it('refuses more hours a week than seven days of the hours a day', () => {
    const value = fml((draft) => {
      rubriek(draft, 6).grade = 'severely_limited';
      rubriek(draft, 6).items[1].options = [4];
      rubriek(draft, 6).items[2].options = [3];
      draft.workingHours = { hoursPerDay: 2, hoursPerWeek: 20, reason: 'preventive' };
    });
    expect(fmlAssessmentProblems(value)).toEqual([
      { field: 'workingHours.hoursPerWeek', code: 'TOO_LARGE', params: { max: 14 } },
    ]);
  });

  it('refuses what is not an FML at all', () => {
    expect(fmlAssessmentProblems('all fine')).toEqual([{ field: 'fml', code: 'INVALID_FORMAT' }]);
    expect(fmlAssessmentProblems(fml((draft) => Object.assign(draft, { rubrieken: 'six' })))).toContainEqual({
      field: 'rubrieken',
      code: 'NOT_A_LIST',
    });
  });

  it('derives evening and night work from item 6.1', () => {
    expect(fmlWorkingTime(COMPLETE_FML)).toEqual({
      hoursPerDay: 4,
      hoursPerWeek: 20,
      notEveryEvening: false,
      noNightWork: true,
    });
  });
});
