import { ApiProperty } from '@nestjs/swagger';
import {
  INVITATION_PURPOSES,
  type CsrfIssuedResponse,
  type InvitationDetails,
  type InvitationPurpose,
  type PasswordResetResponse,
  type SecondFactorEnrolment,
} from '@spoor/domain';

export class CsrfIssuedResponseDto implements CsrfIssuedResponse {
  @ApiProperty({ type: Boolean, description: 'The token is in the csrf_token cookie' }) ok!: boolean;
}

export class PasswordResetResponseDto implements PasswordResetResponse {
  @ApiProperty({ type: String }) message!: string;
}

export class SecondFactorEnrolmentDto implements SecondFactorEnrolment {
  @ApiProperty({ type: String, nullable: true, description: 'Base32 TOTP secret' }) secret!: string | null;
  @ApiProperty({ type: String }) otpauthUrl!: string;
  @ApiProperty({ type: String, description: 'QR code of otpauthUrl as a data: URL' }) qrCode!: string;
}

export class InvitationDetailsDto implements InvitationDetails {
  @ApiProperty({ enum: INVITATION_PURPOSES, enumName: 'InvitationPurpose' }) purpose!: InvitationPurpose;
  @ApiProperty({ type: String }) email!: string;
  @ApiProperty({ type: String }) displayName!: string;
  @ApiProperty({ type: Boolean }) needsPassword!: boolean;
  @ApiProperty({ type: SecondFactorEnrolmentDto, nullable: true }) secondFactor!: SecondFactorEnrolmentDto | null;
}
