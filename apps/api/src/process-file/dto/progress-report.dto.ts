import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  Max,
} from 'class-validator';

export class CreateProgressReportDto {
  @ApiProperty({ example: 'Voortgang oktober' })
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  title!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 20_000, { message: 'body must be 1 to 20000 characters' })
  body!: string;

  @ApiPropertyOptional({ description: 'The part the client (employer) may read once released' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'clientSummary must be at most 2000 characters' })
  clientSummary?: string;

  @ApiPropertyOptional({ example: '2026-10-01' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'periodStart must be a date (YYYY-MM-DD)' })
  periodStart?: string;

  @ApiPropertyOptional({ description: 'Makes this report the correction of a final report of the same case' })
  @IsOptional()
  @IsUUID('all', { message: 'correctsReportId must be a UUID' })
  correctsReportId?: string;

  @ApiPropertyOptional({ example: '2026-10-31' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'periodEnd must be a date (YYYY-MM-DD)' })
  periodEnd?: string;
}

export class UpdateProgressReportDto {
  @ApiProperty({ description: 'The version you read; a stale version gets 409 and nothing is overwritten' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  @Max(2_147_483_647, { message: 'version is out of range' })
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  title?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 20_000, { message: 'body must be 1 to 20000 characters' })
  body?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'clientSummary must be at most 2000 characters' })
  clientSummary?: string;

  @ApiPropertyOptional({
    enum: ['draft', 'final'],
    description: 'final makes the report visible to the participant; final is final',
  })
  @IsOptional()
  @IsIn(['draft', 'final'], { message: 'status must be draft or final' })
  status?: 'draft' | 'final';

  @ApiPropertyOptional({ description: 'Release the client summary to the client (final reports only)' })
  @IsOptional()
  @IsBoolean({ message: 'releasedToClient must be true or false' })
  releasedToClient?: boolean;
}
