import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  ACTIVITY_KINDS,
  PROGRESS_REPORT_STATUSES,
  type ActivityKind,
  type ActivityView,
  type ClientProgressReportView,
  type CreatedActivityView,
  type Paged,
  type ParticipantProgressReportView,
  type ProgressReportListItem,
  type ProgressReportStatus,
  type ProgressReportView,
} from '@spoor/domain';
import { PagedDto } from '../../platform/http/openapi';

/** What the client contact reads of a final, released report. */
export class ClientProgressReportViewDto implements ClientProgressReportView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodStart!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodEnd!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalisedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) clientSummary!: string | null;
}

/** What the participant reads of their final reports (not what was written for the employer). */
export class ParticipantProgressReportViewDto implements ParticipantProgressReportView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ type: String }) body!: string;
  @ApiProperty({ enum: PROGRESS_REPORT_STATUSES, enumName: 'ProgressReportStatus' }) status!: ProgressReportStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodStart!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodEnd!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) correctsReportId!: string | null;
  @ApiProperty({ type: String, format: 'uuid' }) authorId!: string;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty({ type: Number }) version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalisedAt!: string | null;
}

export class ProgressReportViewDto extends ParticipantProgressReportViewDto implements ProgressReportView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What the client may read once released; never health data',
  })
  clientSummary!: string | null;
  @ApiProperty({ type: Boolean }) releasedToClient!: boolean;
}

/** One item shape per kind of reader: staff, participant, client contact. */
@ApiExtraModels(ProgressReportViewDto, ParticipantProgressReportViewDto, ClientProgressReportViewDto)
export class PagedProgressReportListDto implements Paged<ProgressReportListItem> {
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [ProgressReportViewDto, ParticipantProgressReportViewDto, ClientProgressReportViewDto].map((dto) => ({
        $ref: getSchemaPath(dto),
      })),
    },
  })
  items!: ProgressReportListItem[];

  @ApiProperty({ type: Number }) total!: number;
}

export class ActivityViewDto implements ActivityView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS, enumName: 'ActivityKind' }) kind!: ActivityKind;
  @ApiProperty({ type: String, format: 'date' }) occurredOn!: string;
  @ApiProperty({ type: Number, nullable: true }) durationMinutes!: number | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The coach\u2019s working notes; absent for the participant',
  })
  notes?: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export const PagedActivityViewDto = PagedDto(ActivityViewDto);

export class CreatedActivityViewDto implements CreatedActivityView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS, enumName: 'ActivityKind' }) kind!: ActivityKind;
  @ApiProperty({ type: String, format: 'date' }) occurredOn!: string;
  @ApiProperty({ type: Number, nullable: true }) durationMinutes!: number | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, format: 'uuid' }) createdBy!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) createdAt?: string;
}
