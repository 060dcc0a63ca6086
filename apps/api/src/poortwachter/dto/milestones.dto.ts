import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MILESTONE_ACTORS,
  MILESTONE_KINDS,
  TIMELINE_MILESTONE_STATES,
  type CaseMilestoneView,
  type MilestoneActor,
  type MilestoneBasis,
  type MilestoneCompletionRequest,
  type MilestoneEvidence,
  type MilestoneKind,
  type TimelineMilestoneState,
} from '@spoor/domain';
import { Type } from 'class-transformer';
import { IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, ValidateIf, ValidateNested } from 'class-validator';
import { PagedDto } from '../../platform/http/openapi';

/** What proves the milestone done: exactly one record of the same case. */
export class MilestoneEvidenceDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'A progress report of the case' })
  @IsOptional()
  @IsUUID('all', { message: 'evidence.reportId must be a UUID' })
  reportId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'A process document of the case' })
  @IsOptional()
  @IsUUID('all', { message: 'evidence.documentId must be a UUID' })
  documentId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'An activity of the case' })
  @IsOptional()
  @IsUUID('all', { message: 'evidence.activityId must be a UUID' })
  activityId?: string;
}

/** `PATCH /cases/:id/milestones/:milestoneId`. */
export class MilestoneCompletionDto {
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The day it was done (Europe/Amsterdam, not in the future); null undoes it (with a reason)',
  })
  @ValidateIf((body: MilestoneCompletionDto) => body.completedOn !== null)
  @IsISO8601({ strict: true }, { message: 'completedOn must be a date (YYYY-MM-DD) or null' })
  completedOn!: string | null;

  @ApiPropertyOptional({ type: MilestoneEvidenceDto })
  @IsOptional()
  @IsObject({ message: 'evidence must be an object with reportId, documentId or activityId' })
  @ValidateNested()
  @Type(() => MilestoneEvidenceDto)
  evidence?: MilestoneEvidenceDto;

  @ApiPropertyOptional({ type: String, description: 'Why it is undone: required with completedOn null' })
  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @Length(3, 1000, { message: 'reason must be 3 to 1000 characters' })
  reason?: string;
}

// Compile-time: the DTO accepts what the shared request type says.
const _request: (dto: MilestoneCompletionDto) => MilestoneCompletionRequest = (dto) =>
  dto as MilestoneCompletionRequest;
void _request;

export class CaseMilestoneViewDto implements CaseMilestoneView {
  @ApiProperty({ type: String, format: 'uuid', description: 'Stable per case, kind, sequence and sickness period' })
  id!: string;
  @ApiProperty({ enum: MILESTONE_KINDS, enumName: 'MilestoneKind' }) kind!: MilestoneKind;
  @ApiProperty({ type: Number, description: '1-based for the repeating evaluations; 0 otherwise' }) sequence!: number;
  @ApiProperty({ type: String, format: 'date' }) dueDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) completedOn!: string | null;
  @ApiProperty({ enum: TIMELINE_MILESTONE_STATES, enumName: 'TimelineMilestoneState' })
  state!: TimelineMilestoneState;
  @ApiProperty({ enum: MILESTONE_ACTORS, enumName: 'MilestoneActor', description: 'Who must act' })
  actor!: MilestoneActor;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'Why the date is what it is: a MilestoneBasis of libs/domain (discriminated on `rule`); null for the client where it would reveal health data',
  })
  basis!: MilestoneBasis | null;
  @ApiProperty({
    nullable: true,
    oneOf: [
      { type: 'object', properties: { reportId: { type: 'string', format: 'uuid' } }, required: ['reportId'] },
      { type: 'object', properties: { documentId: { type: 'string', format: 'uuid' } }, required: ['documentId'] },
      { type: 'object', properties: { activityId: { type: 'string', format: 'uuid' } }, required: ['activityId'] },
    ],
    description: 'What proves it done (recorded in this case); null for the client',
  })
  evidence!: MilestoneEvidence | null;
}

export const PagedCaseMilestoneViewDto = PagedDto(CaseMilestoneViewDto);
