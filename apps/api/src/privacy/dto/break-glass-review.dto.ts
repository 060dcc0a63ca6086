import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BREAK_GLASS_REVIEW_OUTCOMES, type BreakGlassReviewOutcome } from '@spoor/domain';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

/** The privacy officer's review of a break-the-glass access. */
export class BreakGlassReviewDto {
  @ApiProperty({ enum: BREAK_GLASS_REVIEW_OUTCOMES, enumName: 'BreakGlassReviewOutcome' })
  @IsIn(BREAK_GLASS_REVIEW_OUTCOMES, { message: 'outcome must be justified, not_justified or needs_follow_up' })
  outcome!: BreakGlassReviewOutcome;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Stored encrypted under the person’s key' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string;
}

/** The breach record the officer confirms from a follow-up where health data was read. */
export class BreakGlassBreachDto {
  @ApiProperty({ minLength: 5, maxLength: 4000 })
  @IsString()
  @Length(5, 4000, { message: 'nature must be 5 to 4000 characters' })
  nature!: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  categoriesOfPeople?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  categoriesOfRecords?: string[];
}
