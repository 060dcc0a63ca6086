import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  BREAK_GLASS_FOLLOW_UP_OUTCOMES,
  type BreakGlassBreachStarted,
  type BreakGlassFollowUpClosed,
  type BreakGlassReviewOutcome,
  type BreakGlassReviewed,
} from '@spoor/domain';
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
import { BreachesService } from './breaches.service';
import type { BreakGlassBreachDto } from './dto/break-glass-review.dto';

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
    private readonly breaches: BreachesService,
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
    const followUps: Array<{
      id: string;
      grant_id: string;
      case_id: string;
      reference: string;
      user_id: string;
      role: string;
      display_name: string;
      person_id: string;
      outcome: BreakGlassReviewOutcome;
      review_note: string | null;
      health_data_read: boolean;
      opened_at: Date;
      breach_id: string | null;
    }> = await this.dataSource.query(
      `SELECT f.id, f.grant_id, f.case_id, c.reference, g.user_id, u.role, u.display_name, g.person_id, f.outcome,
              g.review_note, f.health_data_read, f.opened_at, f.breach_id
         FROM public.break_glass_follow_ups f
         JOIN public.break_glass_grants g ON g.id = f.grant_id
         JOIN public.cases c ON c.id = f.case_id
         JOIN public.users u ON u.id = g.user_id
        WHERE f.closed_at IS NULL ORDER BY f.opened_at`,
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
      breakGlassFollowUps: await Promise.all(
        followUps.map(async (f) => ({
          id: f.id,
          grantId: f.grant_id,
          caseId: f.case_id,
          caseReference: f.reference,
          userId: f.user_id,
          userName: await name(f.user_id, f.display_name),
          userRole: f.role,
          outcome: f.outcome,
          note: f.review_note
            ? await this.fields.openColumn(BreakGlassGrant, 'reviewNote', f.grant_id, f.review_note).catch(() => null)
            : null,
          healthDataRead: f.health_data_read,
          openedAt: f.opened_at,
          breachId: f.breach_id,
        })),
      ),
      outsideOfficeHours: offHours,
    };
    return { anomalies, personIds: [...grants.map((g) => g.person_id), ...followUps.map((f) => f.person_id)] };
  }

  /**
   * Reviews a break-the-glass access: the outcome, and a note sealed under the person's key (it may describe
   * their situation). `not_justified` and `needs_follow_up` open a follow-up on the officer's worklist; the
   * answer says whether health data was read under the grant (then the web offers a breach record). 404 when no
   * grant awaits review with this id. Review, follow-up and access event commit together or not at all.
   */
  async reviewBreakGlass(
    reviewer: AuthenticatedUser,
    grantId: string,
    input: { outcome: BreakGlassReviewOutcome; note?: string },
    request: Request,
  ): Promise<BreakGlassReviewed> {
    const [grant]: Array<{ person_id: string; case_id: string; created_at: Date }> = await this.dataSource.query(
      'SELECT person_id, case_id, created_at FROM public.break_glass_grants WHERE id = $1 AND reviewed_at IS NULL',
      [grantId],
    );
    if (!grant)
      throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'No break-the-glass grant awaiting review with this id');
    const note = input.note?.trim() || null;
    const sealedNote = note
      ? (
          await this.fields.seal(
            BreakGlassGrant,
            Object.assign(new BreakGlassGrant(), { id: grantId, personId: grant.person_id, reviewNote: note }),
          )
        ).reviewNote
      : null;
    const healthDataRead = await this.healthDataReadUnder(grantId, grant.case_id, grant.created_at);
    const opensFollowUp = BREAK_GLASS_FOLLOW_UP_OUTCOMES.includes(input.outcome);
    const followUpId = opensFollowUp ? randomUUID() : null;
    await this.dataSource.transaction(async (manager) => {
      const [updated]: [Array<{ id: string }>, number] = await manager.query(
        `UPDATE public.break_glass_grants SET reviewed_at = now(), reviewed_by = $2, review_outcome = $3, review_note = $4
          WHERE id = $1 AND reviewed_at IS NULL RETURNING id`,
        [grantId, reviewer.id, input.outcome, sealedNote],
      );
      // Someone else reviewed it meanwhile.
      if (updated.length === 0)
        throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'No break-the-glass grant awaiting review with this id');
      if (followUpId)
        await manager.query(
          `INSERT INTO public.break_glass_follow_ups (id, grant_id, case_id, outcome, health_data_read, opened_by)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [followUpId, grantId, grant.case_id, input.outcome, healthDataRead, reviewer.id],
        );
      await this.accessLog.record(
        reviewer,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'break_glass_grant',
          resourceId: grantId,
          caseId: grant.case_id,
          personIds: [grant.person_id],
          fields: ['reviewedAt', 'reviewOutcome', ...(note ? ['reviewNote'] : []), ...(followUpId ? ['followUp'] : [])],
        },
        manager,
      );
    });
    return { id: grantId, reviewed: true, outcome: input.outcome, followUpId, healthDataRead };
  }

  /**
   * Whether health data left the special file under the grant: an allowed read or download that names it in
   * the access log (the grant opens nothing but the special file). Searched through the case's events since the
   * grant was opened, so the case index serves it.
   */
  private async healthDataReadUnder(grantId: string, caseId: string, openedAt: Date): Promise<boolean> {
    const [row]: Array<{ read: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM audit.access_events
          WHERE case_id = $2 AND at >= $3 AND break_glass_grant_id = $1 AND outcome = 'allowed'
            AND action IN ('read', 'download', 'export', 'print')
       ) AS read`,
      [grantId, caseId, openedAt],
    );
    return row?.read === true;
  }

  /** The open follow-up of a reviewed grant: 404 without one, 409 when closed or when a breach was started. */
  private async openFollowUp(grantId: string, forBreach: boolean): Promise<{ id: string; case_id: string }> {
    const [followUp]: Array<{ id: string; case_id: string; breach_id: string | null; closed_at: Date | null }> =
      await this.dataSource.query(
        'SELECT id, case_id, breach_id, closed_at FROM public.break_glass_follow_ups WHERE grant_id = $1',
        [grantId],
      );
    if (!followUp) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'No break-the-glass follow-up for this grant');
    if (followUp.closed_at)
      throw apiError(HttpStatus.CONFLICT, 'BREAK_GLASS_FOLLOW_UP_CLOSED', 'This follow-up was already closed');
    if (forBreach && followUp.breach_id)
      throw apiError(
        HttpStatus.CONFLICT,
        'BREAK_GLASS_BREACH_ALREADY_STARTED',
        'A breach record was already started from this follow-up',
      );
    return followUp;
  }

  /**
   * The breach record the officer confirmed from a follow-up: registered through the breach register (its own
   * event, the 72-hour clock from now) and linked to the follow-up in the same transaction.
   */
  async startBreach(
    officer: AuthenticatedUser,
    grantId: string,
    input: BreakGlassBreachDto,
    request: Request,
  ): Promise<BreakGlassBreachStarted> {
    const followUp = await this.openFollowUp(grantId, true);
    const breach = await this.breaches.register(
      officer,
      {
        discoveredAt: new Date().toISOString(),
        nature: input.nature.trim(),
        categoriesOfPeople: input.categoriesOfPeople,
        approximatePeople: 1,
        categoriesOfRecords: input.categoriesOfRecords,
      },
      request,
      async (manager, breachId) => {
        const [, linked] = await manager.query(
          `UPDATE public.break_glass_follow_ups SET breach_id = $2
            WHERE id = $1 AND breach_id IS NULL AND closed_at IS NULL`,
          [followUp.id, breachId],
        );
        // Raced with another confirmation or a close: nothing of this one stays.
        if (Number(linked) !== 1)
          throw apiError(
            HttpStatus.CONFLICT,
            'BREAK_GLASS_BREACH_ALREADY_STARTED',
            'A breach record was already started from this follow-up',
          );
      },
    );
    return { grantId, followUpId: followUp.id, breachId: breach.id };
  }

  /** The officer closes a follow-up: off the worklist, kept with who closed it and when. */
  async closeFollowUp(
    officer: AuthenticatedUser,
    grantId: string,
    request: Request,
  ): Promise<BreakGlassFollowUpClosed> {
    const followUp = await this.openFollowUp(grantId, false);
    await this.dataSource.transaction(async (manager) => {
      const [, closed] = await manager.query(
        'UPDATE public.break_glass_follow_ups SET closed_at = now(), closed_by = $2 WHERE id = $1 AND closed_at IS NULL',
        [followUp.id, officer.id],
      );
      if (Number(closed) !== 1)
        throw apiError(HttpStatus.CONFLICT, 'BREAK_GLASS_FOLLOW_UP_CLOSED', 'This follow-up was already closed');
      await this.accessLog.record(
        officer,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'break_glass_follow_up',
          resourceId: followUp.id,
          caseId: followUp.case_id,
          fields: ['closedAt'],
        },
        manager,
      );
    });
    return { grantId, followUpId: followUp.id, closed: true };
  }
}
