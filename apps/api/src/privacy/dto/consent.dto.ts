import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_PURPOSES, type ConsentPurpose } from '@spoor/domain';
import { IsIn } from 'class-validator';

export class CreateConsentDto {
  @ApiProperty({ enum: CONSENT_PURPOSES, example: 'satisfaction_survey' })
  @IsIn(CONSENT_PURPOSES, {
    message: `purpose must be one of ${CONSENT_PURPOSES.join(', ')} (sharing with the employer is never based on consent)`,
  })
  purpose!: ConsentPurpose;
}
