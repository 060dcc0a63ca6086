import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'coach@spoor.test' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Spoor-demo-2026!' })
  @IsString()
  @Length(1, 1024)
  password!: string;
}

export class MfaDto {
  @ApiProperty({ example: '123456', description: 'The current 6-digit TOTP code' })
  @IsString()
  @Length(6, 6, { message: 'code must be 6 digits', context: { code: 'NOT_A_SIX_DIGIT_CODE' } })
  code!: string;
}
