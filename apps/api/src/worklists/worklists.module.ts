import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { WorklistsController } from './worklists.controller';
import { WorklistsService } from './worklists.service';

/** Worklists read the process side with the app connection; what the special file holds comes from its module. */
@Module({
  imports: [CasesModule],
  controllers: [WorklistsController],
  providers: [WorklistsService],
})
export class WorklistsModule {}
