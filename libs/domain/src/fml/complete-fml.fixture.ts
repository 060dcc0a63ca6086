import type { FmlAssessment } from './fml-assessment';

/**
 * A complete FML, every item of the public form answered (codes and option numbers as printed on the form; see
 * README.md, "Sources"): someone with back and energy limitations. Written out by hand from the form, not built
 * from the definition, so a definition that drifts from the form fails the tests.
 */
export const COMPLETE_FML: FmlAssessment = {
  formVersion: 'fml-2015',
  level: 'items',
  assessor: 'company_doctor',
  rubrieken: [
    {
      number: 1,
      grade: 'limited',
      items: [
        { code: '1.1', options: [0] },
        { code: '1.2', options: [0] },
        { code: '1.3', options: [0] },
        { code: '1.4', options: [0] },
        { code: '1.5', options: [0] },
        { code: '1.6', options: [0] },
        { code: '1.7', options: [0] },
        { code: '1.8', options: [4, 5], specification: 'Geen werk met productiepieken.' },
        { code: '1.9', options: [0] },
      ],
    },
    {
      number: 2,
      grade: 'normal',
      items: [
        { code: '2.1', options: [0] },
        { code: '2.2', options: [0] },
        { code: '2.3', options: [0] },
        { code: '2.4', options: [0] },
        { code: '2.5', options: [0] },
        { code: '2.6', options: [0] },
        { code: '2.7', options: [0] },
        { code: '2.8', options: [0] },
        { code: '2.9', options: [0] },
        { code: '2.10', options: [0] },
        { code: '2.11', options: [0] },
        { code: '2.12', options: [0] },
      ],
    },
    {
      number: 3,
      grade: 'limited',
      items: [
        { code: '3.1', options: [2] },
        { code: '3.2', options: [0] },
        { code: '3.3', options: [0] },
        { code: '3.4', options: [0] },
        { code: '3.5', options: [0] },
        { code: '3.6', options: [0] },
        { code: '3.7', options: [1], specification: 'Geen trillend gereedschap.' },
        { code: '3.8', options: [0] },
      ],
    },
    {
      number: 4,
      grade: 'limited',
      items: [
        { code: '4.1', options: [1] },
        { code: '4.2', options: [0] },
        { code: '4.3', options: [0] },
        { code: '4.4', options: [0] },
        { code: '4.5', options: [0] },
        { code: '4.6', options: [0] },
        { code: '4.7', options: [0] },
        { code: '4.8', options: [0] },
        { code: '4.9', options: [1] },
        { code: '4.10', options: [2] },
        { code: '4.11', options: [0] },
        { code: '4.12', options: [1] },
        { code: '4.13', options: [1] },
        { code: '4.14', options: [1] },
        { code: '4.15', options: [0] },
        { code: '4.16', options: [0] },
        { code: '4.17', options: [0] },
        { code: '4.18', options: [0] },
        { code: '4.19', options: [1] },
        { code: '4.20', options: [2] },
        { code: '4.21', options: [0] },
      ],
    },
    {
      number: 5,
      grade: 'slightly_limited',
      items: [
        { code: '5.1', options: [1] },
        { code: '5.2', options: [0] },
        { code: '5.3', options: [1] },
        { code: '5.4', options: [1] },
        { code: '5.5', options: [0] },
        { code: '5.6', options: [0] },
        { code: '5.7', options: [0] },
        { code: '5.8', options: [0] },
        { code: '5.9', options: [0] },
        { code: '5.10', options: [0] },
      ],
    },
    {
      number: 6,
      grade: 'limited',
      items: [
        { code: '6.1', options: [2] },
        { code: '6.2', options: [3], specification: 'Opbouw in overleg met de bedrijfsarts.' },
        { code: '6.3', options: [3] },
        { code: '6.4', options: [0] },
      ],
    },
  ],
  conclusion: { durableCapacities: true, grounds: [], basis: 'limited_per_rubrieken' },
  workingHours: { hoursPerDay: 4, hoursPerWeek: 20, reason: 'energetic' },
  explanation: 'Beperkingen ten gevolge van rugklachten en verminderde energie.',
};

/** The number of items per rubriek and the options of some items, as the public form prints them. */
export const FORM_ITEM_COUNTS: Readonly<Record<number, number>> = { 1: 9, 2: 12, 3: 8, 4: 21, 5: 10, 6: 4 };
