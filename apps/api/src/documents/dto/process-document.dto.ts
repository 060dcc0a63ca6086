import { ApiProperty } from '@nestjs/swagger';
import { PROCESS_DOCUMENT_KINDS, type ProcessDocumentKind, type ProcessDocumentView } from '@spoor/domain';
import { IsBoolean } from 'class-validator';

export class ProcessDocumentViewDto implements ProcessDocumentView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: PROCESS_DOCUMENT_KINDS, enumName: 'ProcessDocumentKind' }) kind!: ProcessDocumentKind;
  @ApiProperty({ type: String }) filename!: string;
  @ApiProperty({ type: String, description: 'Detected from the content, not the name' }) contentType!: string;
  @ApiProperty({ type: Number }) sizeBytes!: number;
  @ApiProperty({ type: Boolean }) sharedWithParticipant!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ type: String, example: '/api/documents/…/content' }) href!: string;
}

export class ProcessDocumentListDto {
  @ApiProperty({ type: ProcessDocumentViewDto, isArray: true }) items!: ProcessDocumentViewDto[];
  @ApiProperty({ type: Number }) total!: number;
}

export class ShareProcessDocumentDto {
  @ApiProperty({ type: Boolean, description: 'Whether the participant sees the document in their portal' })
  @IsBoolean({ message: 'sharedWithParticipant must be true or false' })
  sharedWithParticipant!: boolean;
}
