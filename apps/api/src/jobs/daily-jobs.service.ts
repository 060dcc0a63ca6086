import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamToday } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { MilestonesService } from '../poortwachter/milestones.service';
import { RemindersService } from '../privacy/reminders.service';
import { RetentionService } from '../privacy/retention.service';
import { systemActor } from '../security/system-actor';
import { DocumentSweepService } from './document-sweep.service';

export interface DailyJobsResult {
  ran: boolean;
  remindersSent: number;
  erased: number;
}

/**
 * Once a day across all instances: programme-data retention, the materialised Poortwachter milestones, the
 * reminder e-mails, the document sweep. A
 * transaction-scoped advisory lock lets one instance at a time in, and `job_runs` remembers the day it ran.
 */
@Injectable()
export class DailyJobsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly retention: RetentionService,
    private readonly reminders: RemindersService,
    private readonly documents: DocumentSweepService,
    private readonly milestones: MilestonesService,
  ) {}

  /** `today`: the day in Europe/Amsterdam (the job runs once per Dutch calendar day). */
  async run(today = amsterdamToday(new Date())): Promise<DailyJobsResult> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        "SELECT pg_try_advisory_xact_lock(hashtext('spoor-daily-jobs')) AS locked",
      );
      if (!locked) return { ran: false, remindersSent: 0, erased: 0 };
      const [last] = await manager.query(
        "SELECT to_char(last_run_on, 'YYYY-MM-DD') AS day FROM public.job_runs WHERE name = 'daily'",
      );
      if (last?.day === today) return { ran: false, remindersSent: 0, erased: 0 };
      const { user, request } = systemActor('privacy_officer', 'daily-job');
      const retention = await this.retention.run(user, false, request);
      // Dates that move with time alone (a recovered person's projected dates, a period that closes) before counting.
      await this.milestones.refreshOpenCases();
      const remindersSent = await this.reminders.sendReminders();
      await this.documents.sweep();
      await manager.query(
        "INSERT INTO public.job_runs (name, last_run_on) VALUES ('daily', $1) ON CONFLICT (name) DO UPDATE SET last_run_on = EXCLUDED.last_run_on",
        [today],
      );
      return { ran: true, remindersSent, erased: retention.categories.programme.erased };
    });
  }
}
