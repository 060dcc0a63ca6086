import { fmlItemDefinition, FML_FORM_VERSIONS, FML_UNITS, type FmlFormVersion, type FmlUnit } from './fml-form-2015';
import { FREE_TEXT_MAX_LENGTH, IssueList, TITLE_MAX_LENGTH, type PlainObject, type SpecialFileIssue } from './issues';

/**
 * AD-rapport: the labour expert's (arbeidsdeskundige) report. Structured where the profession decides (is the
 * own work suitable, where is the gap, which work is suitable in spoor 1 and spoor 2, what is advised and when
 * to follow up); free text only in the explanations and job titles, which stay in the special file.
 */
export const OWN_WORK_VERDICTS = ['suitable', 'suitable_with_adjustments', 'not_suitable'] as const;
export type OwnWorkVerdict = (typeof OWN_WORK_VERDICTS)[number];

/** What makes work fit: werkplekaanpassing, hulpmiddelen, fewer hours, other tasks, scholing, jobcoach, opbouw. */
export const WORK_ADJUSTMENTS = [
  'workplace',
  'aids',
  'fewer_hours',
  'tasks',
  'training',
  'job_coach',
  'gradual_build_up',
] as const;
export type WorkAdjustment = (typeof WORK_ADJUSTMENTS)[number];

/** What the labour expert advises next. */
export const AD_ADVICE = [
  'resume_own_work',
  'resume_own_work_adjusted',
  'other_work_own_employer',
  'start_spoor_2',
  'continue_spoor_2',
  'training',
  'no_work_for_now',
  'reassess',
] as const;
export type AdAdvice = (typeof AD_ADVICE)[number];

/** Spoor 1: work within the own organisation. */
export const SPOOR_1_OUTCOMES = ['own_work', 'own_work_adjusted', 'other_work', 'none'] as const;
export type Spoor1Outcome = (typeof SPOOR_1_OUTCOMES)[number];

/** ISCO-08 unit group: four digits. The coach reads the occupation by this code, never by the typed title. */
const ISCO_08 = /^\d{4}$/;
export const AD_MAX_SUITABLE_WORK = 20;
export const AD_MAX_GAPS = 40;

/** One point where the own work asks more than the FML allows: an FML item, and the work's demand on its scale. */
export interface AdGap {
  item: string;
  /** What the work demands, in the unit of the item's limits (kg, hours per day …), when it is a number. */
  demand?: { value: number; unit: FmlUnit };
}

export interface SuitableWork {
  /** ISCO-08 unit group of the occupation. */
  isco08: string;
  hoursPerWeek?: number;
  adjustments: WorkAdjustment[];
  /** The job title as the labour expert writes it. Free text: not in the coach's view. */
  title?: string;
}

export interface AdReport {
  /** The FML form version the gap items refer to. */
  fmlFormVersion: FmlFormVersion;
  /** Belastbaarheid versus the own work (bedongen arbeid). */
  ownWork: { verdict: OwnWorkVerdict; gaps: AdGap[]; explanation?: string };
  spoor1: { outcome: Spoor1Outcome; suitableWork: SuitableWork[]; explanation?: string };
  spoor2: { indicated: boolean; suitableWork: SuitableWork[]; explanation?: string };
  advice: { advice: AdAdvice[]; explanation?: string };
  reportDate: string;
  followUpOn?: string;
}

const REPORT_KEYS = ['fmlFormVersion', 'ownWork', 'spoor1', 'spoor2', 'advice', 'reportDate', 'followUpOn'];
const OWN_WORK_KEYS = ['verdict', 'gaps', 'explanation'];
const GAP_KEYS = ['item', 'demand'];
const DEMAND_KEYS = ['value', 'unit'];
const SPOOR_1_KEYS = ['outcome', 'suitableWork', 'explanation'];
const SPOOR_2_KEYS = ['indicated', 'suitableWork', 'explanation'];
const WORK_KEYS = ['isco08', 'hoursPerWeek', 'adjustments', 'title'];
const ADVICE_KEYS = ['advice', 'explanation'];

/** Every problem with an AD report, by field path. */
export function adReportProblems(value: unknown): SpecialFileIssue[] {
  const list = new IssueList();
  if (!list.object(value, 'adReport', REPORT_KEYS)) return list.issues;
  const versionOk = list.oneOf(value['fmlFormVersion'], 'fmlFormVersion', FML_FORM_VERSIONS);
  const reportDateOk = list.date(value['reportDate'], 'reportDate');
  if (value['followUpOn'] !== undefined)
    list.dateFrom(value['followUpOn'], 'followUpOn', reportDateOk ? value['reportDate'] : undefined);

  const ownWork = value['ownWork'];
  if (list.object(ownWork, 'ownWork', OWN_WORK_KEYS)) {
    const verdictOk = list.oneOf(ownWork['verdict'], 'ownWork.verdict', OWN_WORK_VERDICTS);
    const gaps = checkGaps(list, ownWork['gaps'], versionOk ? (value['fmlFormVersion'] as FmlFormVersion) : null);
    // Suitable means no gap; not suitable (or only with adjustments) means the report names where it is.
    if (verdictOk && gaps !== null) {
      if (ownWork['verdict'] === 'suitable' && gaps > 0)
        list.add('ownWork.gaps', 'NOT_ALLOWED_HERE', { with: 'ownWork.verdict' });
      if (ownWork['verdict'] !== 'suitable' && gaps === 0) list.add('ownWork.gaps', 'REQUIRED');
    }
    explanation(list, ownWork, 'ownWork');
  }

  const spoor1 = value['spoor1'];
  if (list.object(spoor1, 'spoor1', SPOOR_1_KEYS)) {
    const outcomeOk = list.oneOf(spoor1['outcome'], 'spoor1.outcome', SPOOR_1_OUTCOMES);
    const work = checkSuitableWork(list, spoor1['suitableWork'], 'spoor1.suitableWork');
    if (outcomeOk && work !== null) {
      if (spoor1['outcome'] === 'none' && work > 0)
        list.add('spoor1.suitableWork', 'NOT_ALLOWED_HERE', { with: 'spoor1.outcome' });
      if (spoor1['outcome'] === 'other_work' && work === 0) list.add('spoor1.suitableWork', 'REQUIRED');
    }
    explanation(list, spoor1, 'spoor1');
  }

  const spoor2 = value['spoor2'];
  if (list.object(spoor2, 'spoor2', SPOOR_2_KEYS)) {
    const indicatedOk = list.boolean(spoor2['indicated'], 'spoor2.indicated');
    const work = checkSuitableWork(list, spoor2['suitableWork'], 'spoor2.suitableWork');
    if (indicatedOk && work !== null && !spoor2['indicated'] && work > 0)
      list.add('spoor2.suitableWork', 'NOT_ALLOWED_HERE', { with: 'spoor2.indicated' });
    explanation(list, spoor2, 'spoor2');
  }

  const advice = value['advice'];
  if (list.object(advice, 'advice', ADVICE_KEYS)) {
    if (list.codes(advice['advice'], 'advice.advice', AD_ADVICE) && advice['advice'].length === 0)
      list.add('advice.advice', 'REQUIRED');
    explanation(list, advice, 'advice');
  }
  return list.issues;
}

function explanation(list: IssueList, section: PlainObject, field: string): void {
  if (section['explanation'] !== undefined)
    list.text(section['explanation'], `${field}.explanation`, FREE_TEXT_MAX_LENGTH);
}

/** The number of gaps when the list itself is a list, else null. */
function checkGaps(list: IssueList, value: unknown, version: FmlFormVersion | null): number | null {
  if (!list.list(value, 'ownWork.gaps', AD_MAX_GAPS)) return null;
  const seen = new Set<unknown>();
  value.forEach((gap, index) => {
    const at = `ownWork.gaps[${index}]`;
    if (!list.object(gap, at, GAP_KEYS)) return;
    const item = gap['item'];
    const definition = typeof item === 'string' && version ? fmlItemDefinition(version, item) : undefined;
    if (item === undefined) list.add(`${at}.item`, 'REQUIRED');
    else if (version && !definition) list.add(`${at}.item`, 'NOT_ONE_OF');
    else if (seen.has(item)) list.add(`${at}.item`, 'DUPLICATE');
    seen.add(item);
    const demand = gap['demand'];
    if (demand === undefined || !list.object(demand, `${at}.demand`, DEMAND_KEYS)) return;
    list.number(demand['value'], `${at}.demand.value`, 0, 100_000);
    if (!list.oneOf(demand['unit'], `${at}.demand.unit`, FML_UNITS) || !definition) return;
    // The demand is on the item's own scale: kilograms for lifting, hours for working hours.
    const units = new Set(definition.options.flatMap((option) => (option.limit ? [option.limit.unit] : [])));
    if (!units.has(demand['unit'] as FmlUnit)) list.add(`${at}.demand.unit`, 'INCONSISTENT', { with: `${at}.item` });
  });
  return value.length;
}

/** The number of entries when the list itself is a list, else null. */
function checkSuitableWork(list: IssueList, value: unknown, field: string): number | null {
  if (!list.list(value, field, AD_MAX_SUITABLE_WORK)) return null;
  value.forEach((work, index) => {
    const at = `${field}[${index}]`;
    if (!list.object(work, at, WORK_KEYS)) return;
    const code = work['isco08'];
    if (code === undefined) list.add(`${at}.isco08`, 'REQUIRED');
    else if (typeof code !== 'string' || !ISCO_08.test(code)) list.add(`${at}.isco08`, 'INVALID_FORMAT');
    if (work['hoursPerWeek'] !== undefined) list.number(work['hoursPerWeek'], `${at}.hoursPerWeek`, 1, 60);
    list.codes(work['adjustments'], `${at}.adjustments`, WORK_ADJUSTMENTS);
    if (work['title'] !== undefined) list.text(work['title'], `${at}.title`, TITLE_MAX_LENGTH);
  });
  return value.length;
}

/** The AD report as the coach sees it: the structured conclusion on suitable work, without any free text. */
export interface AdReportCoachView {
  reportDate: string;
  ownWork: { verdict: OwnWorkVerdict; gaps: AdGap[] };
  spoor1: { outcome: Spoor1Outcome; suitableWork: Omit<SuitableWork, 'title'>[] };
  spoor2: { indicated: boolean; suitableWork: Omit<SuitableWork, 'title'>[] };
  advice: AdAdvice[];
  followUpOn: string | null;
}

/**
 * Copies the whitelisted structured fields of a stored report, one by one. Fails closed: a value that is not a
 * valid report gives null.
 */
export function adReportCoachView(stored: unknown): AdReportCoachView | null {
  if (adReportProblems(stored).length > 0) return null;
  const report = stored as AdReport;
  const work = (entries: SuitableWork[]) =>
    entries.map((entry) => ({
      isco08: entry.isco08,
      ...(entry.hoursPerWeek !== undefined ? { hoursPerWeek: entry.hoursPerWeek } : {}),
      adjustments: [...entry.adjustments],
    }));
  return {
    reportDate: report.reportDate,
    ownWork: {
      verdict: report.ownWork.verdict,
      gaps: report.ownWork.gaps.map((gap) => ({
        item: gap.item,
        ...(gap.demand ? { demand: { value: gap.demand.value, unit: gap.demand.unit } } : {}),
      })),
    },
    spoor1: { outcome: report.spoor1.outcome, suitableWork: work(report.spoor1.suitableWork) },
    spoor2: { indicated: report.spoor2.indicated, suitableWork: work(report.spoor2.suitableWork) },
    advice: [...report.advice.advice],
    followUpOn: report.followUpOn ?? null,
  };
}
