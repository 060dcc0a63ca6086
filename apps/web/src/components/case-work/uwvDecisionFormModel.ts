import {
  EXPERT_OPINION_ANSWERS,
  WIA_FULL_FROM_PERCENT,
  wiaCategory,
  type ExpertOpinionQuestion,
  type ExpertOpinionRequester,
  type LoonsanctieReason,
  type SpecialFileIssue,
  type UwvDecision,
  type UwvDecisionKind,
  type WiaCategory,
} from '@spoor/domain';
import { formListPath, issueErrors } from './formIssues';

/**
 * A UWV decision as form values: one set of fields for the three kinds (the dates a WIA decision and a
 * loonsanctie share stay when the kind changes), and the way back to the UwvDecision the API takes, with only
 * the chosen kind's fields.
 */
export interface UwvDecisionFormValues {
  kind: UwvDecisionKind | '';
  decidedOn: string | null;
  startsOn: string | null;
  lossOfEarningCapacity: number | string;
  durable: 'yes' | 'no' | '';
  weeks: number | string;
  reasons: LoonsanctieReason[];
  question: ExpertOpinionQuestion | '';
  requestedBy: ExpertOpinionRequester | '';
  requestedOn: string | null;
  expectedAnswerOn: string | null;
  answeredOn: string | null;
  answer: string;
  documentId: string | null;
  explanation: string;
}

export function initialUwvDecisionValues(): UwvDecisionFormValues {
  return {
    kind: '',
    decidedOn: null,
    startsOn: null,
    lossOfEarningCapacity: '',
    durable: '',
    weeks: '',
    reasons: [],
    question: '',
    requestedBy: '',
    requestedOn: null,
    expectedAnswerOn: null,
    answeredOn: null,
    answer: '',
    documentId: null,
    explanation: '',
  };
}

const numberOrUndefined = (value: number | string): number | undefined =>
  value === '' || value === null || Number.isNaN(Number(value)) ? undefined : Number(value);

/** Whether the loss of earning capacity is high enough (≥ 80 %) that UWV states whether it is durable. */
export function asksDurable(values: UwvDecisionFormValues): boolean {
  const loss = numberOrUndefined(values.lossOfEarningCapacity);
  return loss !== undefined && loss >= WIA_FULL_FROM_PERCENT;
}

/** The WIA category the percentage (and, from 80 %, durability) makes; null while it cannot be told yet. */
export function derivedWiaCategory(values: UwvDecisionFormValues): WiaCategory | null {
  const loss = numberOrUndefined(values.lossOfEarningCapacity);
  if (loss === undefined) return null;
  if (asksDurable(values) && values.durable === '') return null;
  return wiaCategory(loss, values.durable === 'yes');
}

/** The answers that belong to the chosen question (none while no question is chosen). */
export function answersFor(question: ExpertOpinionQuestion | ''): readonly string[] {
  return question === '' ? [] : EXPERT_OPINION_ANSWERS[question];
}

const optional = <K extends string, V>(key: K, value: V | null | undefined | ''): Partial<Record<K, V>> =>
  value === null || value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);

/**
 * The UwvDecision the values make: only the chosen kind's fields. Built as entered, also when incomplete: the
 * domain's check (uwvDecisionProblems) and the API name what is missing.
 */
export function toUwvDecision(values: UwvDecisionFormValues): UwvDecision {
  const explanation = values.explanation.trim();
  const common = { ...optional('documentId', values.documentId), ...optional('explanation', explanation) };
  switch (values.kind) {
    case 'wia_decision': {
      const loss = numberOrUndefined(values.lossOfEarningCapacity);
      // The category is derived, never typed; durability is asked (and sent) only from 80 %.
      const durable = asksDurable(values) && values.durable !== '' ? { durable: values.durable === 'yes' } : {};
      const category = loss !== undefined ? { category: wiaCategory(loss, values.durable === 'yes') } : {};
      return {
        kind: 'wia_decision',
        ...optional('decidedOn', values.decidedOn),
        ...optional('startsOn', values.startsOn),
        ...optional('lossOfEarningCapacity', loss),
        ...durable,
        ...category,
        ...common,
      } as UwvDecision;
    }
    case 'loonsanctie':
      return {
        kind: 'loonsanctie',
        ...optional('decidedOn', values.decidedOn),
        ...optional('weeks', numberOrUndefined(values.weeks)),
        ...optional('startsOn', values.startsOn),
        reasons: [...values.reasons],
        ...common,
      } as UwvDecision;
    case 'expert_opinion': {
      const answer = answersFor(values.question).includes(values.answer) ? values.answer : '';
      return {
        kind: 'expert_opinion',
        ...optional('question', values.question),
        ...optional('requestedBy', values.requestedBy),
        ...optional('requestedOn', values.requestedOn),
        ...optional('expectedAnswerOn', values.expectedAnswerOn),
        ...optional('answeredOn', values.answeredOn),
        ...optional('answer', answer),
        ...common,
      } as UwvDecision;
    }
    default:
      return {} as UwvDecision;
  }
}

/**
 * The form path that shows a problem with a field of the decision (as uwvDecisionProblems names it, and the API
 * after `decision.`): the derived category at the percentage it comes from, a reason at the reasons.
 */
export function uwvFormPathOf(field: string): string {
  if (field === 'category') return 'lossOfEarningCapacity';
  return formListPath(field).replace(/^reasons\.\d+$/, 'reasons');
}

/** Where the API's problems go: `decision.…` at its input. */
export function uwvApiFieldPath(field: string): string | undefined {
  return field.startsWith('decision.') ? uwvFormPathOf(field.slice('decision.'.length)) : undefined;
}

/** The domain's check as form errors; problems no input shows are kept under `decision`, for the form's alert. */
export function uwvDecisionFormErrors(
  issues: readonly SpecialFileIssue[],
  values: UwvDecisionFormValues,
): Record<string, string> {
  return issueErrors(issues, values, uwvFormPathOf, 'decision');
}
