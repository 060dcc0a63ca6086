import { ApiProperty } from '@nestjs/swagger';
import type { UploadedDocumentView } from '@spoor/domain';

export class UploadedDocumentViewDto implements UploadedDocumentView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, description: 'The kind given with the upload' }) kind!: string;
  @ApiProperty({ type: String, description: 'Detected from the content, not the name' }) contentType!: string;
  @ApiProperty({ type: Number }) sizeBytes!: number;
  @ApiProperty({ type: String, example: '/api/documents/…/content' }) href!: string;
}
