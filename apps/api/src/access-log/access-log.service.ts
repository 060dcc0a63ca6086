import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccessDenials, RouteHandler } from '../security/access-denials';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { ACCESS_LOGGED, type AccessLogDeclaration } from './access-log.decorator';
import type { AccessAction, AccessOutcome } from './access-event.entity';
import { trailOf } from './access-trail';
import {
  canonicalAt,
  canonicalEvent,
  normaliseText,
  normaliseUuid,
  type CanonicalEvent,
} from './access-event-canonical';
import { AUDIT_KEY_RING, type AuditKeyRing } from './audit-key';
import { preparedQuery } from '../platform/database/prepared-query';
import { apiError } from '../platform/http/api-error';

/** Default purpose of processing per role (NEN 7513: why the access happened). */
export const ROLE_PURPOSE: Record<Role, string> = {
  coach: 'reintegration_guidance',
  labour_expert: 'occupational_assessment',
  client: 'client_reporting',
  participant: 'data_subject_access',
  admin: 'administration',
  privacy_officer: 'privacy_oversight',
};

export interface AccessRecord {
  action: AccessAction;
  outcome: AccessOutcome;
  resource: string;
  purpose?: string;
  resourceId?: string | null;
  caseId?: string | null;
  personIds?: Iterable<string>;
  fields?: Iterable<string>;
  breakGlass?: boolean;
  breakGlassGrantId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const COLUMNS = [
  'event_key',
  'at',
  'actor_id',
  'actor_role',
  'actor_organisation_id',
  'action',
  'outcome',
  'person_ids',
  'case_id',
  'resource',
  'resource_id',
  'fields',
  'purpose',
  'break_glass',
  'break_glass_grant_id',
  'request_id',
  'source_address',
  'user_agent',
  'mac',
  'mac_key_id',
] as const;
/** Events of one group commit at most. */
const MAX_BATCH = 500;
const COLUMN_TYPES: Record<(typeof COLUMNS)[number], string> = {
  event_key: 'uuid',
  at: 'timestamptz',
  actor_id: 'uuid',
  actor_role: 'text',
  actor_organisation_id: 'uuid',
  action: 'text',
  outcome: 'text',
  person_ids: 'uuid[]',
  case_id: 'uuid',
  resource: 'text',
  resource_id: 'text',
  fields: 'text[]',
  purpose: 'text',
  break_glass: 'boolean',
  break_glass_grant_id: 'uuid',
  request_id: 'text',
  source_address: 'text',
  user_agent: 'text',
  mac: 'text',
  mac_key_id: 'text',
};
/**
 * A whole group commit in one statement of fixed text (one JSON parameter, any number of events), so it is
 * prepared once per connection instead of planned for every batch size.
 */
const BATCH_INSERT = `INSERT INTO audit.access_events (${COLUMNS.join(', ')})
  SELECT ${COLUMNS.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS e(${COLUMNS.map((c) => `${c} ${COLUMN_TYPES[c]}`).join(', ')})`;

/** One event (inside a write's transaction, or retried alone): the values in COLUMNS order. */
const SINGLE_INSERT = `INSERT INTO audit.access_events (${COLUMNS.join(', ')})
  VALUES (${COLUMNS.map((c, i) => `$${i + 1}::${COLUMN_TYPES[c]}`).join(', ')})`;

/** What an event says, before the app gives it its identity, time and MAC. */
export type AccessEventContent = Omit<CanonicalEvent, 'eventKey' | 'at'>;

/**
 * An event's values in COLUMNS order: a fresh event key and the time chosen here, every value as PostgreSQL
 * will print it back, and the MAC over the canonical form under the current audit key. Computed in Node before
 * the insert, so the group commit stays one statement.
 */
export function accessEventValues(keys: AuditKeyRing, content: AccessEventContent, at = new Date()): unknown[] {
  const event: CanonicalEvent = {
    eventKey: randomUUID(),
    at: canonicalAt(at),
    actorId: normaliseUuid(content.actorId),
    actorRole: normaliseText(content.actorRole) as string,
    actorOrganisationId: normaliseUuid(content.actorOrganisationId),
    action: normaliseText(content.action) as string,
    outcome: normaliseText(content.outcome) as string,
    personIds: [...new Set(content.personIds.map((id) => normaliseUuid(id) as string))],
    caseId: normaliseUuid(content.caseId),
    resource: normaliseText(content.resource) as string,
    resourceId: normaliseText(content.resourceId),
    fields: content.fields.map((field) => normaliseText(field) as string),
    purpose: normaliseText(content.purpose) as string,
    breakGlass: content.breakGlass,
    breakGlassGrantId: normaliseUuid(content.breakGlassGrantId),
    requestId: normaliseText(content.requestId),
    sourceAddress: normaliseText(content.sourceAddress),
    userAgent: normaliseText(content.userAgent),
  };
  const { mac, keyId } = keys.sign(canonicalEvent(event));
  return [
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
    mac,
    keyId,
  ];
}

/** One MAC'd event through any connection or transaction (the retention cut records itself this way). */
export async function insertAccessEvent(
  runner: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  keys: AuditKeyRing,
  content: AccessEventContent,
  at?: Date,
): Promise<void> {
  await runner.query(SINGLE_INSERT, accessEventValues(keys, content, at));
}

/**
 * Many MAC'd events in one statement per 500 (bulk writers such as the synthetic seed: an INSERT … SELECT of
 * its own would write MAC-less events, which verify rejects once MACs exist).
 */
export async function insertAccessEvents(
  runner: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  keys: AuditKeyRing,
  contents: AccessEventContent[],
): Promise<void> {
  for (let start = 0; start < contents.length; start += MAX_BATCH) {
    const rows = contents
      .slice(start, start + MAX_BATCH)
      .map((content) => accessEventValues(keys, content))
      .map((values) => Object.fromEntries(COLUMNS.map((column, index) => [column, values[index]])));
    await runner.query(BATCH_INSERT, [JSON.stringify(rows)]);
  }
}

interface Pending {
  values: unknown[];
  done: (error?: unknown) => void;
}

/**
 * The one way access events are written. Fail closed: when the event cannot be written the caller gets 503
 * and no data. Writes pass their transaction's EntityManager, so event and change commit together.
 *
 * Reads are group-committed: every read still waits until its own event is durably committed before its data
 * leaves, but events that arrive while a commit is under way share the next one (one multi-row INSERT, one
 * WAL flush), as PostgreSQL's own group commit does for transactions. Under load this turns sixteen commits
 * into one; alone, an event is written at once.
 */
@Injectable()
export class AccessLogService implements AccessDenials {
  private readonly queue: Pending[] = [];
  private flushing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
    @Inject(AUDIT_KEY_RING) private readonly keys: AuditKeyRing,
  ) {}

  /** The guard refused a route: a route declared as touching personal data records the denial. */
  async recordDenied(user: AuthenticatedUser, request: Request, handler: RouteHandler): Promise<void> {
    const logged = this.reflector.get<AccessLogDeclaration>(ACCESS_LOGGED, handler);
    if (!logged) return;
    const id = request.params?.['id'];
    await this.record(user, request, {
      action: logged.action,
      resource: logged.resource,
      outcome: 'denied',
      caseId: typeof id === 'string' && request.path.includes('/cases/') ? id : null,
    });
  }

  async record(
    actor: AuthenticatedUser | undefined,
    request: Request,
    event: AccessRecord,
    manager?: EntityManager,
  ): Promise<void> {
    const caseId = event.caseId && UUID.test(event.caseId) ? event.caseId : null;
    const values = accessEventValues(this.keys, {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? 'anonymous',
      actorOrganisationId: actor?.organisationId ?? null,
      action: event.action,
      outcome: event.outcome,
      personIds: [...(event.personIds ?? [])],
      caseId,
      resource: event.resource,
      resourceId: event.resourceId?.slice(0, 64) ?? null,
      fields: [...new Set(event.fields ?? [])].sort(),
      purpose: event.purpose ?? (actor ? ROLE_PURPOSE[actor.role] : 'unauthenticated'),
      breakGlass: event.breakGlass ?? false,
      breakGlassGrantId: event.breakGlassGrantId ?? null,
      requestId: (request as Request & { id?: string }).id?.toString().slice(0, 100) ?? null,
      sourceAddress: request.ip?.slice(0, 64) ?? null,
      userAgent: request.header('user-agent')?.slice(0, 256) ?? null,
    });
    try {
      if (manager) await manager.query(SINGLE_INSERT, values);
      else await this.groupCommit(values);
    } catch {
      // No log, no access. The cause goes nowhere near the client (it could quote the statement).
      throw apiError(
        HttpStatus.SERVICE_UNAVAILABLE,
        'SERVICE_UNAVAILABLE',
        'The access log is unavailable; no data was returned',
      );
    }
  }

  /** Resolves once the event is committed; rejects when it could not be. */
  private groupCommit(values: unknown[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ values, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await preparedQuery(this.dataSource, BATCH_INSERT, [
            JSON.stringify(batch.map((pending) => Object.fromEntries(COLUMNS.map((c, i) => [c, pending.values[i]])))),
          ]);
          for (const pending of batch) pending.done();
        } catch (error) {
          if (batch.length === 1) {
            batch[0].done(error ?? new Error('access event not written'));
            continue;
          }
          // One event that cannot be written must not take the others down with it: each on its own.
          await Promise.all(
            batch.map((pending) =>
              this.dataSource.query(SINGLE_INSERT, pending.values).then(
                () => pending.done(),
                (single: unknown) => pending.done(single ?? new Error('access event not written')),
              ),
            ),
          );
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Records what a handler put on the request's trail (see `touched`). */
  async recordTrail(
    actor: AuthenticatedUser | undefined,
    request: Request,
    base: Omit<AccessRecord, 'personIds' | 'fields'>,
    manager?: EntityManager,
  ): Promise<void> {
    const trail = trailOf(request);
    await this.record(
      actor,
      request,
      {
        ...base,
        caseId: trail.caseId ?? base.caseId,
        resourceId: trail.resourceId ?? base.resourceId,
        personIds: trail.personIds,
        fields: trail.fields,
        breakGlass: trail.breakGlass ?? base.breakGlass,
        breakGlassGrantId: trail.breakGlassGrantId ?? base.breakGlassGrantId,
      },
      manager,
    );
  }
}
