import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService } from '../cases/case-access.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { BreakGlassGrant } from '../auth/break-glass-grant.entity';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';
import { trailOf } from '../access-log/access-trail';

/** Case lookups by reference one user may make in the window, refused ones included (then 429). */
export const BREAK_GLASS_LOOKUP_LIMIT = 10;
export const BREAK_GLASS_LOOKUP_WINDOW_MINUTES = 60;
/** The access-log resource of a lookup: the log is the lookups' count, so it cannot be reset or skipped. */
export const BREAK_GLASS_LOOKUP_RESOURCE = 'break_glass_lookup';

type LookupOutcome = { kind: 'found'; caseId: string } | { kind: 'not_found' } | { kind: 'throttled'; retry: number };

/**
 * Break-the-glass: an unassigned coach or labour expert opens a special file for a limited time, giving a
 * reason. The grant and its access event commit together; every later read is flagged in the log.
 */
@Injectable()
export class BreakGlassService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    @InjectConfig() private readonly config: AppConfig,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  /**
   * Finds a case by its exact reference for someone who may break the glass: its id, or 404 — the same for a
   * reference that does not exist and one outside `break_glass` reach. Nothing else about the case leaves
   * before a reason is given. Every lookup is an access event (found: allowed, with the case; not found or
   * throttled: denied), written under a per-user lock together with the count of the caller's lookups in the
   * window, so a burst of parallel guesses cannot slip past the limit: the lookup cannot serve as an oracle to
   * enumerate references.
   */
  async lookup(user: AuthenticatedUser, reference: string, request: Request): Promise<{ caseId: string }> {
    const exact = reference.trim().toUpperCase();
    const outcome = await this.dataSource.transaction(async (manager): Promise<LookupOutcome> => {
      // One lookup per user at a time. Another one still running is refused at once (not queued: a burst must
      // not hold the pool's connections while it waits); it is counted and logged like any other.
      const [{ locked }]: Array<{ locked: boolean }> = await manager.query(
        'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked',
        [`break_glass_lookup:${user.id}`],
      );
      const [counted]: Array<{ lookups: number; retry: number }> = await manager.query(
        `SELECT count(*)::int AS lookups,
                coalesce(ceil(extract(epoch FROM (min(at) + $3::interval - now())))::int, 0) AS retry
           FROM audit.access_events
          WHERE actor_id = $1 AND action = 'search' AND resource = $2 AND at > now() - $3::interval`,
        [user.id, BREAK_GLASS_LOOKUP_RESOURCE, `${BREAK_GLASS_LOOKUP_WINDOW_MINUTES} minutes`],
      );
      const throttled = !locked || counted.lookups >= BREAK_GLASS_LOOKUP_LIMIT;
      const caseId = throttled ? null : await this.caseAccess.idByReference(user, exact, 'break_glass', manager);
      await this.accessLog.record(
        user,
        request,
        {
          action: 'search',
          outcome: caseId ? 'allowed' : 'denied',
          resource: BREAK_GLASS_LOOKUP_RESOURCE,
          caseId,
          purpose: 'emergency_access',
        },
        manager,
      );
      if (throttled) return { kind: 'throttled', retry: locked ? counted.retry : 1 };
      return caseId ? { kind: 'found', caseId } : { kind: 'not_found' };
    });
    // The refusals below are recorded already (above, under the lock): the interceptor must not add another.
    trailOf(request).recorded = true;
    if (outcome.kind === 'throttled')
      throw apiError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_ATTEMPTS', 'Too many case lookups; try again later', {
        retryAfterSeconds: Math.max(1, outcome.retry),
      });
    if (outcome.kind === 'not_found') throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Case not found');
    return { caseId: outcome.caseId };
  }

  async open(
    user: AuthenticatedUser,
    caseId: string,
    reason: string,
    request: Request,
  ): Promise<{ id: string; caseId: string; expiresAt: Date }> {
    const { row: found } = await this.caseAccess.reach(user, caseId, 'break_glass');
    if (found.coach_id === user.id || found.labour_expert_id === user.id) {
      throw apiError(
        HttpStatus.CONFLICT,
        'BREAK_GLASS_NOT_NEEDED',
        'You are assigned to this case: no break-the-glass needed',
      );
    }
    const expiresAt = new Date(Date.now() + this.config.breakGlassMinutes * 60_000);
    const grant = await this.fields.seal(
      BreakGlassGrant,
      Object.assign(new BreakGlassGrant(), {
        id: randomUUID(),
        userId: user.id,
        caseId,
        personId: found.person_id,
        reason,
        expiresAt,
        reviewedAt: null,
        reviewedBy: null,
      }),
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(BreakGlassGrant).insert(grant);
      await this.accessLog.record(
        user,
        request,
        {
          action: 'break_glass',
          outcome: 'allowed',
          resource: 'special_file',
          caseId,
          personIds: [found.person_id],
          breakGlass: true,
          breakGlassGrantId: grant.id,
          purpose: 'emergency_access',
        },
        manager,
      );
    });
    return { id: grant.id, caseId, expiresAt };
  }
}
