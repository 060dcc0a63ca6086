import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PagingQuery } from '../../platform/http/paging.query';

const booleanParam = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The privacy officer's case lookup: by reference, by person, or every case under a hold or a restriction. */
export class ListPrivacyCasesQuery extends PagingQuery {
  @ApiPropertyOptional({ description: 'A case reference or its start (any case)' })
  @IsOptional()
  @IsString({ message: 'q must be text' })
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;

  @ApiPropertyOptional({ description: 'Cases of this person (e.g. the subject of a request)' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId?: string;

  @ApiPropertyOptional({ description: 'Only cases under a legal hold (true) or not (false)' })
  @IsOptional()
  @Transform(booleanParam)
  @IsBoolean({ message: 'legalHold must be true or false' })
  legalHold?: boolean;

  @ApiPropertyOptional({ description: 'Only cases whose processing is restricted (true) or not (false)' })
  @IsOptional()
  @Transform(booleanParam)
  @IsBoolean({ message: 'restricted must be true or false' })
  restricted?: boolean;
}
