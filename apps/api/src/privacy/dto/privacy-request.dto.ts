import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_PURPOSES, PRIVACY_REQUEST_OUTCOMES, PRIVACY_REQUEST_TYPES, type ConsentPurpose, type PrivacyRequestOutcome, type PrivacyRequestType } from '@spoor/domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength, Min, Max } from 'class-validator';

export class CreatePrivacyRequestDto {
  @ApiProperty({ enum: PRIVACY_REQUEST_TYPES })
  @IsIn(PRIVACY_REQUEST_TYPES, { message: `type must be one of ${PRIVACY_REQUEST_TYPES.join(', ')}` })
  type!: PrivacyRequestType;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000, { message: 'details must be at most 4000 characters' }) details?: string;

  @ApiPropertyOptional({ description: 'Privacy officer only: the person the request is about' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId?: string;
}

export class ListPrivacyRequestsQuery {
  @ApiPropertyOptional() @IsOptional() @IsIn(['received', 'extended', 'completed'], { message: 'status must be received, extended or completed' }) status?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;
}

export class ExtendPrivacyRequestDto {
  @ApiProperty() @IsString({ message: 'reason is required' }) @Length(10, 2000, { message: 'reason must be 10 to 2000 characters' }) reason!: string;
  @ApiPropertyOptional({ description: 'New due date; at most three months after receipt (default: exactly that)' })
  @IsOptional()
  @IsISO8601({}, { message: 'dueAt must be an ISO 8601 date' })
  dueAt?: string;
}

export class CompletePrivacyRequestDto {
  @ApiProperty({ enum: PRIVACY_REQUEST_OUTCOMES })
  @IsIn(PRIVACY_REQUEST_OUTCOMES, { message: `outcome must be one of ${PRIVACY_REQUEST_OUTCOMES.join(', ')}` })
  outcome!: PrivacyRequestOutcome;

  @ApiProperty() @IsString({ message: 'note is required' }) @Length(1, 4000, { message: 'note must be 1 to 4000 characters' }) note!: string;
}

export class CreateConsentDto {
  @ApiProperty({ enum: CONSENT_PURPOSES, example: 'satisfaction_survey' })
  @IsIn(CONSENT_PURPOSES, {
    message: `purpose must be one of ${CONSENT_PURPOSES.join(', ')} (sharing with the employer is never based on consent)`,
  })
  purpose!: ConsentPurpose;
}

export class BreachDto {
  @ApiProperty() @IsISO8601({}, { message: 'discoveredAt must be an ISO 8601 time' }) discoveredAt!: string;
  @ApiProperty() @IsString() @Length(5, 4000, { message: 'nature must be 5 to 4000 characters' }) nature!: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) categoriesOfPeople?: string[];
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt({ message: 'approximatePeople must be a whole number' }) @Min(0) @Max(2_147_483_647, { message: 'approximatePeople is out of range' }) approximatePeople?: number;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) categoriesOfRecords?: string[];
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt({ message: 'approximateRecords must be a whole number' }) @Min(0) @Max(2_147_483_647, { message: 'approximateRecords is out of range' }) approximateRecords?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) likelyConsequences?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) measures?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) contact?: string;
}

export class UpdateBreachDto {
  @ApiProperty() @IsInt({ message: 'version must be a whole number' }) @Min(1) @Max(2_147_483_647, { message: 'version is out of range' }) version!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(5, 4000) nature?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) categoriesOfPeople?: string[];
  @ApiPropertyOptional() @IsOptional() @IsInt({ message: 'approximatePeople must be a whole number' }) @Min(0) @Max(2_147_483_647, { message: 'approximatePeople is out of range' }) approximatePeople?: number;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) categoriesOfRecords?: string[];
  @ApiPropertyOptional() @IsOptional() @IsInt({ message: 'approximateRecords must be a whole number' }) @Min(0) @Max(2_147_483_647, { message: 'approximateRecords is out of range' }) approximateRecords?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) likelyConsequences?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) measures?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) contact?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({}, { message: 'authorityNotifiedAt must be an ISO 8601 time' }) authorityNotifiedAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({}, { message: 'peopleNotifiedAt must be an ISO 8601 time' }) peopleNotifiedAt?: string;
}

export class RetentionRunDto {
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean({ message: 'dryRun must be true or false' }) dryRun?: boolean;
}

export class LegalHoldDto {
  @ApiProperty() @IsBoolean({ message: 'hold must be true or false' }) hold!: boolean;
  @ApiPropertyOptional({ description: 'Required when placing a hold' }) @IsOptional() @IsString() @MaxLength(500, { message: 'reason must be at most 500 characters' }) reason?: string;
}
