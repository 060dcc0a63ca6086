import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  WAITING_PERIOD_EXTENSION_KINDS,
  type WaitingPeriodExtensionKind,
  type WaitingPeriodExtensionView,
  type WaitingPeriodExtensionsView,
} from '@spoor/domain';
import { IsIn, IsISO8601, IsNumber, IsOptional, IsUUID } from 'class-validator';

const date = (description: string) => ({ type: String, format: 'date', example: '2028-01-03', description });
const isDate = (field: string) => IsISO8601({ strict: true }, { message: `${field} must be a date (YYYY-MM-DD)` });

/**
 * `POST /cases/:id/special-file/extensions`: one extension of the person's current waiting period. Which fields
 * a kind needs (and may have) is checked by the service, naming the field (REQUIRED / NOT_ONE_OF).
 */
export class WaitingPeriodExtensionDto {
  @ApiProperty({ enum: WAITING_PERIOD_EXTENSION_KINDS, enumName: 'WaitingPeriodExtensionKind' })
  @IsIn(WAITING_PERIOD_EXTENSION_KINDS, { message: 'kind must be loonsanctie, voluntary_extension or early_iva' })
  kind!: WaitingPeriodExtensionKind;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 52, description: 'loonsanctie: weeks imposed by UWV' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'weeks must be a number' })
  weeks?: number;

  @ApiPropertyOptional(date('loonsanctie: first day, the day after the waiting period would end'))
  @IsOptional()
  @isDate('startsOn')
  startsOn?: string;

  @ApiPropertyOptional(date('voluntary_extension: the agreed last day of the waiting period'))
  @IsOptional()
  @isDate('agreedEnd')
  agreedEnd?: string;

  @ApiPropertyOptional(date('voluntary_extension: the day it was agreed (not in the future)'))
  @IsOptional()
  @isDate('agreedOn')
  agreedOn?: string;

  @ApiPropertyOptional(date('early_iva: the day the employee applied (not in the future)'))
  @IsOptional()
  @isDate('appliedOn')
  appliedOn?: string;

  @ApiPropertyOptional(date('early_iva: the last day of the waiting period as UWV granted it'))
  @IsOptional()
  @isDate('grantedWaitingPeriodEnd')
  grantedWaitingPeriodEnd?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'A health document of the person: the decision' })
  @IsOptional()
  @IsUUID('all', { message: 'decisionDocumentId must be a UUID' })
  decisionDocumentId?: string;
}

export class WaitingPeriodExtensionViewDto implements WaitingPeriodExtensionView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: WAITING_PERIOD_EXTENSION_KINDS, enumName: 'WaitingPeriodExtensionKind' })
  kind!: WaitingPeriodExtensionKind;
  @ApiProperty({ type: Number }) periodSequence!: number;
  @ApiProperty({ type: Number, nullable: true }) weeks!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startsOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) agreedEnd!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) agreedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appliedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) grantedWaitingPeriodEnd!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decisionDocumentId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawReason!: string | null;
}

class LoonsanctieSpanDto {
  @ApiProperty({ type: String, format: 'date' }) startsOn!: string;
  @ApiProperty({ type: String, format: 'date' }) endsOn!: string;
  @ApiProperty({ type: Number }) weeks!: number;
}

class WaitingPeriodEndDto {
  @ApiProperty({ type: String, format: 'date' }) regularEnd!: string;
  @ApiProperty({ type: String, format: 'date' }) applicationEnd!: string;
  @ApiProperty({ type: String, format: 'date' }) end!: string;
  @ApiProperty({ type: LoonsanctieSpanDto, nullable: true }) loonsanctie!: LoonsanctieSpanDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) voluntaryUntil!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) earlyIvaEnd!: string | null;
}

export class WaitingPeriodExtensionsViewDto implements WaitingPeriodExtensionsView {
  @ApiProperty({ type: [WaitingPeriodExtensionViewDto] }) items!: WaitingPeriodExtensionViewDto[];
  @ApiProperty({ type: Number }) total!: number;
  @ApiProperty({ type: WaitingPeriodEndDto, nullable: true }) waitingPeriodEnd!: WaitingPeriodEndDto | null;
}
