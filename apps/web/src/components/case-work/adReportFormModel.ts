import {
  fmlItemDefinition,
  type AdAdvice,
  type AdGap,
  type AdReport,
  type FmlItemDefinition,
  type FmlUnit,
  type OwnWorkVerdict,
  type SpecialFileIssue,
  type Spoor1Outcome,
  type SuitableWork,
  type WorkAdjustment,
} from '@spoor/domain';
import { FML_VERSION } from './fmlFormModel';
import { formListPath, issueErrors } from './formIssues';

/**
 * The labour expert's AD report as form values, and the way back to the AdReport the API takes. Numbers are
 * kept as NumberInput gives them ('' when empty); lists the chosen answer rules out (gaps with a suitable own
 * work, suitable work with spoor 1 "none" or spoor 2 not indicated) are kept while hidden but not sent.
 */
export interface AdGapValues {
  /** A stable React key for the row; never sent. */
  key: string;
  /** The FML item's code ("4.13"), or null while none is chosen. */
  item: string | null;
  demand: number | string;
}

export interface SuitableWorkValues {
  key: string;
  isco08: string;
  hoursPerWeek: number | string;
  adjustments: WorkAdjustment[];
  title: string;
}

export interface AdReportFormValues {
  reportDate: string | null;
  followUpOn: string | null;
  ownWork: { verdict: OwnWorkVerdict | ''; gaps: AdGapValues[]; explanation: string };
  spoor1: { outcome: Spoor1Outcome | ''; suitableWork: SuitableWorkValues[]; explanation: string };
  spoor2: { indicated: boolean; suitableWork: SuitableWorkValues[]; explanation: string };
  advice: { advice: AdAdvice[]; explanation: string };
}

/** The FML form the gap items come from: the one the labour expert's FML form fills in. */
export const AD_FML_VERSION = FML_VERSION;

export function initialAdReportValues(): AdReportFormValues {
  return {
    reportDate: null,
    followUpOn: null,
    ownWork: { verdict: '', gaps: [], explanation: '' },
    spoor1: { outcome: '', suitableWork: [], explanation: '' },
    spoor2: { indicated: false, suitableWork: [], explanation: '' },
    advice: { advice: [], explanation: '' },
  };
}

let rowCounter = 0;
const rowKey = (): string => `row-${++rowCounter}`;

export const emptyGap = (): AdGapValues => ({ key: rowKey(), item: null, demand: '' });
export const emptySuitableWork = (): SuitableWorkValues => ({
  key: rowKey(),
  isco08: '',
  hoursPerWeek: '',
  adjustments: [],
  title: '',
});

/** The unit of an item's numeric limits ("kg" for lifting), or undefined when its options carry no number. */
export function demandUnit(definition: FmlItemDefinition | undefined): FmlUnit | undefined {
  return definition?.options.find((option) => option.limit)?.limit?.unit;
}

/** Gaps belong to an own work that is not simply suitable. */
export const showsGaps = (ownWork: AdReportFormValues['ownWork']): boolean => ownWork.verdict !== 'suitable';
/** Suitable work in spoor 1 once an outcome other than "none" is chosen. */
export const showsSpoor1Work = (spoor1: AdReportFormValues['spoor1']): boolean =>
  spoor1.outcome !== '' && spoor1.outcome !== 'none';
/** Suitable work in spoor 2 only where spoor 2 is indicated. */
export const showsSpoor2Work = (spoor2: AdReportFormValues['spoor2']): boolean => spoor2.indicated;

const numberOrUndefined = (value: number | string): number | undefined =>
  value === '' || value === null || Number.isNaN(Number(value)) ? undefined : Number(value);

const textOrNothing = (value: string): { explanation?: string } =>
  value.trim() === '' ? {} : { explanation: value.trim() };

function toGap(values: AdGapValues): AdGap {
  const definition = values.item ? fmlItemDefinition(AD_FML_VERSION, values.item) : undefined;
  const unit = demandUnit(definition);
  const value = numberOrUndefined(values.demand);
  return {
    ...(values.item ? { item: values.item } : {}),
    ...(unit !== undefined && value !== undefined ? { demand: { value, unit } } : {}),
  } as AdGap;
}

function toSuitableWork(values: SuitableWorkValues): SuitableWork {
  const isco08 = values.isco08.trim();
  const hoursPerWeek = numberOrUndefined(values.hoursPerWeek);
  const title = values.title.trim();
  return {
    ...(isco08 !== '' ? { isco08 } : {}),
    ...(hoursPerWeek !== undefined ? { hoursPerWeek } : {}),
    adjustments: [...values.adjustments],
    ...(title !== '' ? { title } : {}),
  } as SuitableWork;
}

/**
 * The AdReport the values make. Built as entered, also when incomplete (no verdict, a row without an item): the
 * domain's check (adReportProblems) and the API name what is missing.
 */
export function toAdReport(values: AdReportFormValues): AdReport {
  const { ownWork, spoor1, spoor2, advice } = values;
  return {
    fmlFormVersion: AD_FML_VERSION,
    ownWork: {
      ...(ownWork.verdict !== '' ? { verdict: ownWork.verdict } : {}),
      gaps: showsGaps(ownWork) ? ownWork.gaps.map(toGap) : [],
      ...textOrNothing(ownWork.explanation),
    },
    spoor1: {
      ...(spoor1.outcome !== '' ? { outcome: spoor1.outcome } : {}),
      suitableWork: showsSpoor1Work(spoor1) ? spoor1.suitableWork.map(toSuitableWork) : [],
      ...textOrNothing(spoor1.explanation),
    },
    spoor2: {
      indicated: spoor2.indicated,
      suitableWork: showsSpoor2Work(spoor2) ? spoor2.suitableWork.map(toSuitableWork) : [],
      ...textOrNothing(spoor2.explanation),
    },
    advice: { advice: [...advice.advice], ...textOrNothing(advice.explanation) },
    ...(values.reportDate ? { reportDate: values.reportDate } : {}),
    ...(values.followUpOn ? { followUpOn: values.followUpOn } : {}),
  } as AdReport;
}

/**
 * The form path that shows a problem with a field of the report (the path inside AdReport, as adReportProblems
 * names it and the API names it after `report.`): a row's index is its place in the form, as it was sent. A
 * demand's value and unit show at the demand's input; a code in a list of codes at the list.
 */
export function adFormPathOf(field: string): string {
  return formListPath(field)
    .replace(/^(ownWork\.gaps\.\d+\.demand)(\..+)?$/, '$1')
    .replace(/^(spoor[12]\.suitableWork\.\d+\.adjustments)\.\d+$/, '$1')
    .replace(/^advice\.advice\.\d+$/, 'advice.advice');
}

/** Where the API's problems go: `reportedOn` at the report date, `report.…` at its input. */
export function adApiFieldPath(field: string): string | undefined {
  if (field === 'reportedOn') return 'reportDate';
  return field.startsWith('report.') ? adFormPathOf(field.slice('report.'.length)) : undefined;
}

/** The domain's check as form errors; problems no input shows are kept under `report`, for the form's alert. */
export function adReportFormErrors(
  issues: readonly SpecialFileIssue[],
  values: AdReportFormValues,
): Record<string, string> {
  return issueErrors(issues, values, adFormPathOf, 'report');
}
