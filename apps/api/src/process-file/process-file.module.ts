import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ActivitiesController } from './activities.controller';
import { ProgressReportsController } from './progress-reports.controller';
import { ProgressReportsService } from './progress-reports.service';

@Module({
  imports: [CasesModule],
  controllers: [ProgressReportsController, ActivitiesController],
  providers: [ProgressReportsService],
  exports: [ProgressReportsService],
})
export class ProcessFileModule {}
