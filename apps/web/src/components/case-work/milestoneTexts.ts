import type { TFunction } from 'i18next';
import type { MilestoneBasis, MilestoneEvidence } from '../../api/useMilestones';
import { formatDateLong } from '../format';

/** A milestone's name: evaluations are numbered (Evaluatie 2). */
export function milestoneLabel(t: TFunction, item: { kind: string; sequence: number }): string {
  const label = t(`milestones.${item.kind}`);
  return item.kind === 'evaluation' && item.sequence > 0
    ? t('poortwachter.sequence', { label, sequence: item.sequence })
    : label;
}

/**
 * Why a milestone's date is what it is, as a sentence in the reader's language: "2 weken na de probleemanalyse
 * van 20 januari 2026". A basis the API sends that this app does not know yet gives an empty text.
 */
export function basisText(t: TFunction, basis: MilestoneBasis, language: string): string {
  const date = (iso: string) => formatDateLong(iso, language);
  const say = (key: string, params: Record<string, unknown> = {}) => t(`poortwachter.basis.${key}`, params);
  const projected = (value: boolean) => (value ? 'Projected' : '');
  // Samentelling: the days the person was recovered in between are left out of the count.
  const withHealthyDays = (text: string, days: number) =>
    days > 0 ? `${text} (${say('healthyDays', { count: days })})` : text;
  switch (basis.rule) {
    case 'week_of_sickness':
    case 'first_working_day_after_week':
    case 'uwv_after_week':
      return withHealthyDays(say(basis.rule, { week: basis.week }), basis.healthyDaysExcluded);
    case 'uwv_before_waiting_period_end':
    case 'before_waiting_period_end':
      return say(basis.rule, { weeks: basis.weeks, end: date(basis.end) });
    case 'after_problem_analysis':
    case 'after_first_year_evaluation':
      return say(`${basis.rule}${projected(basis.projected)}`, { weeks: basis.weeks, from: date(basis.from) });
    case 'after_previous_contact': {
      const previous = basis.previous === 'plan_of_approach' ? 'plan' : 'evaluation';
      return say(`after_previous_contact_${previous}${projected(basis.projected)}`, {
        weeks: basis.weeks,
        from: date(basis.from),
        sequence: basis.previousSequence,
      });
    }
    case 'before_wia_application':
      return say(basis.rule, { weeks: basis.weeks, from: date(basis.from) });
    case 'with_wia_application':
      return say(basis.rule, { from: date(basis.from) });
    case 'before_final_evaluation':
      return say(`${basis.rule}${projected(basis.projected)}`, { from: date(basis.from) });
    case 'waiting_period_end': {
      const extensions = [
        basis.voluntaryUntil ? say('voluntaryUntil', { date: date(basis.voluntaryUntil) }) : null,
        basis.loonsanctieWeeks ? say('loonsanctie', { count: basis.loonsanctieWeeks }) : null,
        basis.earlyIvaGranted ? say('earlyIva') : null,
      ].filter((part): part is string => part !== null);
      const text = [say(basis.rule, { weeks: basis.weeks }), ...extensions].join(', ');
      return withHealthyDays(text, basis.healthyDaysExcluded);
    }
    default:
      return '';
  }
}

/** Names of the case's reports, documents and activities by id, for showing and picking evidence. */
export interface EvidenceNames {
  reports: ReadonlyMap<string, string>;
  documents: ReadonlyMap<string, string>;
  activities: ReadonlyMap<string, string>;
}

/** The evidence of a milestone: its name where this reader can look it up, otherwise what kind of record it is. */
export function evidenceText(t: TFunction, evidence: MilestoneEvidence | null, names?: EvidenceNames): string {
  if (!evidence) return t('poortwachter.evidence.none');
  const [kind, name] =
    'reportId' in evidence
      ? (['report', names?.reports.get(evidence.reportId)] as const)
      : 'documentId' in evidence
        ? (['document', names?.documents.get(evidence.documentId)] as const)
        : (['activity', names?.activities.get(evidence.activityId)] as const);
  return name ? t(`poortwachter.evidence.${kind}Named`, { name }) : t(`poortwachter.evidence.${kind}`);
}
