import type { IsoDateTime } from './common';

export const ACCESS_OUTCOMES = ['allowed', 'denied'] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];

/** One access event as the privacy officer reads it (`GET /access-log`). */
/** An account the privacy officer can filter the log by (participants are found through the person filter). */
export interface AccessLogActor {
  id: string;
  /** Null for an erased account. */
  name: string | null;
  role: string;
  organisation: string | null;
}

export interface AccessEventView {
  id: string;
  at: IsoDateTime;
  actorId: string | null;
  actorName: string | null;
  actorRole: string;
  actorOrganisation: string | null;
  action: string;
  outcome: AccessOutcome;
  caseId: string | null;
  caseReference: string | null;
  /** The first of `personIds` (the contract's field), null when the event names nobody. */
  personId: string | null;
  personIds: string[];
  resource: string;
  resourceId: string | null;
  fields: string[];
  purpose: string;
  breakGlass: boolean;
  requestId: string | null;
}

/** One actor reading many people's data within ten minutes. */
export interface MassReadView {
  actorId: string;
  actorRole: string;
  windowStart: IsoDateTime;
  people: number;
}

/** A break-the-glass access not yet reviewed by the privacy officer. */
export interface BreakGlassAwaitingReviewView {
  id: string;
  caseId: string;
  caseReference: string;
  userId: string;
  userName: string | null;
  userRole: string;
  reason: string | null;
  openedAt: IsoDateTime;
  expiresAt: IsoDateTime;
}

/**
 * What the privacy officer concluded about a break-the-glass access. `not_justified` and `needs_follow_up` open a
 * follow-up item on the officer's worklist; where health data was read under the grant, the officer is offered
 * to start a breach record from it.
 */
export const BREAK_GLASS_REVIEW_OUTCOMES = ['justified', 'not_justified', 'needs_follow_up'] as const;
export type BreakGlassReviewOutcome = (typeof BREAK_GLASS_REVIEW_OUTCOMES)[number];

/** Outcomes of a review that leave work for the privacy officer. */
export const BREAK_GLASS_FOLLOW_UP_OUTCOMES: readonly BreakGlassReviewOutcome[] = ['not_justified', 'needs_follow_up'];

/** A reviewed break-the-glass access whose outcome asks for follow-up, until the officer closes it. */
export interface BreakGlassFollowUpView {
  id: string;
  grantId: string;
  caseId: string;
  caseReference: string;
  userId: string;
  userName: string | null;
  userRole: string;
  outcome: BreakGlassReviewOutcome;
  /** The review's note (decrypted for the officer; null when none was given). */
  note: string | null;
  /** Whether the special file was read (or a health document downloaded) under the grant. */
  healthDataRead: boolean;
  openedAt: IsoDateTime;
  /** The breach record started from this follow-up, if any. */
  breachId: string | null;
}

/** `GET /access-log/anomalies`. */
export interface AccessLogAnomalies {
  massReads: MassReadView[];
  breakGlassAwaitingReview: BreakGlassAwaitingReviewView[];
  /** Open follow-ups of reviewed break-the-glass accesses (outcome not justified or needs follow-up). */
  breakGlassFollowUps: BreakGlassFollowUpView[];
  outsideOfficeHours: AccessEventView[];
}

/** `POST /access-log/break-glass/:id/review`. */
export interface BreakGlassReviewed {
  id: string;
  reviewed: boolean;
  outcome: BreakGlassReviewOutcome;
  /** The follow-up item the outcome opened; null for `justified`. */
  followUpId: string | null;
  /** Health data was read under the grant: the officer is offered to start a breach record. */
  healthDataRead: boolean;
}

/** `POST /access-log/break-glass/:id/breach`: the breach record started from a follow-up. */
export interface BreakGlassBreachStarted {
  grantId: string;
  followUpId: string;
  breachId: string;
}

/** `POST /access-log/break-glass/:id/follow-up/close`. */
export interface BreakGlassFollowUpClosed {
  grantId: string;
  followUpId: string;
  closed: boolean;
}

/** What verifying the access log can find wrong: stable codes, translated by the web app. */
export const ACCESS_LOG_PROBLEM_CODES = [
  /** An event in a sealed range differs from what was sealed. */
  'EVENT_CHANGED',
  /** An event of a sealed range is gone. */
  'EVENT_REMOVED',
  /** An event appeared in (or between, or before) sealed ranges. */
  'EVENT_INSERTED',
  /** An unsealed event is dated before the sealed ones: inserted into the past. */
  'EVENT_BACKDATED',
  /** An event's MAC does not match its content. */
  'EVENT_MAC_INVALID',
  /** An event without a MAC where every event has one (or not vouched for by a seal under a configured key). */
  'EVENT_MAC_MISSING',
  /** An event's MAC is under a key no longer configured and no later seal under a configured key vouches for it. */
  'EVENT_MAC_KEY_UNKNOWN',
  /** Two events share one identity (event key): one was copied. */
  'EVENT_KEY_REUSED',
  /** A seal's own fields no longer give its hash. */
  'SEAL_ALTERED',
  /** A seal does not continue the previous seal's hash. */
  'SEAL_CHAIN_BROKEN',
  /** The first seal does not continue from the recorded retention cut (or the beginning). */
  'SEAL_CHAIN_START',
  /** Seal numbers are not consecutive: a seal was removed. */
  'SEAL_ID_GAP',
  /** Two seals cover overlapping ranges. */
  'SEAL_RANGE_OVERLAP',
  /** A seal's MAC does not match: it was made (re-sealed) without the audit key. */
  'SEAL_MAC_INVALID',
  /** A seal without a MAC after MACs began (or not vouched for by a later seal under a configured key). */
  'SEAL_MAC_MISSING',
  /** A seal's MAC is under a key no longer configured and no later seal under a configured key vouches for it. */
  'SEAL_MAC_KEY_UNKNOWN',
  /** The latest retention cut has no authenticated event recording it. */
  'CUT_UNATTESTED',
  /** The anchor file is missing although it was asked for. */
  'ANCHOR_FILE_MISSING',
  /** A line of the anchor file cannot be read. */
  'ANCHOR_INVALID',
  /** An anchored seal is missing from the database. */
  'ANCHOR_SEAL_MISSING',
  /** An anchored seal has another hash in the database: the chain was re-sealed. */
  'ANCHOR_MISMATCH',
  /** The newest seal is older than the newest anchor: the log was rolled back. */
  'ANCHOR_ROLLBACK',
] as const;
export type AccessLogProblemCode = (typeof ACCESS_LOG_PROBLEM_CODES)[number];

export interface AccessLogProblem {
  code: AccessLogProblemCode;
  /** Where: `event 17`, `seal 3`, `events 1–30 (seal 1)`, `anchor line 4`. */
  position: string;
}

/** `GET /access-log/verify`: whether the events' MACs, the hash chain and its seals (and anchors) are intact. */
export interface AccessLogVerification {
  ok: boolean;
  checked: number;
  seals: number;
  unsealed: number;
  /** The first problem (by position in the chain), and why, in English. */
  firstBad?: { position: string; reason: string };
  /** Every problem found (at most 100), in chain order; empty when ok. */
  problems: AccessLogProblem[];
  /**
   * Events by how their MAC was checked: verified under a configured key, MAC-less from before MACs existed, or
   * under a retired master key (both of the latter vouched for by a later seal under a configured key).
   */
  macs: { verified: number; legacy: number; retiredKey: number };
  /** The external anchors, when checked: how many seals were anchored, the newest anchored seal. */
  anchors?: { present: boolean; checked: number; newestSealId: string | null };
  newestSeal?: { id: string; toEventId: string; sealHash: string; sealedAt: IsoDateTime };
}

/** `GET /me/access-log`: who accessed the caller's own data, in plain terms. */
export interface OwnAccessEventView {
  at: IsoDateTime;
  /** null when it was the caller themselves. */
  actorName: string | null;
  actorRole: string;
  actorOrganisation: string | null;
  byYou: boolean;
  action: string;
  resource: string;
  caseReference: string | null;
  fields: string[];
  purpose: string;
  breakGlass: boolean;
}
