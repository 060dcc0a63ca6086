import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamToday } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { MailService } from '../platform/mail/mail.service';
import { User } from '../users/user.entity';

export interface Reminders {
  requestsDueSoon: number;
  requestsOverdue: number;
  breachesToNotify: number;
  breachesOverdue: number;
  breakGlassToReview: number;
  /** Reviewed break-the-glass accesses whose follow-up is still open. */
  breakGlassFollowUps: number;
  milestonesDueSoon: number;
  milestonesOverdue: number;
}

const EMPTY: Reminders = {
  requestsDueSoon: 0,
  requestsOverdue: 0,
  breachesToNotify: 0,
  breachesOverdue: 0,
  breakGlassToReview: 0,
  breakGlassFollowUps: 0,
  milestonesDueSoon: 0,
  milestonesOverdue: 0,
};

/**
 * What needs attention, per role: the privacy officer's deadlines (requests, breaches, break-the-glass
 * reviews) and a coach's Poortwachter milestones. Shown on dashboards and sent once a day by e-mail: counts and
 * a link only, no personal data. The daily job (jobs/) sends them.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    @InjectConfig() private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  async forUser(userId: string, role: string): Promise<Reminders> {
    if (role === 'privacy_officer') {
      const [row] = await this.dataSource.query(`
        SELECT
          (SELECT count(*)::int FROM public.privacy_requests WHERE status <> 'completed' AND due_at >= now() AND due_at < now() + interval '7 days') AS "requestsDueSoon",
          (SELECT count(*)::int FROM public.privacy_requests WHERE status <> 'completed' AND due_at < now()) AS "requestsOverdue",
          (SELECT count(*)::int FROM public.breaches WHERE authority_notified_at IS NULL AND notify_authority_by >= now()) AS "breachesToNotify",
          (SELECT count(*)::int FROM public.breaches WHERE authority_notified_at IS NULL AND notify_authority_by < now()) AS "breachesOverdue",
          (SELECT count(*)::int FROM public.break_glass_grants WHERE reviewed_at IS NULL) AS "breakGlassToReview",
          (SELECT count(*)::int FROM public.break_glass_follow_ups WHERE closed_at IS NULL) AS "breakGlassFollowUps"`);
      return { ...EMPTY, ...row };
    }
    if (role === 'coach') {
      const [row] = await this.dataSource.query(
        // Real work only: open milestones (not done, not UWV's information, not suspended or lapsed); today in Dutch time.
        `SELECT count(*) FILTER (WHERE m.due_date >= $2::date AND m.due_date < $2::date + 7)::int AS "milestonesDueSoon",
                count(*) FILTER (WHERE m.due_date < $2::date)::int AS "milestonesOverdue"
           FROM public.case_milestones m JOIN public.cases c ON c.id = m.case_id
          WHERE c.coach_id = $1 AND m.state = 'open' AND c.status IN ('intake', 'active', 'on_hold')`,
        [userId, amsterdamToday(new Date())],
      );
      return { ...EMPTY, ...row };
    }
    return { ...EMPTY };
  }

  /** Sends the day's reminders; returns how many e-mails went out. */
  async sendReminders(): Promise<number> {
    const users = await this.dataSource
      .getRepository(User)
      .find({ where: [{ role: 'privacy_officer' }, { role: 'coach' }] });
    let sent = 0;
    for (const raw of users) {
      if (raw.disabledAt) continue;
      const reminders = await this.forUser(raw.id, raw.role);
      const lines = Object.entries(reminders)
        .filter(([, n]) => n > 0)
        .map(([key, n]) => `- ${LABELS[key as keyof Reminders]}: ${n}`);
      if (lines.length === 0) continue;
      const user = await this.fields.open(User, raw);
      await this.mail.send({
        to: user.email,
        subject: 'Spoor: wat vandaag aandacht vraagt',
        text: [
          `Beste ${user.displayName},`,
          '',
          'In Spoor vraagt het volgende uw aandacht:',
          ...lines,
          '',
          `Open Spoor: ${this.config.publicUrl}/`,
        ].join('\n'),
      });
      sent++;
    }
    return sent;
  }
}

const LABELS: Record<keyof Reminders, string> = {
  requestsDueSoon: 'verzoeken van betrokkenen met een termijn binnen 7 dagen',
  requestsOverdue: 'verzoeken van betrokkenen over de termijn',
  breachesToNotify: 'datalekken nog te melden (72 uur lopen)',
  breachesOverdue: 'datalekken te laat gemeld',
  breakGlassToReview: 'noodtoegangen te beoordelen',
  breakGlassFollowUps: 'noodtoegangen met een open opvolgpunt',
  milestonesDueSoon: 'Poortwachter-mijlpalen binnen 7 dagen',
  milestonesOverdue: 'Poortwachter-mijlpalen over de datum',
};
