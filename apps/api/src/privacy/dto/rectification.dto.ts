import { ApiProperty } from '@nestjs/swagger';
import {
  PRIVACY_REQUEST_STATUSES,
  RECTIFIABLE_FIELDS,
  type PrivacyRequestStatus,
  type RectifiableField,
  type RectificationCorrectionView,
  type RectificationView,
} from '@spoor/domain';

export class RectificationPersonaliaDto {
  @ApiProperty({ type: String }) firstName!: string;
  @ApiProperty({ type: String }) lastName!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) birthDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

export class RectificationCorrectionViewDto implements RectificationCorrectionView {
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @ApiProperty({ enum: RECTIFIABLE_FIELDS, enumName: 'RectifiableField', isArray: true })
  fields!: RectifiableField[];
}

export class RectificationViewDto implements RectificationView {
  @ApiProperty({ type: String, format: 'uuid' }) requestId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) personId!: string;
  @ApiProperty({ enum: PRIVACY_REQUEST_STATUSES, enumName: 'PrivacyRequestStatus' }) status!: PrivacyRequestStatus;
  @ApiProperty({
    type: RectificationPersonaliaDto,
    nullable: true,
    description: 'Null once the request is completed (or the person was erased)',
  })
  personalia!: RectificationPersonaliaDto | null;
  @ApiProperty({ type: [RectificationCorrectionViewDto], description: 'Field names only, never values' })
  corrections!: RectificationCorrectionViewDto[];
}
