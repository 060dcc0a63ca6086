import { type DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { PoortwachterModule } from '../poortwachter/poortwachter.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { AccessSealScheduler } from './access-seal.scheduler';
import { DailyJobsScheduler } from './daily-jobs.scheduler';
import { DailyJobsService } from './daily-jobs.service';
import { DocumentSweepService } from './document-sweep.service';
import { ErasureResumeScheduler } from './erasure-resume.scheduler';

/** Work Spoor does by itself on a schedule, calling the features' own services. */
@Module({})
export class JobsModule {
  /** `scheduled: false` keeps the jobs callable but never starts their timers (tests). */
  static register({ scheduled }: { scheduled: boolean }): DynamicModule {
    return {
      module: JobsModule,
      imports: [
        ScheduleModule.forRoot({ cronJobs: scheduled, intervals: scheduled, timeouts: false }),
        PrivacyModule,
        PoortwachterModule,
      ],
      providers: [
        DailyJobsService,
        DailyJobsScheduler,
        DocumentSweepService,
        AccessSealScheduler,
        ErasureResumeScheduler,
      ],
      exports: [DailyJobsService, DocumentSweepService],
    };
  }
}
