import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class LegalHoldDto {
  @ApiProperty() @IsBoolean({ message: 'hold must be true or false' }) hold!: boolean;
  @ApiPropertyOptional({ description: 'Required when placing a hold' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason?: string;
}
