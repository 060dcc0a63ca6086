import type { FmlRubriekNumber } from '../fml';
import { fmlAssessmentProblems, fmlWorkingTime, type FmlAssessment, type FmlAssessmentLevel } from './fml-assessment';
import {
  FML_GRADE_LABELS,
  fmlForm,
  fmlItemDefinition,
  fmlRubriekLabel,
  UNIT_WORDS,
  worseGrade,
  type FmlFormVersion,
  type FmlGrade,
  type FmlLimit,
  type LocalText,
} from './fml-form-2015';

/**
 * What a coach may know of an FML: the capacities, in the form's own structured terms. Built from the
 * whitelisted structured fields only (grades, chosen options, hours, whether there are durable capacities);
 * never from the physician's specifications or toelichting, the grounds of a GBM conclusion or the reason for an
 * hours limitation, which stay in the special file.
 */
export type CoachCapacity =
  | { kind: 'no_durable_capacities' }
  | {
      kind: 'item';
      rubriek: FmlRubriekNumber;
      item: string;
      grade: FmlGrade;
      /** The chosen limitations (option values other than 0). */
      options: number[];
      /** The form's number for a single-choice limitation ("ca. 10 kg"). */
      limit?: FmlLimit;
    }
  | { kind: 'rubriek'; rubriek: FmlRubriekNumber; grade: FmlGrade }
  | {
      kind: 'working_time';
      hoursPerDay: number | null;
      hoursPerWeek: number | null;
      notEveryEvening: boolean;
      noNightWork: boolean;
    };

export interface CoachCapacities {
  formVersion: FmlFormVersion;
  /** rubriek_only: migrated from the rubriek-level model; the lines say so. */
  level: FmlAssessmentLevel;
  capacities: CoachCapacity[];
}

export type CoachLanguage = 'nl' | 'en';

/** Items 6.1–6.3 are said together in the working-time line. */
const WORKING_TIME_ITEMS = ['6.1', '6.2', '6.3'];

/**
 * The capacities of a stored assessment. Fails closed: a value that is not a valid assessment gives null, so
 * nothing stored before validation was strict can reach the coach.
 */
export function coachCapacities(stored: unknown): CoachCapacities | null {
  if (fmlAssessmentProblems(stored, { allowRubriekLevelOnly: true }).length > 0) return null;
  const assessment = stored as FmlAssessment;
  const capacities: CoachCapacity[] = [];
  if (assessment.conclusion && !assessment.conclusion.durableCapacities)
    capacities.push({ kind: 'no_durable_capacities' });
  const rubrieken = [...assessment.rubrieken].sort((a, b) => a.number - b.number);
  if (assessment.level === 'rubriek_only') {
    for (const rubriek of rubrieken)
      if (rubriek.grade !== 'normal')
        capacities.push({ kind: 'rubriek', rubriek: rubriek.number, grade: rubriek.grade });
  } else {
    const form = fmlForm(assessment.formVersion);
    for (const rubriek of form.rubrieken)
      for (const definition of rubriek.items) {
        if (WORKING_TIME_ITEMS.includes(definition.code)) continue;
        const answer = rubrieken
          .find((candidate) => candidate.number === rubriek.number)
          ?.items.find((candidate) => candidate.code === definition.code);
        const chosen = (answer?.options ?? []).filter((value) => value !== 0);
        let grade: FmlGrade = 'normal';
        for (const value of chosen)
          grade = worseGrade(grade, definition.options.find((option) => option.value === value)?.grade ?? null);
        if (grade === 'normal') continue;
        const limit =
          definition.choice === 'single'
            ? definition.options.find((option) => option.value === chosen[0])?.limit
            : undefined;
        capacities.push({
          kind: 'item',
          rubriek: rubriek.number,
          item: definition.code,
          grade,
          options: [...chosen].sort((a, b) => a - b),
          ...(limit ? { limit: { ...limit } } : {}),
        });
      }
  }
  const time = fmlWorkingTime(assessment);
  if (time.hoursPerDay !== null || time.hoursPerWeek !== null || time.notEveryEvening || time.noNightWork)
    capacities.push({ kind: 'working_time', ...time });
  return { formVersion: assessment.formVersion, level: assessment.level, capacities };
}

/**
 * The capacities in plain words, one line each: "Tillen: licht beperkt, max. 10 kg", "Werktijd: max. 4 uur per
 * dag, 20 uur per week; geen nachtwerk". Every word comes from the form definition or this function.
 */
export function formatCoachCapacities(capacities: CoachCapacities, language: CoachLanguage): string[] {
  return capacities.capacities.map((capacity) => formatLine(capacities.formVersion, capacity, language));
}

const WORDS = {
  noDurableCapacities: { nl: 'Geen duurzaam benutbare mogelijkheden', en: 'No durable capacities for work' },
  rubriekOnly: { nl: 'alleen op rubriekniveau vastgelegd', en: 'recorded at rubriek level only' },
  workingTime: { nl: 'Werktijd', en: 'Working hours' },
  max: { nl: 'max.', en: 'max.' },
  lessThan: { nl: 'minder dan', en: 'less than' },
  atLeast: { nl: 'ten minste', en: 'at least' },
  hoursPerDay: { nl: 'uur per dag', en: 'hours per day' },
  hoursPerWeek: { nl: 'uur per week', en: 'hours per week' },
  notEveryEvening: { nl: 'niet elke avond', en: 'not every evening' },
  noNightWork: { nl: 'geen nachtwerk', en: 'no night work' },
} satisfies Record<string, LocalText>;

function formatLine(version: FmlFormVersion, capacity: CoachCapacity, language: CoachLanguage): string {
  switch (capacity.kind) {
    case 'no_durable_capacities':
      return WORDS.noDurableCapacities[language];
    case 'rubriek':
      return `${fmlRubriekLabel(capacity.rubriek)[language]}: ${FML_GRADE_LABELS[capacity.grade][language]} (${WORDS.rubriekOnly[language]})`;
    case 'working_time': {
      const hours = [
        capacity.hoursPerDay !== null
          ? `${formatNumber(capacity.hoursPerDay, language)} ${WORDS.hoursPerDay[language]}`
          : null,
        capacity.hoursPerWeek !== null
          ? `${formatNumber(capacity.hoursPerWeek, language)} ${WORDS.hoursPerWeek[language]}`
          : null,
      ].filter((part): part is string => part !== null);
      const parts = [
        hours.length > 0 ? `${WORDS.max[language]} ${hours.join(', ')}` : null,
        capacity.notEveryEvening ? WORDS.notEveryEvening[language] : null,
        capacity.noNightWork ? WORDS.noNightWork[language] : null,
      ].filter((part): part is string => part !== null);
      return `${WORDS.workingTime[language]}: ${parts.join('; ')}`;
    }
    case 'item': {
      const definition = fmlItemDefinition(version, capacity.item);
      const label = definition ? definition.label[language] : capacity.item;
      const grade = FML_GRADE_LABELS[capacity.grade][language];
      if (capacity.limit) return `${label}: ${grade}, ${formatLimit(capacity.limit, language)}`;
      const conditions = capacity.options
        .map((value) => definition?.options.find((option) => option.value === value)?.label[language])
        .map((words) => (words ? plainLabel(words) : ''))
        .filter((words) => words !== '' && !isJustAGrade(words));
      return conditions.length > 0 ? `${label}: ${grade} (${conditions.join('; ')})` : `${label}: ${grade}`;
    }
  }
}

function formatLimit(limit: FmlLimit, language: CoachLanguage): string {
  const amount = `${formatNumber(limit.value, language)} ${UNIT_WORDS[limit.unit][language]}`;
  if (limit.bound === 'less_than') return `${WORDS.lessThan[language]} ${amount}`;
  if (limit.bound === 'at_least') return `${WORDS.atLeast[language]} ${amount}`;
  return `${WORDS.max[language]} ${amount}`;
}

function formatNumber(value: number, language: CoachLanguage): string {
  const written = String(value);
  return language === 'nl' ? written.replace('.', ',') : written;
}

/** An option's label without the form's "namelijk …" (its words are the physician's, and stay out). */
function plainLabel(label: string): string {
  return label
    .replace(/[,;:]?\s*(namelijk|namely|te weten)\s*…\s*$/i, '')
    .trim()
    .replace(/^./, (first) => first.toLowerCase());
}

function isJustAGrade(words: string): boolean {
  return Object.values(FML_GRADE_LABELS).some((grade) => grade.nl === words || grade.en === words);
}
