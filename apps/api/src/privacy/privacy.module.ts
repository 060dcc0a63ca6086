import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { ProcessFileModule } from '../process-file/process-file.module';
import { AccessAnomaliesController } from './access-anomalies.controller';
import { AccessAnomaliesService } from './access-anomalies.service';
import { BreachesController } from './breaches.controller';
import { BreachesService } from './breaches.service';
import { ConsentsController } from './consents.controller';
import { ConsentsService } from './consents.service';
import { ErasureService } from './erasure.service';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';
import { ExportDeliveriesService } from './export-deliveries.service';
import { LegalHoldController } from './legal-hold.controller';
import { LegalHoldService } from './legal-hold.service';
import { NewsletterRecipientsController } from './newsletter-recipients.controller';
import { NewsletterRecipientsService } from './newsletter-recipients.service';
import { PrivacyCasesController } from './privacy-cases.controller';
import { PrivacyCasesService } from './privacy-cases.service';
import { PrivacyRequestsController } from './privacy-requests.controller';
import { PrivacyRequestsService } from './privacy-requests.service';
import { RectificationController } from './rectification.controller';
import { RectificationService } from './rectification.service';
import { RegisterController } from './register';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';
import { RetentionController } from './retention.controller';
import { RetentionService } from './retention.service';

/**
 * Privacy operations: data-subject requests (with export deliveries to the person), consents, breaches, retention, legal holds, rectification,
 * reminders, and the privacy officer's review of unusual access.
 */
@Module({
  imports: [CasesModule, ProcessFileModule, DocumentsModule],
  controllers: [
    PrivacyRequestsController,
    ExportController,
    ConsentsController,
    NewsletterRecipientsController,
    BreachesController,
    LegalHoldController,
    RetentionController,
    RemindersController,
    PrivacyCasesController,
    RectificationController,
    RegisterController,
    AccessAnomaliesController,
  ],
  providers: [
    PrivacyRequestsService,
    ConsentsService,
    NewsletterRecipientsService,
    BreachesService,
    LegalHoldService,
    RetentionService,
    RemindersService,
    PrivacyCasesService,
    ErasureService,
    ExportService,
    ExportDeliveriesService,
    RectificationService,
    AccessAnomaliesService,
  ],
  // The daily job (jobs/) and `npm run retention` run retention and send reminders through these; jobs/ resumes
  // open erasure plans through ErasureService.
  exports: [RetentionService, RemindersService, ErasureService],
})
export class PrivacyModule {}
