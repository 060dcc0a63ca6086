import type { IsoDateTime } from './common';

export const ACCESS_OUTCOMES = ['allowed', 'denied'] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];

/** One access event as the privacy officer reads it (`GET /access-log`). */
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

/** `GET /access-log/anomalies`. */
export interface AccessLogAnomalies {
  massReads: MassReadView[];
  breakGlassAwaitingReview: BreakGlassAwaitingReviewView[];
  outsideOfficeHours: AccessEventView[];
}

/** `POST /access-log/break-glass/:id/review`. */
export interface BreakGlassReviewed {
  id: string;
  reviewed: boolean;
}

/** `GET /access-log/verify`: whether the hash chain and its seals are intact. */
export interface AccessLogVerification {
  ok: boolean;
  checked: number;
  seals: number;
  unsealed: number;
  /** The first event (by position in the chain) that does not verify, and why. */
  firstBad?: { position: string; reason: string };
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
