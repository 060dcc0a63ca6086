import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { apiError } from '../platform/http/api-error';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { BreakGlassGrant } from '../auth/break-glass-grant.entity';
import { User } from '../users/user.entity';
import { AccessLogReadService } from '../access-log/access-log-read.service';

/** Distinct people one actor reads within ten minutes before it counts as a mass read. */
export const MASS_READ_PEOPLE = 25;

/**
 * What a privacy officer should look at in the access log: mass reads, break-the-glass access awaiting
 * review, reads outside office hours; and the review that clears a break-the-glass access from the list.
 * Privacy oversight, not the log itself: it joins the log with break-the-glass grants and users.
 */
@Injectable()
export class AccessAnomaliesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly events: AccessLogReadService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The report, and the people whose break-the-glass access it shows (for the access event). */
  async report() {
    const mass: Array<{ actor_id: string; actor_role: string; window_start: Date; people: number }> =
      await this.dataSource.query(
        `SELECT e.actor_id, e.actor_role,
              date_trunc('hour', e.at) + floor(extract(minute FROM e.at) / 10) * interval '10 minutes' AS window_start,
              count(DISTINCT p)::int AS people
         FROM audit.access_events e, unnest(e.person_ids) p
        WHERE e.outcome = 'allowed' AND e.action IN ('read', 'download', 'export') AND e.at > now() - interval '7 days'
        GROUP BY 1, 2, 3 HAVING count(DISTINCT p) >= $1 ORDER BY 3 DESC LIMIT 100`,
        [MASS_READ_PEOPLE],
      );
    const grants: Array<{
      id: string;
      user_id: string;
      case_id: string;
      reference: string;
      role: string;
      display_name: string;
      person_id: string;
      reason: string;
      created_at: Date;
      expires_at: Date;
    }> = await this.dataSource.query(
      `SELECT g.id, g.user_id, g.case_id, c.reference, u.role, u.display_name, g.person_id, g.reason, g.created_at, g.expires_at
           FROM public.break_glass_grants g JOIN public.cases c ON c.id = g.case_id JOIN public.users u ON u.id = g.user_id
          WHERE g.reviewed_at IS NULL ORDER BY g.created_at`,
    );
    const offHours = await this.events.outsideOfficeHours();
    const name = (userId: string, value: string) =>
      this.fields.openColumn(User, 'displayName', userId, value).catch(() => null);
    const anomalies = {
      massReads: await Promise.all(
        mass.map(async (m) => ({
          actorId: m.actor_id,
          actorRole: m.actor_role,
          windowStart: m.window_start,
          people: m.people,
        })),
      ),
      breakGlassAwaitingReview: await Promise.all(
        grants.map(async (g) => ({
          id: g.id,
          caseId: g.case_id,
          caseReference: g.reference,
          userId: g.user_id,
          userName: await name(g.user_id, g.display_name),
          userRole: g.role,
          reason: await this.fields.openColumn(BreakGlassGrant, 'reason', g.id, g.reason).catch(() => null),
          openedAt: g.created_at,
          expiresAt: g.expires_at,
        })),
      ),
      outsideOfficeHours: offHours,
    };
    return { anomalies, personIds: grants.map((g) => g.person_id) };
  }

  /**
   * Marks a break-the-glass access as reviewed; 404 when there is none awaiting review with this id. The review
   * clears the access from the officer's list for good: it commits together with its access event or not at all.
   */
  async reviewBreakGlass(reviewer: AuthenticatedUser, grantId: string, request: Request): Promise<{ caseId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const [updated]: [Array<{ id: string; case_id: string; person_id: string }>, number] = await manager.query(
        'UPDATE public.break_glass_grants SET reviewed_at = now(), reviewed_by = $2 WHERE id = $1 AND reviewed_at IS NULL RETURNING id, case_id, person_id',
        [grantId, reviewer.id],
      );
      if (updated.length === 0)
        throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'No break-the-glass grant awaiting review with this id');
      await this.accessLog.record(
        reviewer,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'break_glass_grant',
          resourceId: grantId,
          caseId: updated[0].case_id,
          personIds: [updated[0].person_id],
          fields: ['reviewedAt'],
        },
        manager,
      );
      return { caseId: updated[0].case_id };
    });
  }
}
