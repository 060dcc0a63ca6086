import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { ProcessDocumentsController } from './process-documents.controller';
import { ProcessDocumentsService } from './process-documents.service';

@Module({
  imports: [CasesModule],
  controllers: [DocumentsController, ProcessDocumentsController],
  providers: [DocumentsService, ProcessDocumentsService],
  // The privacy export puts the person's documents into their package through the same download path.
  exports: [DocumentsService],
})
export class DocumentsModule {}
