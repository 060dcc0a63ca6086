import { fmlProblems, type FmlCapacity, type FmlItem, type FmlRubriek } from '../fml';
import type { FmlAssessment, FmlRubriekAnswer } from './fml-assessment';
import { fmlItemDefinition, worseGrade, type FmlFormVersion, type FmlGrade } from './fml-form-2015';
import { SPECIAL_FILE_ISSUE_CODES, type SpecialFileIssue, type SpecialFileIssueCode } from './issues';

export type FmlMigrationResult = { ok: true; assessment: FmlAssessment } | { ok: false; issues: SpecialFileIssue[] };

/**
 * Maps an FML stored in the rubriek-level model (fml.ts: one capacity per rubriek, optional items and hours) to
 * the form model, marked `level: 'rubriek_only'`. Nothing is inferred and nothing is dropped: each rubriek's
 * capacity becomes its grade, and its items and hours are kept verbatim under `legacy` (their codes belong to no
 * known form version). The conclusion was never recorded, so it is null. A stored value that the rubriek-level
 * validation refuses is not migrated: its problems come back for a person to look at.
 */
export function migrateRubriekLevelFml(stored: unknown, formVersion: FmlFormVersion = 'fml-2015'): FmlMigrationResult {
  const problems = fmlProblems(stored);
  if (problems.length > 0)
    return {
      ok: false,
      issues: problems.map(({ field, code, params }) => ({
        field,
        code: asIssueCode(code),
        ...(params ? { params } : {}),
      })),
    };
  const rubrieken = [...(stored as FmlRubriek[])]
    .sort((a, b) => a.number - b.number)
    .map(
      (rubriek): FmlRubriekAnswer => ({
        number: rubriek.number,
        grade: rubriek.capacity,
        items: [],
        legacy: {
          items: rubriek.items.map((item) => ({ code: item.code, capacity: item.capacity })),
          ...(rubriek.hoursPerDay !== undefined ? { hoursPerDay: rubriek.hoursPerDay } : {}),
        },
      }),
    );
  return { ok: true, assessment: { formVersion, level: 'rubriek_only', rubrieken, conclusion: null } };
}

/**
 * The rubriek-level model of an assessment, for screens and endpoints that still speak it. A rubriek_only
 * assessment gives back exactly what was migrated. For an item-level one, "licht beperkt" (which that model
 * lacks) reads as limited, and each limited item is listed with its grade; facts and normal items are left out.
 */
export function fmlRubriekenOf(assessment: FmlAssessment): FmlRubriek[] {
  return assessment.rubrieken.map((rubriek): FmlRubriek => {
    if (rubriek.legacy)
      return {
        number: rubriek.number,
        capacity: toCapacity(rubriek.grade),
        items: rubriek.legacy.items.map((item) => ({ code: item.code, capacity: item.capacity })),
        ...(rubriek.legacy.hoursPerDay !== undefined ? { hoursPerDay: rubriek.legacy.hoursPerDay } : {}),
      };
    const items: FmlItem[] = [];
    for (const answer of rubriek.items) {
      const definition = fmlItemDefinition(assessment.formVersion, answer.code);
      let worst: FmlGrade = 'normal';
      for (const value of answer.options)
        worst = worseGrade(worst, definition?.options.find((option) => option.value === value)?.grade ?? null);
      if (worst !== 'normal') items.push({ code: answer.code, capacity: toCapacity(worst) });
    }
    const hoursPerDay = rubriek.number === 6 ? assessment.workingHours?.hoursPerDay : undefined;
    return {
      number: rubriek.number,
      capacity: toCapacity(rubriek.grade),
      items,
      ...(hoursPerDay !== undefined ? { hoursPerDay } : {}),
    };
  });
}

function toCapacity(grade: FmlGrade): FmlCapacity {
  return grade === 'slightly_limited' ? 'limited' : grade;
}

function asIssueCode(code: string): SpecialFileIssueCode {
  return (SPECIAL_FILE_ISSUE_CODES as readonly string[]).includes(code)
    ? (code as SpecialFileIssueCode)
    : 'INVALID_FORMAT';
}
