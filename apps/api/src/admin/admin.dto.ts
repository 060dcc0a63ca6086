import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { ROLES, type Role } from '@spoor/domain';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string;
  @ApiProperty()
  @IsString()
  @Length(2, 120, { message: 'displayName must be 2 to 120 characters' })
  displayName!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` }) role!: Role;
  @ApiPropertyOptional()
  @ValidateIf((o: CreateUserDto) => o.role === 'client' || o.organisationId !== undefined)
  @IsUUID('all', { message: 'organisationId must be the UUID of an organisation (required for clients)' })
  organisationId?: string;
  @ApiPropertyOptional()
  @ValidateIf((o: CreateUserDto) => o.role === 'participant' || o.personId !== undefined)
  @IsUUID('all', { message: 'personId must be the UUID of a person (required for participants)' })
  personId?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'disabled must be true or false' }) disabled?: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;
}

/**
 * The admin looks a person up to invite them: an exact last name, full name, e-mail address or case reference.
 * In the body, not the query string, so a name never lands in a URL.
 */
export class SearchPeopleDto {
  @ApiProperty({
    example: 'de Vries',
    description: 'Last name, first and last name, e-mail address or case reference (exact)',
  })
  @IsString({ message: 'q must be text' })
  @Transform(trimmed)
  @Length(2, 200, { message: 'q must be 2 to 200 characters' })
  q!: string;
}

export class AssignDto {
  @ApiProperty({ enum: ['coach', 'labour_expert'] })
  @IsIn(['coach', 'labour_expert'], { message: 'role must be coach or labour_expert' })
  role!: 'coach' | 'labour_expert';
  @ApiProperty({ nullable: true, description: 'The user to assign, or null to unassign' })
  @ValidateIf((o: AssignDto) => o.userId !== null)
  @IsUUID('all', { message: 'userId must be a UUID or null' })
  userId!: string | null;
}

/** Dutch and international numbers as people write them: digits, spaces, +, - and parentheses. */
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;

/** A client organisation. The contact fields are personal data (encrypted); null or absent means none. */
export class CreateOrganisationDto {
  @ApiProperty({ example: 'Acme Logistiek' })
  @Transform(trimmed)
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name!: string;

  @ApiProperty({ example: '12345678', description: 'KvK-nummer: 8 digits' })
  @Transform(trimmed)
  @Matches(/^[0-9]{8}$/, { message: 'kvkNumber must be 8 digits', context: { code: 'NOT_A_KVK_NUMBER' } })
  kvkNumber!: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(trimmed)
  @IsOptional()
  @Length(2, 120, { message: 'contactName must be 2 to 120 characters' })
  contactName?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(trimmed)
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  @MaxLength(254, { message: 'contactEmail must be an e-mail address' })
  contactEmail?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '+31 30 123 4567' })
  @Transform(trimmed)
  @IsOptional()
  @Matches(PHONE, {
    message: 'contactPhone must be a phone number (6 to 20 digits, spaces, +, - or parentheses)',
    context: { code: 'NOT_A_PHONE_NUMBER' },
  })
  contactPhone?: string | null;
}

/** Changes to an organisation: only the fields sent; a contact field sent as null is removed. */
export class UpdateOrganisationDto extends PickType(CreateOrganisationDto, [
  'contactName',
  'contactEmail',
  'contactPhone',
] as const) {
  // Absent means unchanged; null is not a name (and is refused, unlike the optional contact fields).
  @ApiPropertyOptional()
  @Transform(trimmed)
  @ValidateIf((o: UpdateOrganisationDto) => o.name !== undefined)
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name?: string;

  @ApiPropertyOptional({ description: 'KvK-nummer: 8 digits' })
  @Transform(trimmed)
  @ValidateIf((o: UpdateOrganisationDto) => o.kvkNumber !== undefined)
  @Matches(/^[0-9]{8}$/, { message: 'kvkNumber must be 8 digits', context: { code: 'NOT_A_KVK_NUMBER' } })
  kvkNumber?: string;
}
