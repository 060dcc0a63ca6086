import { createHash } from 'node:crypto';

/**
 * The canonical form of an access event: what its MAC covers and what a seal hashes. A JSON array with a fixed
 * order, explicit nulls and JSON string escaping, so no two different events share a form (the first format,
 * `concat_ws('|', …)`, skipped NULLs and did not escape `|` or `,`: moving a value into a NULL neighbour or
 * writing `a|b` into one field hashed alike). Computed in Node, for the MAC before the insert and for seals and
 * verification from the stored row, so both sides must read back exactly what was written (see `normalise*`).
 */
export interface CanonicalEvent {
  /** Chosen by the app at record time (a random UUID): the identity the MAC binds; null before MACs existed. */
  eventKey: string | null;
  /** UTC, microseconds: `2026-05-04T10:15:00.123000Z`. Chosen by the app for MAC'd events. */
  at: string;
  actorId: string | null;
  actorRole: string;
  actorOrganisationId: string | null;
  action: string;
  outcome: string;
  personIds: string[];
  caseId: string | null;
  resource: string;
  resourceId: string | null;
  fields: string[];
  purpose: string;
  breakGlass: boolean;
  breakGlassGrantId: string | null;
  requestId: string | null;
  sourceAddress: string | null;
  userAgent: string | null;
}

const EVENT_FORMAT = 'spoor-access-event-v2';
const SEALED_EVENT_FORMAT = 'spoor-sealed-event-v2';

export function canonicalEvent(event: CanonicalEvent): string {
  return JSON.stringify([
    EVENT_FORMAT,
    event.eventKey,
    event.at,
    event.actorId,
    event.actorRole,
    event.actorOrganisationId,
    event.action,
    event.outcome,
    event.personIds,
    event.caseId,
    event.resource,
    event.resourceId,
    event.fields,
    event.purpose,
    event.breakGlass,
    event.breakGlassGrantId,
    event.requestId,
    event.sourceAddress,
    event.userAgent,
  ]);
}

/** `at` as PostgreSQL prints it back through EVENT_SELECT (millisecond Dates gain three zeros). */
export function canonicalAt(date: Date): string {
  return `${date.toISOString().slice(0, 23)}000Z`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** PostgreSQL prints a uuid in lower case: MAC what it will print. */
export function normaliseUuid(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return UUID.test(value) ? value.toLowerCase() : value;
}

/**
 * Text as PostgreSQL will store it: a lone UTF-16 surrogate (a `slice` through an emoji in a user agent)
 * becomes U+FFFD on the way in, so it does here too, and at most `max` characters.
 */
export function normaliseText(value: string | null | undefined, max?: number): string | null {
  if (value === null || value === undefined) return null;
  const sliced = max === undefined ? value : value.slice(0, max);
  return Buffer.from(sliced, 'utf8').toString('utf8');
}

/** The event's columns, read back in the canonical shape (`EventRow`); `e` is audit.access_events. */
export const EVENT_SELECT = `e.id::text AS id, e.event_key::text AS event_key,
  to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, e.actor_id::text AS actor_id, e.actor_role,
  e.actor_organisation_id::text AS actor_organisation_id, e.action, e.outcome, to_json(e.person_ids) AS person_ids,
  e.case_id::text AS case_id, e.resource, e.resource_id, to_json(e.fields) AS fields, e.purpose, e.break_glass,
  e.break_glass_grant_id::text AS break_glass_grant_id, e.request_id, e.source_address, e.user_agent, e.mac,
  e.mac_key_id`;

/**
 * The first format, kept only to verify seals made before the canonical form existed (version 1). Ambiguous:
 * never used for anything new.
 */
export const LEGACY_EVENT_LINE = `concat_ws('|', e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor_id, e.actor_role,
  e.actor_organisation_id, e.action, e.outcome, array_to_string(e.person_ids, ','), e.case_id, e.resource, e.resource_id,
  array_to_string(e.fields, ','), e.purpose, e.break_glass, e.break_glass_grant_id, e.request_id, e.source_address, e.user_agent)`;

export interface EventRow {
  id: string;
  event_key: string | null;
  at: string;
  actor_id: string | null;
  actor_role: string;
  actor_organisation_id: string | null;
  action: string;
  outcome: string;
  person_ids: string[];
  case_id: string | null;
  resource: string;
  resource_id: string | null;
  fields: string[];
  purpose: string;
  break_glass: boolean;
  break_glass_grant_id: string | null;
  request_id: string | null;
  source_address: string | null;
  user_agent: string | null;
  mac: string | null;
  mac_key_id: string | null;
  legacy_line?: string;
}

export function eventOfRow(row: EventRow): CanonicalEvent {
  return {
    eventKey: row.event_key,
    at: row.at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    actorOrganisationId: row.actor_organisation_id,
    action: row.action,
    outcome: row.outcome,
    personIds: row.person_ids,
    caseId: row.case_id,
    resource: row.resource,
    resourceId: row.resource_id,
    fields: row.fields,
    purpose: row.purpose,
    breakGlass: row.break_glass,
    breakGlassGrantId: row.break_glass_grant_id,
    requestId: row.request_id,
    sourceAddress: row.source_address,
    userAgent: row.user_agent,
  };
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * What a (version 2) seal hashes per event: its position, canonical form and MAC, so a seal also fixes each
 * event's id (the MAC cannot: the database numbers the events) and its MAC.
 */
export function sealedEventLine(row: EventRow): string {
  return JSON.stringify([SEALED_EVENT_FORMAT, row.id, canonicalEvent(eventOfRow(row)), row.mac, row.mac_key_id]);
}
