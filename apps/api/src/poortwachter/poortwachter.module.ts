import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { MilestonesController } from './milestones.controller';
import { MilestonesService } from './milestones.service';

/**
 * The Poortwachter timeline on the process side: completions, the case's timeline route and the materialised
 * milestones of the lists. The sickness events it follows come from the special file's narrow
 * SicknessEventsService (SpecialFileModule is global); no special connection is handed here.
 */
@Module({
  imports: [CasesModule],
  controllers: [MilestonesController],
  providers: [MilestonesService],
  exports: [MilestonesService],
})
export class PoortwachterModule {}
