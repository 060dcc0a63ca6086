import { Module } from '@nestjs/common';
import { CasesController } from './cases.controller';
import { CaseAccessService } from './case-access.service';
import { CasesService } from './cases.service';

@Module({
  controllers: [CasesController],
  providers: [CasesService, CaseAccessService],
  exports: [CasesService, CaseAccessService],
})
export class CasesModule {}
