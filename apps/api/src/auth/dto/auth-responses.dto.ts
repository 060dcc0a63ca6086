import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type MfaRequiredResponse, type Role, type SessionResponse, type SessionUser } from '@spoor/domain';

export class SessionUserDto implements SessionUser {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String }) email!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String }) displayName!: string;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Client contacts: their organisation',
  })
  organisationId?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Participants: the person their cases are about',
  })
  personId?: string | null;
}

export class SessionResponseDto implements SessionResponse {
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}

export class MfaRequiredResponseDto implements MfaRequiredResponse {
  @ApiProperty({
    type: Boolean,
    enum: [true],
    description: 'Send the second factor to POST /api/auth/mfa; no session exists yet',
  })
  mfaRequired!: true;
}
