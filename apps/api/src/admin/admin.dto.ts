import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@spoor/domain';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';

export class CreateUserDto {
  @ApiProperty() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @Length(2, 120, { message: 'displayName must be 2 to 120 characters' }) displayName!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` }) role!: Role;
  @ApiPropertyOptional() @ValidateIf((o: CreateUserDto) => o.role === 'client' || o.organisationId !== undefined) @IsUUID('all', { message: 'organisationId must be the UUID of an organisation (required for clients)' }) organisationId?: string;
  @ApiPropertyOptional() @ValidateIf((o: CreateUserDto) => o.role === 'participant' || o.personId !== undefined) @IsUUID('all', { message: 'personId must be the UUID of a person (required for participants)' }) personId?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` }) role?: Role;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'disabled must be true or false' }) disabled?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'organisationId must be a UUID' }) organisationId?: string;
}

export class AssignDto {
  @ApiProperty({ enum: ['coach', 'labour_expert'] }) @IsIn(['coach', 'labour_expert'], { message: 'role must be coach or labour_expert' }) role!: 'coach' | 'labour_expert';
  @ApiProperty({ nullable: true, description: 'The user to assign, or null to unassign' })
  @ValidateIf((o: AssignDto) => o.userId !== null)
  @IsUUID('all', { message: 'userId must be a UUID or null' })
  userId!: string | null;
}
