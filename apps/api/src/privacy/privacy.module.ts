import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ProcessFileModule } from '../process-file/process-file.module';
import { SpecialFileModule } from '../special-file/special-file.module';
import { ErasureService } from './erasure.service';
import { ExportService } from './export.service';
import { PrivacyCasesController } from './privacy-cases.controller';
import { PrivacyCasesService } from './privacy-cases.service';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';
import { RemindersService } from './reminders.service';
import { RectificationController, RectificationService } from './rectification';
import { RegisterController } from './register';

@Module({
  imports: [CasesModule, ProcessFileModule, SpecialFileModule],
  controllers: [PrivacyController, PrivacyCasesController, RectificationController, RegisterController],
  providers: [PrivacyService, PrivacyCasesService, ErasureService, ExportService, RectificationService, RemindersService],
})
export class PrivacyModule {}
