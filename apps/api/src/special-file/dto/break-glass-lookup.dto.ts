import { ApiProperty } from '@nestjs/swagger';
import type { BreakGlassLookupResult } from '@spoor/domain';
import { IsString, Matches, MaxLength } from 'class-validator';

/** A case reference as printed on letters and lists (`RI-2026-0001`); exact, case and outer spaces aside. */
export class BreakGlassLookupDto {
  @ApiProperty({ example: 'RI-2026-0001', maxLength: 32 })
  @IsString()
  @MaxLength(32, { message: 'reference must be at most 32 characters' })
  @Matches(/^\s*[A-Za-z]{2,4}-\d{4}-\d{1,8}\s*$/, { message: 'reference must look like RI-2026-0001' })
  reference!: string;
}

export class BreakGlassLookupResultDto implements BreakGlassLookupResult {
  @ApiProperty({ type: String, format: 'uuid', description: 'The case to break the glass on; nothing else' })
  caseId!: string;
}
