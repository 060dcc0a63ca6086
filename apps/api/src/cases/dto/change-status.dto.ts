import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus } from '@spoor/domain';
import { IsIn, IsInt, Min, Max } from 'class-validator';

export class ChangeStatusDto {
  @ApiProperty({ enum: CASE_STATUSES })
  @IsIn(CASE_STATUSES, { message: `status must be one of ${CASE_STATUSES.join(', ')}` })
  status!: CaseStatus;

  @ApiProperty({ description: 'The version of the case you read; a stale version gets 409' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  @Max(2_147_483_647, { message: 'version is out of range' })
  version!: number;
}
