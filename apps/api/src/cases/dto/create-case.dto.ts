import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_TYPES, type CaseType } from '@spoor/domain';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ClientReferenceProperty, ClientReferenceRules } from './client-reference';

export class NewPersonDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100, { message: 'person.firstName must be 1 to 100 characters' })
  firstName!: string;
  @ApiProperty()
  @IsString()
  @Length(1, 100, { message: 'person.lastName must be 1 to 100 characters' })
  lastName!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'person.birthDate must be a date (YYYY-MM-DD)' })
  birthDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'person.email must be an e-mail address' })
  email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) phone?: string;
}

export class CreateCaseDto {
  @ApiProperty({ enum: CASE_TYPES })
  @IsIn(CASE_TYPES, { message: `type must be one of ${CASE_TYPES.join(', ')}` })
  type!: CaseType;
  @ApiProperty()
  @IsUUID('all', { message: 'organisationId must be the UUID of an organisation' })
  organisationId!: string;
  @ApiPropertyOptional({ description: 'An existing person; or give `person` to create one' })
  @ValidateIf((o: CreateCaseDto) => !o.person)
  @IsUUID('all', { message: 'personId must be a UUID (or give person)' })
  personId?: string;
  @ApiPropertyOptional({ type: NewPersonDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewPersonDto)
  person?: NewPersonDto;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'coachId must be a UUID' }) coachId?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'labourExpertId must be a UUID' })
  labourExpertId?: string;
  @ApiProperty({ example: '2026-12-01' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (YYYY-MM-DD)' })
  startDate!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (YYYY-MM-DD)' })
  endDate?: string;
  @ClientReferenceProperty(false)
  @IsOptional()
  @ClientReferenceRules()
  clientReference?: string;
}
