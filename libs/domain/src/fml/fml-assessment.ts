import { FML_CAPACITIES, FML_MAX_ITEMS, FML_RUBRIEKEN, type FmlItem, type FmlRubriekNumber } from '../fml';
import {
  FML_FORM_VERSIONS,
  FML_GRADES,
  fmlItemDefinition,
  worseGrade,
  type FmlFormVersion,
  type FmlGrade,
  type FmlItemDefinition,
} from './fml-form-2015';
import {
  FREE_TEXT_MAX_LENGTH,
  IssueList,
  SPECIFICATION_MAX_LENGTH,
  type PlainObject,
  type SpecialFileIssue,
} from './issues';

/**
 * items: filled in item by item on the form. rubriek_only: migrated from the rubriek-level model (one grade per
 * rubriek); what was stored then is kept verbatim under `legacy`, nothing is inferred.
 */
export const FML_ASSESSMENT_LEVELS = ['items', 'rubriek_only'] as const;
export type FmlAssessmentLevel = (typeof FML_ASSESSMENT_LEVELS)[number];

/** Who drew up the FML: the company doctor (bedrijfsarts) or UWV's insurance physician (verzekeringsarts). */
export const FML_ASSESSORS = ['company_doctor', 'insurance_physician'] as const;
export type FmlAssessor = (typeof FML_ASSESSORS)[number];

/**
 * Grounds for "geen duurzaam benutbare mogelijkheden" (GBM), as the FML's conclusion lists them
 * (Schattingsbesluit arbeidsongeschiktheidswetten, art. 2 lid 5): admitted to a hospital or Wlz institution,
 * bedridden, largely dependent in daily living (ADL), personal and social dysfunction from a severe psychiatric
 * disorder, strongly fluctuating or lost capacities (unstable situation).
 */
export const GBM_GROUNDS = [
  'admitted_to_institution',
  'bedridden',
  'adl_dependent',
  'severe_psychiatric_dysfunction',
  'unstable_situation',
] as const;
export type GbmGround = (typeof GBM_GROUNDS)[number];

/** Why there are durable capacities, as the FML's conclusion words it (the "toelichting" options). */
export const DBM_BASES = ['can_do_own_work', 'reference_values', 'limited_per_rubrieken', 'other_see_report'] as const;
export type DbmBasis = (typeof DBM_BASES)[number];

/**
 * Why working hours are limited (indicatie voor een urenbeperking), per UWV's standaard Duurbelastbaarheid in
 * Arbeid (2015): a disturbed energy balance, reduced availability through treatment, or prevention.
 */
export const WORKING_HOURS_REASONS = ['energetic', 'availability', 'preventive'] as const;
export type WorkingHoursReason = (typeof WORKING_HOURS_REASONS)[number];

export interface FmlItemAnswer {
  /** The item's code on the form, e.g. "4.13". */
  code: string;
  /** The chosen option values: exactly one for a single-choice item; 0 alone or the conditions that apply. */
  options: number[];
  /** The "namelijk …" words; only where a chosen option asks for them. Free text: never shown to the coach. */
  specification?: string;
}

/** What the rubriek-level model stored, kept as it was. */
export interface FmlLegacyRubriek {
  items: FmlItem[];
  hoursPerDay?: number;
}

export interface FmlRubriekAnswer {
  number: FmlRubriekNumber;
  /** The worst grade of its items (items not listed are normal); validated against them. */
  grade: FmlGrade;
  items: FmlItemAnswer[];
  /** Only on a rubriek_only assessment. */
  legacy?: FmlLegacyRubriek;
}

/** The FML's conclusion on (geen) duurzaam benutbare mogelijkheden. */
export interface FmlConclusion {
  durableCapacities: boolean;
  /** With no durable capacities: the grounds (at least one). */
  grounds: GbmGround[];
  /** With durable capacities: on what basis. */
  basis?: DbmBasis;
}

/** Duurbelastbaarheid: the exact hours when items 6.2 / 6.3 are limited, and why. */
export interface FmlWorkingHours {
  hoursPerDay?: number;
  hoursPerWeek?: number;
  reason: WorkingHoursReason;
}

export interface FmlAssessment {
  formVersion: FmlFormVersion;
  level: FmlAssessmentLevel;
  assessor?: FmlAssessor;
  /** All six rubrieken, each once. */
  rubrieken: FmlRubriekAnswer[];
  /** null only on a rubriek_only assessment (the old model did not record it). */
  conclusion: FmlConclusion | null;
  workingHours?: FmlWorkingHours;
  /** The physician's toelichting. Free text: never shown to the coach. */
  explanation?: string;
}

const ASSESSMENT_KEYS = ['formVersion', 'level', 'assessor', 'rubrieken', 'conclusion', 'workingHours', 'explanation'];
const RUBRIEK_KEYS = ['number', 'grade', 'items', 'legacy'];
const ITEM_KEYS = ['code', 'options', 'specification'];
const LEGACY_KEYS = ['items', 'hoursPerDay'];
const LEGACY_ITEM_KEYS = ['code', 'capacity'];
const CONCLUSION_KEYS = ['durableCapacities', 'grounds', 'basis'];
const WORKING_HOURS_KEYS = ['hoursPerDay', 'hoursPerWeek', 'reason'];

/** Item 6.2 (uren per dag) and 6.3 (uren per week): the hours each limited option stands for, give or take. */
const HOURS_BANDS: Readonly<Record<'6.2' | '6.3', Readonly<Record<number, readonly [number, number]>>>> = {
  '6.2': { 1: [7, 8], 2: [5, 7], 3: [3, 5], 4: [0.5, 3] },
  '6.3': { 1: [35, 40], 2: [25, 35], 3: [15, 25], 4: [1, 15] },
};

export interface FmlAssessmentOptions {
  /** Accept level 'rubriek_only' (stored, migrated assessments). New assessments are item level. */
  allowRubriekLevelOnly?: boolean;
}

/** The grade of a rubriek from its answered items: the worst option chosen (facts count as nothing). */
export function fmlRubriekGrade(version: FmlFormVersion, items: readonly FmlItemAnswer[]): FmlGrade {
  let grade: FmlGrade = 'normal';
  for (const answer of items) {
    const definition = fmlItemDefinition(version, answer.code);
    for (const value of answer.options ?? []) {
      const option = definition?.options.find((candidate) => candidate.value === value);
      if (option) grade = worseGrade(grade, option.grade);
    }
  }
  return grade;
}

/** The answer to one item, when the assessment lists it. */
export function fmlItemAnswer(assessment: FmlAssessment, code: string): FmlItemAnswer | undefined {
  for (const rubriek of assessment.rubrieken) {
    const found = rubriek.items.find((answer) => answer.code === code);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every problem with an FML assessment, by field path. Refuses: an item under the wrong rubriek, an item the form
 * does not have, an option the item does not have, a rubriek graded otherwise than its items, hours anywhere but
 * in the working-hours block, limited hours without the hours, unknown keys at any level, free text where the
 * form has no "namelijk", and text longer than the form's space.
 */
export function fmlAssessmentProblems(value: unknown, options: FmlAssessmentOptions = {}): SpecialFileIssue[] {
  const list = new IssueList();
  if (!list.object(value, '', ASSESSMENT_KEYS)) return fixRootPath(list.issues);
  if (!list.oneOf(value['formVersion'], 'formVersion', FML_FORM_VERSIONS)) return list.issues;
  const version = value['formVersion'];
  const levels = options.allowRubriekLevelOnly ? FML_ASSESSMENT_LEVELS : (['items'] as const);
  if (!list.oneOf(value['level'], 'level', levels)) return list.issues;
  const level = value['level'];
  if (value['assessor'] !== undefined) list.oneOf(value['assessor'], 'assessor', FML_ASSESSORS);
  if (value['explanation'] !== undefined) list.text(value['explanation'], 'explanation', FREE_TEXT_MAX_LENGTH);

  const rubrieken = checkRubrieken(list, value['rubrieken'], version, level);
  const limited = rubrieken.some((rubriek) => rubriek.grade !== 'normal');

  if (level === 'rubriek_only') {
    if (value['conclusion'] !== null && value['conclusion'] !== undefined)
      checkConclusion(list, value['conclusion'], limited, rubrieken.length === FML_RUBRIEKEN.length);
    if (value['workingHours'] !== undefined) list.add('workingHours', 'NOT_ALLOWED_HERE', { with: 'level' });
    return list.issues;
  }
  if (value['conclusion'] === null || value['conclusion'] === undefined) list.add('conclusion', 'REQUIRED');
  else checkConclusion(list, value['conclusion'], limited, rubrieken.length === FML_RUBRIEKEN.length);
  checkWorkingHours(list, value['workingHours'], rubrieken);
  return list.issues;
}

/** A validated rubriek, for the checks across rubrieken. */
interface CheckedRubriek {
  number: FmlRubriekNumber;
  grade: FmlGrade;
  index: number;
  items: { answer: FmlItemAnswer; index: number }[];
}

function checkRubrieken(
  list: IssueList,
  value: unknown,
  version: FmlFormVersion,
  level: FmlAssessmentLevel,
): CheckedRubriek[] {
  if (!list.list(value, 'rubrieken', FML_RUBRIEKEN.length)) return [];
  const checked: CheckedRubriek[] = [];
  const seenNumbers = new Set<number>();
  const seenCodes = new Set<string>();
  let numbersOk = true;
  value.forEach((entry, index) => {
    const at = `rubrieken[${index}]`;
    if (!list.object(entry, at, RUBRIEK_KEYS)) return void (numbersOk = false);
    const number = entry['number'];
    if (!FML_RUBRIEKEN.some((known) => known.number === number))
      return void (numbersOk = list.add(`${at}.number`, 'OUT_OF_RANGE', { min: 1, max: FML_RUBRIEKEN.length }));
    if (seenNumbers.has(number as number)) return void (numbersOk = list.add(`${at}.number`, 'DUPLICATE'));
    seenNumbers.add(number as number);
    const rubriek = number as FmlRubriekNumber;
    const gradeOk = list.oneOf(entry['grade'], `${at}.grade`, FML_GRADES);
    const items = checkItems(list, entry['items'], `${at}.items`, version, rubriek, seenCodes, level);

    if (level === 'rubriek_only') {
      if (entry['legacy'] !== undefined) checkLegacy(list, entry['legacy'], `${at}.legacy`);
      if (gradeOk) checked.push({ number: rubriek, grade: entry['grade'] as FmlGrade, index, items });
      return;
    }
    if (entry['legacy'] !== undefined) list.add(`${at}.legacy`, 'NOT_ALLOWED_HERE', { with: 'level' });
    const rawItems = entry['items'];
    const derived = fmlRubriekGrade(
      version,
      items.map((item) => item.answer),
    );
    // A rubriek is as limited as its most limited item: "normaal" with a limited item in it is refused.
    const allItemsRead = Array.isArray(rawItems) && items.length === rawItems.length;
    if (gradeOk && allItemsRead && derived !== entry['grade'])
      list.add(`${at}.grade`, 'INCONSISTENT', { with: `${at}.items`, derived });
    checked.push({ number: rubriek, grade: allItemsRead ? derived : (entry['grade'] as FmlGrade), index, items });
  });
  if (numbersOk && seenNumbers.size < FML_RUBRIEKEN.length) {
    const missing = FML_RUBRIEKEN.filter((known) => !seenNumbers.has(known.number)).map((known) => known.number);
    list.add('rubrieken', 'INCOMPLETE', { missing: missing.join(',') });
  }
  return checked;
}

/** The items of one rubriek; returns those that passed every check. */
function checkItems(
  list: IssueList,
  value: unknown,
  field: string,
  version: FmlFormVersion,
  rubriek: FmlRubriekNumber,
  seenCodes: Set<string>,
  level: FmlAssessmentLevel,
): { answer: FmlItemAnswer; index: number }[] {
  if (!list.list(value, field, FML_MAX_ITEMS)) return [];
  if (level === 'rubriek_only' && value.length > 0) {
    list.add(field, 'NOT_ALLOWED_HERE', { with: 'level' });
    return [];
  }
  const passed: { answer: FmlItemAnswer; index: number }[] = [];
  value.forEach((entry, index) => {
    const at = `${field}[${index}]`;
    if (!list.object(entry, at, ITEM_KEYS)) return;
    const definition = checkItemCode(list, entry['code'], `${at}.code`, version, rubriek, seenCodes);
    // An item whose code and options are right counts for the grade, whatever is wrong with its words.
    if (definition && checkItemAnswer(list, entry, at, definition))
      passed.push({ answer: entry as unknown as FmlItemAnswer, index });
  });
  return passed;
}

function checkItemCode(
  list: IssueList,
  code: unknown,
  field: string,
  version: FmlFormVersion,
  rubriek: FmlRubriekNumber,
  seenCodes: Set<string>,
): FmlItemDefinition | undefined {
  if (code === undefined || code === null) return void list.add(field, 'REQUIRED');
  if (typeof code !== 'string') return void list.add(field, 'INVALID_FORMAT');
  const definition = fmlItemDefinition(version, code);
  if (!definition) return void list.add(field, 'NOT_ONE_OF');
  if (definition.rubriek !== rubriek) return void list.add(field, 'WRONG_RUBRIEK', { rubriek: definition.rubriek });
  if (seenCodes.has(code)) return void list.add(field, 'DUPLICATE');
  seenCodes.add(code);
  return definition;
}

/** Whether the chosen options are right (the specification's problems are added, not returned). */
function checkItemAnswer(list: IssueList, entry: PlainObject, at: string, definition: FmlItemDefinition): boolean {
  const chosen = entry['options'];
  const field = `${at}.options`;
  if (!list.list(chosen, field, definition.choice === 'single' ? 1 : definition.options.length)) return false;
  if (chosen.length === 0) return list.add(field, 'REQUIRED');
  const seen = new Set<unknown>();
  let ok = true;
  chosen.forEach((value, index) => {
    if (!definition.options.some((option) => option.value === value)) ok = list.add(`${field}[${index}]`, 'NOT_ONE_OF');
    else if (seen.has(value)) ok = list.add(`${field}[${index}]`, 'DUPLICATE');
    seen.add(value);
  });
  // "Nee / normaal" and a limitation on the same item contradict each other.
  if (ok && chosen.length > 1 && chosen.includes(0)) ok = list.add(field, 'INCONSISTENT', { with: field });
  const specification = entry['specification'];
  if (specification === undefined || !ok) return ok;
  const asksForWords = definition.options.some((option) => option.specify && chosen.includes(option.value));
  if (!asksForWords) list.add(`${at}.specification`, 'NOT_ALLOWED_HERE', { with: field });
  else list.text(specification, `${at}.specification`, SPECIFICATION_MAX_LENGTH);
  return true;
}

function checkLegacy(list: IssueList, value: unknown, field: string): void {
  if (!list.object(value, field, LEGACY_KEYS)) return;
  if (list.list(value['items'], `${field}.items`, FML_MAX_ITEMS))
    value['items'].forEach((entry, index) => {
      const at = `${field}.items[${index}]`;
      if (!list.object(entry, at, LEGACY_ITEM_KEYS)) return;
      if (typeof entry['code'] !== 'string' || !/^[1-6]\.\d{1,2}(\.\d{1,2})?$/.test(entry['code']))
        list.add(`${at}.code`, 'INVALID_FORMAT');
      list.oneOf(entry['capacity'], `${at}.capacity`, FML_CAPACITIES);
    });
  if (value['hoursPerDay'] !== undefined) list.number(value['hoursPerDay'], `${field}.hoursPerDay`, 0, 24);
}

function checkConclusion(list: IssueList, value: unknown, anyLimited: boolean, complete: boolean): void {
  if (!list.object(value, 'conclusion', CONCLUSION_KEYS)) return;
  if (!list.boolean(value['durableCapacities'], 'conclusion.durableCapacities')) return;
  const grounds = value['grounds'];
  if (!list.codes(grounds, 'conclusion.grounds', GBM_GROUNDS)) return;
  if (value['durableCapacities']) {
    if (grounds.length > 0)
      list.add('conclusion.grounds', 'NOT_ALLOWED_HERE', { with: 'conclusion.durableCapacities' });
    if (!list.oneOf(value['basis'], 'conclusion.basis', DBM_BASES) || !complete) return;
    // "Functions at the reference values" means no rubriek is limited; "limited, see rubrieken" that one is.
    if (value['basis'] === 'reference_values' && anyLimited)
      list.add('conclusion.basis', 'INCONSISTENT', { with: 'rubrieken' });
    if (value['basis'] === 'limited_per_rubrieken' && !anyLimited)
      list.add('conclusion.basis', 'INCONSISTENT', { with: 'rubrieken' });
    return;
  }
  if (grounds.length === 0) list.add('conclusion.grounds', 'REQUIRED');
  if (value['basis'] !== undefined)
    list.add('conclusion.basis', 'NOT_ALLOWED_HERE', { with: 'conclusion.durableCapacities' });
}

/** The option chosen for item 6.2 or 6.3 (0 when the item is not listed: the form's default is "normaal"). */
function hoursOption(rubrieken: readonly CheckedRubriek[], code: '6.2' | '6.3'): { value: number; path: string } {
  for (const rubriek of rubrieken)
    for (const { answer, index } of rubriek.items)
      if (answer.code === code)
        return { value: answer.options[0], path: `rubrieken[${rubriek.index}].items[${index}].options` };
  return { value: 0, path: code };
}

function checkWorkingHours(list: IssueList, value: unknown, rubrieken: readonly CheckedRubriek[]): void {
  const perDay = hoursOption(rubrieken, '6.2');
  const perWeek = hoursOption(rubrieken, '6.3');
  const hoursLimited = perDay.value > 0 || perWeek.value > 0;
  if (value === undefined) {
    // Rubriek VI limited in hours without the hours: the coach could not be told how many.
    if (perDay.value > 0) list.add('workingHours.hoursPerDay', 'REQUIRED');
    if (perWeek.value > 0) list.add('workingHours.hoursPerWeek', 'REQUIRED');
    return;
  }
  if (!list.object(value, 'workingHours', WORKING_HOURS_KEYS)) return;
  if (!hoursLimited) {
    list.add('workingHours', 'NOT_ALLOWED_HERE', { with: perDay.path });
    return;
  }
  list.oneOf(value['reason'], 'workingHours.reason', WORKING_HOURS_REASONS);
  const day = checkHours(list, value['hoursPerDay'], 'workingHours.hoursPerDay', perDay, '6.2');
  const week = checkHours(list, value['hoursPerWeek'], 'workingHours.hoursPerWeek', perWeek, '6.3');
  if (day !== undefined && week !== undefined && week > day * 7)
    list.add('workingHours.hoursPerWeek', 'TOO_LARGE', { max: day * 7 });
}

function checkHours(
  list: IssueList,
  value: unknown,
  field: string,
  chosen: { value: number; path: string },
  code: '6.2' | '6.3',
): number | undefined {
  if (chosen.value === 0) {
    if (value !== undefined) list.add(field, 'NOT_ALLOWED_HERE', { with: chosen.path });
    return undefined;
  }
  const [min, max] = HOURS_BANDS[code][chosen.value];
  if (!list.number(value, field, min, max)) return undefined;
  return value;
}

function fixRootPath(issues: SpecialFileIssue[]): SpecialFileIssue[] {
  return issues.map((issue) => (issue.field === '' ? { ...issue, field: 'fml' } : issue));
}

/** Working time as the coach and the AD report need it, from items 6.1–6.3 and the working-hours block. */
export interface FmlWorkingTime {
  hoursPerDay: number | null;
  hoursPerWeek: number | null;
  notEveryEvening: boolean;
  noNightWork: boolean;
}

export function fmlWorkingTime(assessment: FmlAssessment): FmlWorkingTime {
  const periods = fmlItemAnswer(assessment, '6.1')?.options ?? [];
  const legacyHours = assessment.rubrieken.find((rubriek) => rubriek.number === 6)?.legacy?.hoursPerDay;
  return {
    hoursPerDay: assessment.workingHours?.hoursPerDay ?? legacyHours ?? null,
    hoursPerWeek: assessment.workingHours?.hoursPerWeek ?? null,
    notEveryEvening: periods.includes(1),
    noNightWork: periods.includes(2),
  };
}
