import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OBJECTION_PURPOSES,
  PRIVACY_REQUEST_OUTCOMES,
  PRIVACY_REQUEST_TYPES,
  RECTIFICATION_REASON_CODES,
  type ObjectionPurpose,
  type PrivacyRequestOutcome,
  type PrivacyRequestType,
  type RectificationReasonCode,
} from '@spoor/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class CreatePrivacyRequestDto {
  @ApiProperty({ enum: PRIVACY_REQUEST_TYPES })
  @IsIn(PRIVACY_REQUEST_TYPES, { message: `type must be one of ${PRIVACY_REQUEST_TYPES.join(', ')}` })
  type!: PrivacyRequestType;

  @ApiPropertyOptional({
    enum: OBJECTION_PURPOSES,
    description: 'Objection only: the processing objected to; such an objection takes effect when it is recorded',
  })
  @IsOptional()
  @IsIn(OBJECTION_PURPOSES, { message: `purpose must be one of ${OBJECTION_PURPOSES.join(', ')}` })
  purpose?: ObjectionPurpose;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'details must be at most 4000 characters' })
  details?: string;

  @ApiPropertyOptional({ description: 'Privacy officer only: the person the request is about' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId?: string;
}

export class ListPrivacyRequestsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['received', 'extended', 'completed'], { message: 'status must be received, extended or completed' })
  status?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;
}

export class ExtendPrivacyRequestDto {
  @ApiProperty()
  @IsString({ message: 'reason is required' })
  @Length(10, 2000, { message: 'reason must be 10 to 2000 characters' })
  reason!: string;
  @ApiPropertyOptional({ description: 'New due date; at most three months after receipt (default: exactly that)' })
  @IsOptional()
  @IsISO8601({}, { message: 'dueAt must be an ISO 8601 date' })
  dueAt?: string;
}

export class CompletePrivacyRequestDto {
  @ApiProperty({ enum: PRIVACY_REQUEST_OUTCOMES })
  @IsIn(PRIVACY_REQUEST_OUTCOMES, { message: `outcome must be one of ${PRIVACY_REQUEST_OUTCOMES.join(', ')}` })
  outcome!: PrivacyRequestOutcome;

  @ApiProperty()
  @IsString({ message: 'note is required' })
  @Length(1, 4000, { message: 'note must be 1 to 4000 characters' })
  note!: string;

  @ApiPropertyOptional({
    enum: RECTIFICATION_REASON_CODES,
    enumName: 'RectificationReasonCode',
    description: 'Rectification only: why nothing was corrected (required with outcome refused)',
  })
  @IsOptional()
  @IsIn(RECTIFICATION_REASON_CODES, { message: `reasonCode must be one of ${RECTIFICATION_REASON_CODES.join(', ')}` })
  reasonCode?: RectificationReasonCode;
}
