import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DailyJobsService } from './daily-jobs.service';

/**
 * Every instance tries every hour; the first try of a new (UTC) day does the work, the others find it done.
 * Off in tests (ScheduleModule without cron jobs): they call DailyJobsService.run() themselves.
 */
@Injectable()
export class DailyJobsScheduler {
  private readonly logger = new Logger('DailyJobs');

  constructor(private readonly jobs: DailyJobsService) {}

  // unrefTimeout: the timer alone does not keep a stopping process alive.
  @Cron(CronExpression.EVERY_HOUR, { name: 'daily-jobs', unrefTimeout: true, waitForCompletion: true })
  async hourly(): Promise<void> {
    try {
      await this.jobs.run();
    } catch (error) {
      // The error's name only: a message could name a case.
      this.logger.warn(`daily jobs failed: ${(error as Error).name}`);
    }
  }
}
