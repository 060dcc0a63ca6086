import {
  FML_FORM_2015,
  fmlItemDefinition,
  fmlRubriekGrade,
  type DbmBasis,
  type FieldErrorCode,
  type FmlAssessment,
  type FmlAssessor,
  type FmlItemAnswer,
  type FmlItemDefinition,
  type GbmGround,
  type SpecialFileIssue,
  type WorkingHoursReason,
} from '@spoor/domain';
import { fieldMessages } from '../validation';

/**
 * The labour expert's FML form as form values, and the way back to the FmlAssessment the API takes. Options are
 * kept as strings (what radios and checkboxes hold); items the expert leaves at the form's reference value
 * ("normaal", option 0) are not sent: the domain reads an unlisted item as normal.
 */
export interface FmlItemValues {
  options: string[];
  specification: string;
}

export interface FmlFormValues {
  assessedOn: string | null;
  assessor: FmlAssessor | '';
  /** By itemKey(code): a dot in a form path would split it. */
  answers: Record<string, FmlItemValues>;
  durableCapacities: 'yes' | 'no';
  grounds: GbmGround[];
  basis: DbmBasis | '';
  hoursPerDay: number | string;
  hoursPerWeek: number | string;
  hoursReason: WorkingHoursReason | '';
  explanation: string;
}

export const FML_VERSION = FML_FORM_2015.version;

/** "4.13" → "i4_13": the key of an item in the form values. */
export const itemKey = (code: string): string => `i${code.replace('.', '_')}`;
export const itemPath = (code: string): string => `answers.${itemKey(code)}`;

export function initialFmlValues(): FmlFormValues {
  const answers: Record<string, FmlItemValues> = {};
  for (const rubriek of FML_FORM_2015.rubrieken)
    for (const item of rubriek.items) answers[itemKey(item.code)] = { options: ['0'], specification: '' };
  return {
    assessedOn: null,
    assessor: '',
    answers,
    durableCapacities: 'yes',
    grounds: [],
    basis: '',
    hoursPerDay: '',
    hoursPerWeek: '',
    hoursReason: '',
    explanation: '',
  };
}

/** Whether one of the chosen options asks for words ("namelijk …"). */
export function asksForSpecification(definition: FmlItemDefinition, options: readonly string[]): boolean {
  return definition.options.some((option) => option.specify && options.includes(String(option.value)));
}

/**
 * A multiple-choice item takes "none" (0) alone or any set of its conditions: ticking a condition unticks 0,
 * ticking 0 unticks the conditions, unticking everything falls back to 0.
 */
export function nextMultipleChoice(previous: readonly string[], next: readonly string[]): string[] {
  const added = next.filter((value) => !previous.includes(value));
  if (added.includes('0')) return ['0'];
  const conditions = next.filter((value) => value !== '0');
  return conditions.length > 0 ? conditions : ['0'];
}

/** The answer to one item as the API takes it, or null when it is the form's default. */
export function itemAnswer(definition: FmlItemDefinition, values: FmlItemValues | undefined): FmlItemAnswer | null {
  const options = (values?.options ?? ['0']).map(Number).sort((a, b) => a - b);
  if (options.length === 0 || (options.length === 1 && options[0] === 0)) return null;
  const specification = values?.specification.trim() ?? '';
  return {
    code: definition.code,
    options,
    ...(specification !== '' && asksForSpecification(definition, values?.options ?? []) ? { specification } : {}),
  };
}

/** The chosen option of item 6.2 / 6.3 (0 when left at the default). */
function chosen(values: FmlFormValues, code: string): number {
  return Number(values.answers[itemKey(code)]?.options[0] ?? 0);
}

export const hoursPerDayLimited = (values: FmlFormValues): boolean => chosen(values, '6.2') > 0;
export const hoursPerWeekLimited = (values: FmlFormValues): boolean => chosen(values, '6.3') > 0;

const numberOrUndefined = (value: number | string): number | undefined =>
  value === '' || value === null || Number.isNaN(Number(value)) ? undefined : Number(value);

/**
 * The FmlAssessment the values make. Built as entered, also when incomplete (no basis, no reason): the domain's
 * check (fmlAssessmentProblems) and the API name what is missing.
 */
export function toFmlAssessment(values: FmlFormValues): FmlAssessment {
  const rubrieken = FML_FORM_2015.rubrieken.map((rubriek) => {
    const items = rubriek.items
      .map((definition) => itemAnswer(definition, values.answers[itemKey(definition.code)]))
      .filter((answer): answer is FmlItemAnswer => answer !== null);
    return { number: rubriek.number, grade: fmlRubriekGrade(FML_VERSION, items), items };
  });
  const conclusion =
    values.durableCapacities === 'yes'
      ? { durableCapacities: true, grounds: [], ...(values.basis !== '' ? { basis: values.basis } : {}) }
      : { durableCapacities: false, grounds: [...values.grounds] };
  const perDay = hoursPerDayLimited(values);
  const perWeek = hoursPerWeekLimited(values);
  const hoursPerDay = perDay ? numberOrUndefined(values.hoursPerDay) : undefined;
  const hoursPerWeek = perWeek ? numberOrUndefined(values.hoursPerWeek) : undefined;
  const workingHours =
    perDay || perWeek
      ? {
          ...(hoursPerDay !== undefined ? { hoursPerDay } : {}),
          ...(hoursPerWeek !== undefined ? { hoursPerWeek } : {}),
          // Left out while none is chosen: the check answers REQUIRED at the reason's select.
          ...(values.hoursReason !== '' ? { reason: values.hoursReason } : {}),
        }
      : undefined;
  const explanation = values.explanation.trim();
  return {
    formVersion: FML_VERSION,
    level: 'items',
    ...(values.assessor !== '' ? { assessor: values.assessor } : {}),
    rubrieken,
    conclusion,
    ...(workingHours ? { workingHours: workingHours as FmlAssessment['workingHours'] } : {}),
    ...(explanation !== '' ? { explanation } : {}),
  };
}

const FIXED_PATHS: Readonly<Record<string, string>> = {
  assessor: 'assessor',
  explanation: 'explanation',
  'conclusion.durableCapacities': 'durableCapacities',
  'conclusion.grounds': 'grounds',
  'conclusion.basis': 'basis',
  'workingHours.hoursPerDay': 'hoursPerDay',
  'workingHours.hoursPerWeek': 'hoursPerWeek',
  'workingHours.reason': 'hoursReason',
};

const ITEM_FIELD = /^rubrieken\[(\d+)\]\.items\[(\d+)\](?:\.(options|specification|code))?(?:\[\d+\])?$/;

/**
 * The form path that shows a problem with a field of the assessment (the path inside FmlAssessment, as
 * fmlAssessmentProblems names it and the API names it after `assessment.`), given the assessment that was
 * checked or sent: an item's index is its place in what was sent, so the code is looked up there.
 */
export function formPathOf(field: string, sent: FmlAssessment | null): string | undefined {
  if (FIXED_PATHS[field]) return FIXED_PATHS[field];
  if (field.startsWith('conclusion.grounds[')) return 'grounds';
  const match = ITEM_FIELD.exec(field);
  if (!match || !sent) return undefined;
  const answer = sent.rubrieken[Number(match[1])]?.items[Number(match[2])];
  if (!answer || !fmlItemDefinition(FML_VERSION, answer.code)) return undefined;
  return `${itemPath(answer.code)}.${match[3] === 'specification' ? 'specification' : 'options'}`;
}

/** The API's field names (`assessment.…`) for the problems with what was sent → form paths, for apiFields. */
export function apiFieldsFor(sent: FmlAssessment | null): Record<string, string> {
  const fields: Record<string, string> = { assessedOn: 'assessedOn' };
  for (const [field, path] of Object.entries(FIXED_PATHS)) fields[`assessment.${field}`] = path;
  sent?.rubrieken.forEach((rubriek, r) =>
    rubriek.items.forEach((answer, i) => {
      const base = `assessment.rubrieken[${r}].items[${i}]`;
      const path = itemPath(answer.code);
      fields[`${base}.code`] = `${path}.options`;
      fields[`${base}.options`] = `${path}.options`;
      answer.options.forEach((_, k) => (fields[`${base}.options[${k}]`] = `${path}.options`));
      fields[`${base}.specification`] = `${path}.specification`;
    }),
  );
  return fields;
}

/**
 * The domain's pre-check as form errors (i18n messages by form path). Problems no input shows are kept under
 * `assessment`, for the form's alert.
 */
export function formErrorsOf(issues: readonly SpecialFileIssue[], sent: FmlAssessment): Record<string, string> {
  const byPath = new Map<string, Array<{ code: FieldErrorCode; params?: Record<string, string | number> }>>();
  for (const issue of issues) {
    const path = formPathOf(issue.field, sent) ?? 'assessment';
    byPath.set(path, [...(byPath.get(path) ?? []), { code: issue.code, params: issue.params }]);
  }
  return Object.fromEntries([...byPath].map(([path, problems]) => [path, fieldMessages(problems)]));
}
