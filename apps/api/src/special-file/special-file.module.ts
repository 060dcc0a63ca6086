import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AssessmentCoverageService } from './assessment-coverage.service';
import { BreakGlassService } from './break-glass.service';
import { SpecialFileController } from './special-file.controller';
import { SpecialFileService } from './special-file.service';
import { SpecialFileWriter, SpecialFileWritesController } from './special-file-writes';

/** The only module that receives the `special` connection and the special key ring. */
@Module({
  imports: [CasesModule],
  controllers: [SpecialFileController, SpecialFileWritesController],
  providers: [SpecialFileService, BreakGlassService, SpecialFileWriter, AssessmentCoverageService],
  exports: [SpecialFileService, AssessmentCoverageService],
})
export class SpecialFileModule {}
