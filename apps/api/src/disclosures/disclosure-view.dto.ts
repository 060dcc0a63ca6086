import { ApiProperty } from '@nestjs/swagger';
import type { DisclosureView, SurveyContact, SurveyExport } from '@spoor/domain';
import { PagedDto } from '../platform/http/openapi';

export class DisclosureViewDto implements DisclosureView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String }) recipient!: string;
  @ApiProperty({ type: String, isArray: true, description: 'Field names, never values' }) fields!: string[];
  @ApiProperty({ type: String }) legalBasis!: string;
  @ApiProperty({ type: String, format: 'date-time' }) disclosedAt!: string;
  @ApiProperty({ type: String, nullable: true }) caseReference!: string | null;
}

export const PagedDisclosureViewDto = PagedDto(DisclosureViewDto);

export class SurveyContactDto implements SurveyContact {
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

export class SurveyExportDto implements SurveyExport {
  @ApiProperty({ type: String }) recipient!: string;
  @ApiProperty({ type: [SurveyContactDto] }) items!: SurveyContactDto[];
  @ApiProperty({ type: Number }) total!: number;
}
