import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SICKNESS_EVENT_KINDS,
  type SicknessEventKind,
  type SicknessEventView,
  type SicknessEventsView,
  type SicknessPeriodStatus,
  type SicknessPeriodView,
} from '@spoor/domain';
import { IsIn, IsISO8601, IsString, Length } from 'class-validator';

/** `POST /cases/:id/special-file/sickness-events`: one event, entered in the order they happened. */
export class SicknessEventDto {
  @ApiProperty({ enum: SICKNESS_EVENT_KINDS, enumName: 'SicknessEventKind' })
  @IsIn(SICKNESS_EVENT_KINDS, { message: 'kind must be sick, partial_recovery or recovery' })
  kind!: SicknessEventKind;

  @ApiProperty({
    type: String,
    format: 'date',
    example: '2026-03-02',
    description: 'For a recovery: the first healthy day',
  })
  @IsISO8601({ strict: true }, { message: 'date must be a date (YYYY-MM-DD)' })
  date!: string;
}

export class SicknessEventViewDto implements SicknessEventView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SICKNESS_EVENT_KINDS, enumName: 'SicknessEventKind' }) kind!: SicknessEventKind;
  @ApiProperty({ type: String, format: 'date' }) date!: string;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) retractedAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) retractReason?: string | null;
}

export class SicknessPeriodViewDto implements SicknessPeriodView {
  @ApiProperty({ type: Number }) sequence!: number;
  @ApiProperty({ type: String, format: 'date' }) firstSickDay!: string;
  @ApiProperty({ enum: ['running', 'recovered', 'closed'], enumName: 'SicknessPeriodStatus' })
  status!: SicknessPeriodStatus;
  @ApiProperty({ type: Number }) healthyDaysExcluded!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) relapseAddsUpUntil!: string | null;
}

export class SicknessEventsViewDto implements SicknessEventsView {
  @ApiProperty({ type: [SicknessEventViewDto] }) items!: SicknessEventViewDto[];
  @ApiProperty({ type: Number }) total!: number;
  @ApiProperty({ type: [SicknessPeriodViewDto] }) periods!: SicknessPeriodViewDto[];
}

/** `POST …/sickness-events/:eventId/retract` and `POST …/extensions/:extensionId/withdraw`: why (kept, encrypted). */
export class WithdrawalDto {
  @ApiProperty({ type: String, minLength: 3, maxLength: 1000, description: 'Why it was wrong or no longer applies' })
  @IsString({ message: 'reason must be text' })
  @Length(3, 1000, { message: 'reason must be 3 to 1000 characters' })
  reason!: string;
}
