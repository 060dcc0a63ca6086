import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { AccessAction, AccessOutcome } from './access-event.entity';
import { trailOf } from './access-trail';

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

/**
 * The one way access events are written. Fail closed: when the event cannot be written the caller gets 503
 * and no data. Writes pass their transaction's EntityManager, so event and change commit together.
 */
@Injectable()
export class AccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(actor: AuthenticatedUser | undefined, request: Request, event: AccessRecord, manager?: EntityManager): Promise<void> {
    const runner = manager ?? this.dataSource;
    const caseId = event.caseId && UUID.test(event.caseId) ? event.caseId : null;
    try {
      await runner.query(
        `INSERT INTO audit.access_events
           (actor_id, actor_role, actor_organisation_id, action, outcome, person_ids, case_id, resource, resource_id,
            fields, purpose, break_glass, break_glass_grant_id, request_id, source_address, user_agent)
         VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7, $8, $9, $10::text[], $11, $12, $13, $14, $15, $16)`,
        [
          actor?.id ?? null,
          actor?.role ?? 'anonymous',
          actor?.organisationId ?? null,
          event.action,
          event.outcome,
          [...new Set(event.personIds ?? [])],
          caseId,
          event.resource,
          event.resourceId?.slice(0, 64) ?? null,
          [...new Set(event.fields ?? [])].sort(),
          event.purpose ?? (actor ? ROLE_PURPOSE[actor.role] : 'unauthenticated'),
          event.breakGlass ?? false,
          event.breakGlassGrantId ?? null,
          (request as Request & { id?: string }).id?.toString().slice(0, 100) ?? null,
          request.ip?.slice(0, 64) ?? null,
          request.header('user-agent')?.slice(0, 256) ?? null,
        ],
      );
    } catch {
      // No log, no access. The cause goes nowhere near the client (it could quote the statement).
      throw new ServiceUnavailableException('The access log is unavailable; no data was returned');
    }
  }

  /** Records what a handler put on the request's trail (see `touched`). */
  async recordTrail(actor: AuthenticatedUser | undefined, request: Request, base: Omit<AccessRecord, 'personIds' | 'fields'>, manager?: EntityManager): Promise<void> {
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
