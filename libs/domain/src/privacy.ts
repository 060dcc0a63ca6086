/** AVG (GDPR) data-subject rights, art. 15–21. */
export const PRIVACY_REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
] as const;
export type PrivacyRequestType = (typeof PRIVACY_REQUEST_TYPES)[number];
export const PRIVACY_REQUEST_STATUSES = ['received', 'extended', 'completed'] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];
export const PRIVACY_REQUEST_OUTCOMES = ['granted', 'partially_granted', 'refused'] as const;
export type PrivacyRequestOutcome = (typeof PRIVACY_REQUEST_OUTCOMES)[number];

/**
 * Calendar months, month-end aware (art. 12(3) AVG: "within one month"): 31 January + 1 month is the last day of
 * February (28th, or 29th in a leap year); the time of day is kept. UTC throughout.
 */
export function addCalendarMonths(from: Date, months: number): Date {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(from.getUTCDate(), lastDay),
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
}

/** The answer is due one month after receipt. */
export function privacyRequestDueAt(receivedAt: Date): Date {
  return addCalendarMonths(receivedAt, 1);
}

/** An extension (art. 12(3)) may move the deadline by at most two further months: three after receipt in all. */
export function latestExtendedDueAt(receivedAt: Date): Date {
  return addCalendarMonths(receivedAt, 3);
}

/** Breach notification to the Autoriteit Persoonsgegevens: within 72 hours of discovery (art. 33). */
export function notifyAuthorityBy(discoveredAt: Date): Date {
  return new Date(discoveredAt.getTime() + 72 * 3600_000);
}

/** Retention per category, in one place: the code and the art. 30 register both read it. */
export const RETENTION_RULES = {
  programme: {
    years: 2,
    from: 'the end of the programme (completedAt)',
    basis: 'Wet verbetering poortwachter, UWV guidance',
  },
  fiscal: { years: 7, from: 'the end of the financial year', basis: 'Algemene wet inzake rijksbelastingen art. 52' },
  accessLog: { years: 5, from: 'the event', basis: 'NEN 7513' },
} as const;

/**
 * What a participant may consent to, and nothing else. Sharing with the employer is deliberately absent: it
 * rests on the reintegration obligations (Wet verbetering poortwachter), never on consent, which a worker
 * cannot freely give to their own employer (AVG art. 7(4), EDPB guidance 05/2020).
 */
export const CONSENT_PURPOSES = ['newsletter'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
/**
 * Purposes that were once offered for consent but that nothing in Spoor acted on: the satisfaction survey rests on
 * legitimate interest (see OBJECTION_PURPOSES), and Spoor has no case-study work. Their stored consents are kept
 * as history, ended with `purpose_retired`; no new consent can be given for them.
 */
export const RETIRED_CONSENT_PURPOSES = ['satisfaction_survey', 'case_study'] as const;
/** Why a consent no longer counts: the person withdrew it, its purpose was retired, or it doubled an active one. */
export const CONSENT_END_REASONS = ['withdrawn', 'purpose_retired', 'duplicate'] as const;
export type ConsentEndReason = (typeof CONSENT_END_REASONS)[number];

/**
 * Processing on legitimate interest (art. 6(1)(f) AVG) that a person can object to in one step (art. 21). An
 * objection with such a purpose takes effect when it is recorded and is never refused: the satisfaction survey
 * contacts people much like direct marketing does, so it is treated as absolute (art. 21(3)). The survey export
 * (tevredenheidsonderzoek, required by the Blik op Werk quality mark) leaves the person out from then on.
 */
export const OBJECTION_PURPOSES = ['satisfaction_survey'] as const;
export type ObjectionPurpose = (typeof OBJECTION_PURPOSES)[number];

/**
 * An export answering an access or portability request is delivered to the person in their own portal; the
 * privacy officer follows only its status. `awaiting_account`: the person has no portal account yet.
 */
export const EXPORT_DELIVERY_STATUSES = ['awaiting_account', 'available', 'downloaded', 'expired'] as const;
export type ExportDeliveryStatus = (typeof EXPORT_DELIVERY_STATUSES)[number];
/** Days a delivery stays downloadable after it was made available (the person can always use `/me/export`). */
export const EXPORT_DELIVERY_DAYS = 30;
/** The sections of an export, as its manifest counts them. */
export const EXPORT_MANIFEST_SECTIONS = [
  'personalia',
  'cases',
  'progressReports',
  'clientSummaries',
  'activities',
  'processDocuments',
  'specialFile',
  'healthDocuments',
  'accessLog',
  'disclosures',
  'consents',
  'privacyRequests',
] as const;
export type ExportManifestSection = (typeof EXPORT_MANIFEST_SECTIONS)[number];
