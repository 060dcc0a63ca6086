import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STATUSES,
  CASE_TYPES,
  MILESTONE_KINDS,
  type AssessmentWorkItem,
  type CaseStatus,
  type CaseType,
  type DraftReportWorkItem,
  type MilestoneKind,
  type MilestoneWorkItem,
  type MilestoneWorklist,
  type WorklistCase,
} from '@spoor/domain';
import { PagedDto } from '../../platform/http/openapi';

class WorklistCaseDto implements WorklistCase {
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String }) reference!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Only for roles that may read the name; null after an erasure',
  })
  personName?: string | null;
}

export class MilestoneWorkItemDto extends WorklistCaseDto implements MilestoneWorkItem {
  @ApiProperty({ enum: MILESTONE_KINDS, enumName: 'MilestoneKind' }) kind!: MilestoneKind;
  @ApiProperty({ type: Number }) sequence!: number;
  @ApiProperty({ type: String, format: 'date' }) dueDate!: string;
  @ApiProperty({ type: Boolean }) overdue!: boolean;
}

export class MilestoneWorklistDto implements MilestoneWorklist {
  @ApiProperty({ type: [MilestoneWorkItemDto] }) items!: MilestoneWorkItemDto[];
  @ApiProperty({ type: Number }) total!: number;
  @ApiProperty({ type: Number, description: 'The window asked for' }) withinDays!: number;
}

export class DraftReportWorkItemDto extends WorklistCaseDto implements DraftReportWorkItem {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: Number }) version!: number;
}

export const PagedDraftReportWorkItemDto = PagedDto(DraftReportWorkItemDto);

export class AssessmentWorkItemDto extends WorklistCaseDto implements AssessmentWorkItem {
  @ApiProperty({ enum: CASE_TYPES, enumName: 'CaseType' }) type!: CaseType;
  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' }) status!: CaseStatus;
  @ApiProperty({ type: String, format: 'date' }) startDate!: string;
  @ApiProperty({ type: Boolean }) hasFml!: boolean;
  @ApiProperty({ type: Boolean }) hasOccupationalAssessment!: boolean;
}

export const PagedAssessmentWorkItemDto = PagedDto(AssessmentWorkItemDto);
