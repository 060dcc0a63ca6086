import { addDays } from '../poortwachter';
import { LOONSANCTIE_MAX_WEEKS } from '../poortwachter/extensions';
import { FREE_TEXT_MAX_LENGTH, IssueList, type PlainObject, type SpecialFileIssue } from './issues';

/** What UWV decided or answered: a WIA decision, a loonsanctie, a deskundigenoordeel. Each may point at its document. */
export const UWV_DECISION_KINDS = ['wia_decision', 'loonsanctie', 'expert_opinion'] as const;
export type UwvDecisionKind = (typeof UWV_DECISION_KINDS)[number];

// ——— WIA ———

/**
 * WIA categories (Wet werk en inkomen naar arbeidsvermogen): below 35 % loss of earning capacity no benefit
 * (art. 5/6 WIA); 35 % up to 80 % WGA; 80 % or more is fully disabled (art. 4): IVA when that is durable,
 * otherwise WGA (the "WGA 80-100").
 */
export const WIA_CATEGORIES = ['below_35', 'wga', 'iva'] as const;
export type WiaCategory = (typeof WIA_CATEGORIES)[number];
export const WIA_PARTIAL_FROM_PERCENT = 35;
export const WIA_FULL_FROM_PERCENT = 80;

export function wiaCategory(lossOfEarningCapacity: number, durable: boolean): WiaCategory {
  if (lossOfEarningCapacity < WIA_PARTIAL_FROM_PERCENT) return 'below_35';
  if (lossOfEarningCapacity < WIA_FULL_FROM_PERCENT) return 'wga';
  return durable ? 'iva' : 'wga';
}

export interface WiaDecision {
  kind: 'wia_decision';
  decidedOn: string;
  /** Ingangsdatum: the day the decision takes effect. */
  startsOn: string;
  /** Mate van arbeidsongeschiktheid: loss of earning capacity in percent, at most two decimals. */
  lossOfEarningCapacity: number;
  /** Whether the full disability is durable; required from 80 %. */
  durable?: boolean;
  category: WiaCategory;
  documentId?: string;
  explanation?: string;
}

// ——— Loonsanctie ———

/** The shortcomings UWV names when it extends the wage obligation (tekortkomingen in de re-integratie). */
export const LOONSANCTIE_REASONS = [
  'problem_analysis_or_plan',
  'occupational_guidance',
  'spoor_1_insufficient',
  'spoor_2_late_or_missing',
  'spoor_2_insufficient',
  'advice_not_followed',
  'other',
] as const;
export type LoonsanctieReason = (typeof LOONSANCTIE_REASONS)[number];

export interface LoonsanctieDecision {
  kind: 'loonsanctie';
  decidedOn: string;
  /** 1 to 52 weeks (art. 25 lid 9 WIA). */
  weeks: number;
  startsOn?: string;
  reasons: LoonsanctieReason[];
  documentId?: string;
  /** Required with the reason 'other'. */
  explanation?: string;
}

// ——— Deskundigenoordeel ———

/** What a deskundigenoordeel is asked about (UWV's application form, one question per request). */
export const EXPERT_OPINION_QUESTIONS = [
  'fitness_own_work',
  'suitable_work',
  'employer_efforts',
  'employee_efforts',
  'frequent_absence',
] as const;
export type ExpertOpinionQuestion = (typeof EXPERT_OPINION_QUESTIONS)[number];

/** The answers that belong to each question. */
export const EXPERT_OPINION_ANSWERS = {
  fitness_own_work: ['fit', 'not_fit'],
  suitable_work: ['suitable', 'not_suitable'],
  employer_efforts: ['sufficient', 'insufficient'],
  employee_efforts: ['sufficient', 'insufficient'],
  frequent_absence: ['reducible', 'not_reducible'],
} as const satisfies Record<ExpertOpinionQuestion, readonly string[]>;
export type ExpertOpinionAnswer = (typeof EXPERT_OPINION_ANSWERS)[ExpertOpinionQuestion][number];

export const EXPERT_OPINION_REQUESTERS = ['employer', 'employee'] as const;
export type ExpertOpinionRequester = (typeof EXPERT_OPINION_REQUESTERS)[number];

/** UWV answers a deskundigenoordeel within two to four weeks. */
export const EXPERT_OPINION_ANSWER_WEEKS = 4;

export function expectedExpertOpinionAnswer(requestedOn: string): string {
  return addDays(requestedOn, EXPERT_OPINION_ANSWER_WEEKS * 7);
}

export interface ExpertOpinion {
  kind: 'expert_opinion';
  question: ExpertOpinionQuestion;
  requestedBy: ExpertOpinionRequester;
  requestedOn: string;
  expectedAnswerOn?: string;
  /** Together with `answer`: when UWV answered. */
  answeredOn?: string;
  answer?: ExpertOpinionAnswer;
  documentId?: string;
  explanation?: string;
}

export type UwvDecision = WiaDecision | LoonsanctieDecision | ExpertOpinion;

const KEYS: Readonly<Record<UwvDecisionKind, readonly string[]>> = {
  wia_decision: [
    'kind',
    'decidedOn',
    'startsOn',
    'lossOfEarningCapacity',
    'durable',
    'category',
    'documentId',
    'explanation',
  ],
  loonsanctie: ['kind', 'decidedOn', 'weeks', 'startsOn', 'reasons', 'documentId', 'explanation'],
  expert_opinion: [
    'kind',
    'question',
    'requestedBy',
    'requestedOn',
    'expectedAnswerOn',
    'answeredOn',
    'answer',
    'documentId',
    'explanation',
  ],
};

/** Every problem with a UWV decision, by field path. */
export function uwvDecisionProblems(value: unknown): SpecialFileIssue[] {
  const list = new IssueList();
  const kind = (value as PlainObject | null)?.['kind'];
  if (!(UWV_DECISION_KINDS as readonly unknown[]).includes(kind)) {
    if (list.object(value, 'decision', ['kind'])) list.oneOf(kind, 'kind', UWV_DECISION_KINDS);
    return list.issues;
  }
  if (!list.object(value, 'decision', KEYS[kind as UwvDecisionKind])) return list.issues;
  if (value['documentId'] !== undefined) list.uuid(value['documentId'], 'documentId');
  if (value['explanation'] !== undefined) list.text(value['explanation'], 'explanation', FREE_TEXT_MAX_LENGTH);
  if (kind === 'wia_decision') checkWia(list, value);
  else if (kind === 'loonsanctie') checkLoonsanctie(list, value);
  else checkExpertOpinion(list, value);
  return list.issues;
}

function checkWia(list: IssueList, value: PlainObject): void {
  list.date(value['decidedOn'], 'decidedOn');
  list.date(value['startsOn'], 'startsOn');
  const loss = value['lossOfEarningCapacity'];
  let lossOk = list.number(loss, 'lossOfEarningCapacity', 0, 100);
  // UWV states the percentage with at most two decimals.
  if (lossOk && Math.abs(Math.round((loss as number) * 100) - (loss as number) * 100) > 1e-6)
    lossOk = list.add('lossOfEarningCapacity', 'INVALID_FORMAT');
  const needsDurable = lossOk && (loss as number) >= WIA_FULL_FROM_PERCENT;
  const durableOk =
    value['durable'] === undefined
      ? !needsDurable || list.add('durable', 'REQUIRED')
      : list.boolean(value['durable'], 'durable');
  if (!list.oneOf(value['category'], 'category', WIA_CATEGORIES) || !lossOk || !durableOk) return;
  const derived = wiaCategory(loss as number, value['durable'] === true);
  if (derived !== value['category'])
    list.add('category', 'INCONSISTENT', { with: needsDurable ? 'durable' : 'lossOfEarningCapacity', derived });
}

function checkLoonsanctie(list: IssueList, value: PlainObject): void {
  list.date(value['decidedOn'], 'decidedOn');
  list.number(value['weeks'], 'weeks', 1, LOONSANCTIE_MAX_WEEKS, { whole: true });
  if (value['startsOn'] !== undefined) list.date(value['startsOn'], 'startsOn');
  const reasons = value['reasons'];
  if (list.codes(reasons, 'reasons', LOONSANCTIE_REASONS)) {
    if (reasons.length === 0) list.add('reasons', 'REQUIRED');
    if (reasons.includes('other') && value['explanation'] === undefined) list.add('explanation', 'REQUIRED');
  }
}

function checkExpertOpinion(list: IssueList, value: PlainObject): void {
  const questionOk = list.oneOf(value['question'], 'question', EXPERT_OPINION_QUESTIONS);
  list.oneOf(value['requestedBy'], 'requestedBy', EXPERT_OPINION_REQUESTERS);
  const requestedOk = list.date(value['requestedOn'], 'requestedOn');
  const requestedOn = requestedOk ? value['requestedOn'] : undefined;
  if (value['expectedAnswerOn'] !== undefined)
    list.dateFrom(value['expectedAnswerOn'], 'expectedAnswerOn', requestedOn);
  const answered = value['answeredOn'] !== undefined;
  const answer = value['answer'];
  if (answered) list.dateFrom(value['answeredOn'], 'answeredOn', requestedOn);
  if (answer === undefined) {
    if (answered) list.add('answer', 'REQUIRED');
    return;
  }
  if (!answered) list.add('answeredOn', 'REQUIRED');
  if (questionOk) list.oneOf(answer, 'answer', EXPERT_OPINION_ANSWERS[value['question'] as ExpertOpinionQuestion]);
}
