import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { SpecialFileModule } from '../special-file/special-file.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [CasesModule, SpecialFileModule],
  controllers: [DocumentsController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
