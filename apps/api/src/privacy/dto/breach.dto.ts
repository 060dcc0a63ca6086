import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class BreachDto {
  @ApiProperty() @IsISO8601({}, { message: 'discoveredAt must be an ISO 8601 time' }) discoveredAt!: string;
  @ApiProperty() @IsString() @Length(5, 4000, { message: 'nature must be 5 to 4000 characters' }) nature!: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  categoriesOfPeople?: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'approximatePeople must be a whole number' })
  @Min(0)
  @Max(2_147_483_647, { message: 'approximatePeople is out of range' })
  approximatePeople?: number;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  categoriesOfRecords?: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'approximateRecords must be a whole number' })
  @Min(0)
  @Max(2_147_483_647, { message: 'approximateRecords is out of range' })
  approximateRecords?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) likelyConsequences?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) measures?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) contact?: string;
}

export class UpdateBreachDto {
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  @Max(2_147_483_647, { message: 'version is out of range' })
  version!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(5, 4000) nature?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  categoriesOfPeople?: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'approximatePeople must be a whole number' })
  @Min(0)
  @Max(2_147_483_647, { message: 'approximatePeople is out of range' })
  approximatePeople?: number;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  categoriesOfRecords?: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'approximateRecords must be a whole number' })
  @Min(0)
  @Max(2_147_483_647, { message: 'approximateRecords is out of range' })
  approximateRecords?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) likelyConsequences?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) measures?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) contact?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({}, { message: 'authorityNotifiedAt must be an ISO 8601 time' })
  authorityNotifiedAt?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({}, { message: 'peopleNotifiedAt must be an ISO 8601 time' })
  peopleNotifiedAt?: string;
}
