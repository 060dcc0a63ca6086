import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class RectifyPersonDto {
  @ApiPropertyOptional({ description: 'The rectification request this change carries out' })
  @IsOptional()
  @IsUUID('all', { message: 'privacyRequestId must be a UUID' })
  privacyRequestId?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'firstName must be 1 to 100 characters' })
  firstName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'lastName must be 1 to 100 characters' })
  lastName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'birthDate must be a date (YYYY-MM-DD)' })
  birthDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' }) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) phone?: string;
}
