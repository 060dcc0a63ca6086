import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STATUSES,
  CASE_TYPES,
  MILESTONE_KINDS,
  type CaseStatus,
  type CaseType,
  type CaseView,
  type MilestoneKind,
  type NextMilestone,
} from '@spoor/domain';
import { PagedDto } from '../../platform/http/openapi';

export class NextMilestoneDto implements NextMilestone {
  @ApiProperty({ enum: MILESTONE_KINDS, enumName: 'MilestoneKind' }) kind!: MilestoneKind;
  @ApiProperty({ type: String, format: 'date' }) dueDate!: string;
}

/** Every field but `id` is present only when the caller's role may read it. */
export class CaseViewDto implements CaseView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ type: String, example: 'RI-2026-0001' }) reference?: string;
  @ApiPropertyOptional({ enum: CASE_TYPES, enumName: 'CaseType' }) type?: CaseType;
  @ApiPropertyOptional({ enum: CASE_STATUSES, enumName: 'CaseStatus' }) status?: CaseStatus;
  @ApiPropertyOptional({ type: String, format: 'uuid' }) organisationId?: string;
  @ApiPropertyOptional({ type: String }) organisationName?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid' }) personId?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null after an erasure' }) personName?:
    | string
    | null;
  @ApiPropertyOptional({ type: String, nullable: true }) personEmail?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) personPhone?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) personBirthDate?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) personAddress?: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "The employer's own reference (personnel number, cost centre); null when none or after an erasure",
  })
  clientReference?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) coachId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) coachName?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) labourExpertId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) labourExpertName?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date' }) startDate?: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) endDate?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) completedAt?: string | null;
  @ApiPropertyOptional({ type: NextMilestoneDto, nullable: true }) nextMilestone?: NextMilestoneDto | null;
  @ApiPropertyOptional({ type: Boolean }) legalHold?: boolean;
  @ApiPropertyOptional({ type: Boolean }) processingRestricted?: boolean;
  @ApiPropertyOptional({ type: Number }) version?: number;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) createdAt?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) updatedAt?: string;
}

export const PagedCaseViewDto = PagedDto(CaseViewDto);
