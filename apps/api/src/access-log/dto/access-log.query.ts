import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';

export class AccessLogQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'personId must be a UUID' }) personId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'caseId must be a UUID' }) caseId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'actorId must be a UUID' }) actorId?: string;
  @ApiPropertyOptional({
    description:
      "A person's last name or e-mail address, matched whole (upper or lower case alike) through the blind indexes",
  })
  @IsOptional()
  @IsString({ message: 'person must be text' })
  @Length(1, 200, { message: 'person must be 1 to 200 characters' })
  person?: string;
  @ApiPropertyOptional({ description: 'A case reference, whole (e.g. RI-2026-0001)', example: 'RI-2026-0001' })
  @IsOptional()
  @IsString({ message: 'caseReference must be text' })
  @Matches(/^[A-Za-z0-9-]{1,40}$/, { message: 'caseReference must be a case reference such as RI-2026-0001' })
  caseReference?: string;
  @ApiPropertyOptional({ description: 'ISO 8601 date or time' })
  @IsOptional()
  @IsISO8601({}, { message: 'from must be an ISO 8601 date' })
  from?: string;
  @ApiPropertyOptional({ description: 'ISO 8601 date or time' })
  @IsOptional()
  @IsISO8601({}, { message: 'to must be an ISO 8601 date' })
  to?: string;
  @ApiPropertyOptional({ enum: ['allowed', 'denied'] })
  @IsOptional()
  @IsIn(['allowed', 'denied'], { message: 'outcome must be allowed or denied' })
  outcome?: 'allowed' | 'denied';

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'breakGlass must be true or false' })
  breakGlass?: boolean;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  page = 1;
  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(500)
  pageSize = 50;
}

export class OwnAccessLogQuery {
  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  page = 1;
  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(200)
  pageSize = 50;
}
