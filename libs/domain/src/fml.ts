import type { FieldProblem } from './errors';

/**
 * FML: Functionele Mogelijkhedenlijst, drawn up by the company doctor (bedrijfsarts) or the UWV insurance
 * physician. Six rubrieken; each item records whether the person is normally capable or limited.
 * A coach sees these capacities (what someone can do), never the diagnosis or free text behind them.
 */
export const FML_RUBRIEKEN = [
  { number: 1, key: 'personal_functioning', nl: 'Persoonlijk functioneren', en: 'Personal functioning' },
  { number: 2, key: 'social_functioning', nl: 'Sociaal functioneren', en: 'Social functioning' },
  { number: 3, key: 'physical_environment', nl: 'Aanpassing aan fysieke omgevingseisen', en: 'Physical environment' },
  { number: 4, key: 'dynamic_actions', nl: 'Dynamische handelingen', en: 'Dynamic actions' },
  { number: 5, key: 'static_postures', nl: 'Statische houdingen', en: 'Static postures' },
  { number: 6, key: 'working_hours', nl: 'Werktijden', en: 'Working hours' },
] as const;

export type FmlRubriekNumber = (typeof FML_RUBRIEKEN)[number]['number'];
export const FML_CAPACITIES = ['normal', 'limited', 'severely_limited'] as const;
export type FmlCapacity = (typeof FML_CAPACITIES)[number];

export interface FmlItem {
  /** Item code within the rubriek, e.g. "4.5" (tillen of dragen). */
  code: string;
  capacity: FmlCapacity;
}

export interface FmlRubriek {
  number: FmlRubriekNumber;
  capacity: FmlCapacity;
  items: FmlItem[];
  /** Hours per day for rubriek 6 (working hours), when limited. */
  hoursPerDay?: number;
}

/** The only keys an FML rubriek and an item may carry: no room for free text (a coach sees these). */
const RUBRIEK_KEYS: ReadonlyArray<keyof FmlRubriek> = ['number', 'capacity', 'items', 'hoursPerDay'];
const ITEM_KEYS: ReadonlyArray<keyof FmlItem> = ['code', 'capacity'];
/** More items than the FML has in any rubriek: a list this long is not an FML. */
export const FML_MAX_ITEMS = 40;

/**
 * Validates a rubrieken list: all six, each once, known capacities, known keys only at every level (an
 * unknown key is refused, never stored: it could carry free text to the coach). Returns the problems by field
 * path.
 */
export function fmlProblems(rubrieken: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, code: FieldProblem['code'], message: string, params?: FieldProblem['params']) =>
    problems.push({ field, code, message: `${field} ${message}`, ...(params ? { params } : {}) });
  if (!Array.isArray(rubrieken)) {
    problem('rubrieken', 'NOT_A_LIST', 'must be a list of the six FML rubrieken');
    return problems;
  }
  const seen = new Set<number>();
  rubrieken.forEach((value: unknown, index) => {
    const at = `rubrieken[${index}]`;
    const r = value as Partial<FmlRubriek> | null;
    if (!r || typeof r !== 'object' || Array.isArray(r)) {
      problem(at, 'INVALID_FORMAT', 'must be an object');
      return;
    }
    for (const key of Object.keys(r))
      if (!(RUBRIEK_KEYS as readonly string[]).includes(key))
        problem(`${at}.${key}`, 'UNKNOWN_FIELD', 'is not allowed');
    if (!FML_RUBRIEKEN.some((known) => known.number === r.number))
      problem(`${at}.number`, 'OUT_OF_RANGE', 'must be 1 to 6', { min: 1, max: 6 });
    else if (seen.has(r.number as number)) problem(`${at}.number`, 'DUPLICATE', 'is listed twice');
    else seen.add(r.number as number);
    if (!FML_CAPACITIES.includes(r.capacity as FmlCapacity))
      problem(`${at}.capacity`, 'NOT_ONE_OF', 'is not a known capacity');
    if (!Array.isArray(r.items)) problem(`${at}.items`, 'NOT_A_LIST', 'must be a list');
    else if (r.items.length > FML_MAX_ITEMS)
      problem(`${at}.items`, 'TOO_MANY_ITEMS', `must have at most ${FML_MAX_ITEMS} items`, { max: FML_MAX_ITEMS });
    else
      r.items.forEach((item: Partial<FmlItem>, i) => {
        if (!item || typeof item !== 'object' || Array.isArray(item)) {
          problem(`${at}.items[${i}]`, 'INVALID_FORMAT', 'must be an object');
          return;
        }
        for (const key of Object.keys(item))
          if (!(ITEM_KEYS as readonly string[]).includes(key))
            problem(`${at}.items[${i}].${key}`, 'UNKNOWN_FIELD', 'is not allowed');
        if (typeof item.code !== 'string' || !/^[1-6]\.\d{1,2}(\.\d{1,2})?$/.test(item.code))
          problem(`${at}.items[${i}].code`, 'INVALID_FORMAT', 'is invalid');
        if (!FML_CAPACITIES.includes(item?.capacity as FmlCapacity))
          problem(`${at}.items[${i}].capacity`, 'NOT_ONE_OF', 'is not a known capacity');
      });
    if (
      r.hoursPerDay !== undefined &&
      (typeof r.hoursPerDay !== 'number' || !Number.isFinite(r.hoursPerDay) || r.hoursPerDay < 0 || r.hoursPerDay > 24)
    ) {
      problem(`${at}.hoursPerDay`, 'OUT_OF_RANGE', 'must be between 0 and 24', { min: 0, max: 24 });
    }
  });
  if (seen.size !== FML_RUBRIEKEN.length && problems.length === 0)
    problem('rubrieken', 'INCOMPLETE', 'must list all six FML rubrieken');
  return problems;
}

/**
 * The rubrieken as anyone may see them: only the known fields, copied one by one (stored JSON is never passed
 * on as it is, so a key stored before validation was strict cannot carry text to the coach). A list that is
 * not a valid FML after the copy gives no rubrieken at all (fail closed).
 */
export function fmlRubriekenView(stored: unknown): FmlRubriek[] {
  if (!Array.isArray(stored)) return [];
  const copy = stored.map((value: unknown): Partial<FmlRubriek> => {
    const r = (value && typeof value === 'object' ? value : {}) as Partial<FmlRubriek>;
    return {
      number: r.number,
      capacity: r.capacity,
      items: Array.isArray(r.items)
        ? r.items.map((item: unknown) => {
            const known = (item && typeof item === 'object' ? item : {}) as Partial<FmlItem>;
            return { code: known.code, capacity: known.capacity } as FmlItem;
          })
        : (r.items as undefined),
      ...(r.hoursPerDay !== undefined ? { hoursPerDay: r.hoursPerDay } : {}),
    };
  });
  return fmlProblems(copy).length === 0 ? (copy as FmlRubriek[]) : [];
}
