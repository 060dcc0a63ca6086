import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_PURPOSES, type ConsentPurpose } from '@spoor/domain';
import { IsIn } from 'class-validator';

export class CreateConsentDto {
  @ApiProperty({ enum: CONSENT_PURPOSES, example: 'newsletter' })
  @IsIn(CONSENT_PURPOSES, {
    // The satisfaction survey is not a consent: it rests on legitimate interest, with an objection (privacy request).
    message: `purpose must be one of ${CONSENT_PURPOSES.join(', ')} (sharing with the employer and the satisfaction survey are never based on consent)`,
  })
  purpose!: ConsentPurpose;
}
