import { COMPLETE_FML } from './complete-fml.fixture';
import { coachCapacities, formatCoachCapacities } from './fml-capacities';
import type { FmlAssessment, FmlRubriekAnswer } from './fml-assessment';
import { FML_FORM_2015 } from './fml-form-2015';

const CANARY = 'CANARY-7f3a';

/**
 * An FML with a canary in every free-text field the model has: the toelichting and, for every item of the form
 * that takes words, a "namelijk" option chosen with words. Built from the form's structure so that an item added
 * later is covered too.
 */
function everyFreeTextField(): FmlAssessment {
  const rubrieken: FmlRubriekAnswer[] = FML_FORM_2015.rubrieken.map((rubriek) => {
    const items = rubriek.items.flatMap((item) => {
      const worded = item.options.find((option) => option.specify);
      return worded ? [{ code: item.code, options: [worded.value], specification: `${CANARY} ${item.code}` }] : [];
    });
    return { number: rubriek.number, grade: 'normal', items };
  });
  const assessment: FmlAssessment = {
    formVersion: 'fml-2015',
    level: 'items',
    rubrieken,
    conclusion: { durableCapacities: false, grounds: ['severe_psychiatric_dysfunction', 'unstable_situation'] },
    workingHours: { hoursPerDay: 6, hoursPerWeek: 30, reason: 'energetic' },
    explanation: `${CANARY} toelichting`,
  };
  // Grades as the items make them (the form's rule), so the assessment is valid.
  for (const rubriek of assessment.rubrieken) rubriek.grade = rubriek.items.length > 0 ? 'limited' : 'normal';
  assessment.rubrieken[5].grade = 'slightly_limited';
  assessment.rubrieken[5].items.find((item) => item.code === '6.1')!.options = [1];
  assessment.rubrieken[5].grade = 'limited';
  return assessment;
}

describe('coach capacities', () => {
  it('says the limitations in plain words, as a coach needs them to find work', () => {
    const capacities = coachCapacities(COMPLETE_FML)!;
    expect(formatCoachCapacities(capacities, 'nl')).toEqual([
      'Specifieke voorwaarden voor het persoonlijk functioneren: beperkt (zonder veelvuldige deadlines of productiepieken; geen hoog handelingstempo)',
      'Temperatuur: beperkt (koude (< -15 °C) beperkt)',
      'Trillingsbelasting: beperkt',
      'Buigen: beperkt, max. 60 graden',
      'Frequent buigen tijdens het werk: beperkt, max. 150 keer per uur',
      'Duwen of trekken: beperkt, max. 150 N',
      'Tillen: licht beperkt, max. 10 kg',
      'Dragen: licht beperkt, max. 10 kg',
      'Klimmen: licht beperkt (een huishoudtrap op en af)',
      'Knielen en/of hurken: beperkt, max. 2 keer per uur',
      'Zitten: licht beperkt, max. 60 minuten achtereen',
      'Staan: licht beperkt, max. 30 minuten achtereen',
      'Staan tijdens het werk: licht beperkt, max. 4 uur per werkdag',
      'Werktijd: max. 4 uur per dag, 20 uur per week; geen nachtwerk',
    ]);
    expect(formatCoachCapacities(capacities, 'en')).toContain('Lifting: slightly limited, max. 10 kg');
    expect(formatCoachCapacities(capacities, 'en')).toContain(
      'Working hours: max. 4 hours per day, 20 hours per week; no night work',
    );
  });

  it('gives structured capacities (item, grade, limit) for a screen to lay out itself', () => {
    expect(coachCapacities(COMPLETE_FML)!.capacities).toContainEqual({
      kind: 'item',
      rubriek: 4,
      item: '4.13',
      grade: 'slightly_limited',
      options: [1],
      limit: { value: 10, unit: 'kg', bound: 'about' },
    });
  });

  it('never contains free text, the grounds of a GBM conclusion or the reason for fewer hours', () => {
    const assessment = everyFreeTextField();
    const capacities = coachCapacities(assessment);
    expect(capacities).not.toBeNull();
    const said = [
      JSON.stringify(capacities),
      ...formatCoachCapacities(capacities!, 'nl'),
      ...formatCoachCapacities(capacities!, 'en'),
    ].join('\n');
    expect(said).not.toContain(CANARY);
    expect(said).not.toMatch(/energetic|psychiatric|unstable|toelichting|namelijk|namely/i);
    // It still says what the coach needs.
    expect(formatCoachCapacities(capacities!, 'nl')[0]).toBe('Geen duurzaam benutbare mogelijkheden');
    expect(formatCoachCapacities(capacities!, 'nl')).toContain(
      'Werktijd: max. 6 uur per dag, 30 uur per week; niet elke avond',
    );
    expect(formatCoachCapacities(capacities!, 'nl')).toContain('Horen: beperkt');
  });

  it('shows nothing of a stored value that is not a valid assessment (fail closed)', () => {
    const smuggled = { ...COMPLETE_FML, remark: CANARY };
    expect(coachCapacities(smuggled)).toBeNull();
    expect(coachCapacities('not an FML')).toBeNull();
  });

  it('shows an FML without limitations as no lines at all', () => {
    const unlimited: FmlAssessment = {
      formVersion: 'fml-2015',
      level: 'items',
      rubrieken: [1, 2, 3, 4, 5, 6].map((number) => ({ number: number as 1, grade: 'normal', items: [] })),
      conclusion: { durableCapacities: true, grounds: [], basis: 'reference_values' },
    };
    expect(formatCoachCapacities(coachCapacities(unlimited)!, 'nl')).toEqual([]);
  });
});
