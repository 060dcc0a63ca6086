import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import type { CookieOptions, Response } from 'express';
import { NoPersonalData } from '../access-log/access-log.decorator';
import { CSRF_COOKIE, newToken } from '../security/session-tokens';
import { Public } from '../security/public.decorator';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { InvitationsService } from './invitations.service';

class TokenDto {
  @ApiProperty() @IsString() @Length(20, 100, { message: 'token is not a valid link token' }) token!: string;
}

class AcceptInvitationDto extends TokenDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(256) password?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(6, 6, { message: 'code must be 6 digits' }) code?: string;
}

class PasswordResetDto {
  @ApiProperty() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string;
}

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Pages used before login (invitation, password reset) fetch their CSRF cookie here. */
  @Get('auth/csrf')
  @Public('gives a CSRF token to pages used before login')
  @NoPersonalData('a random token')
  csrf(@Res({ passthrough: true }) res: Response) {
    const options: CookieOptions = { httpOnly: false, sameSite: 'strict', secure: this.config.nodeEnv === 'production', path: '/' };
    res.cookie(CSRF_COOKIE, newToken(), options);
    return { ok: true };
  }

  @Post('invitations/inspect')
  @HttpCode(200)
  @Public('the invitation link is the credential')
  @NoPersonalData("returns only the invited account's own details (self-access)")
  inspect(@Body() body: TokenDto) {
    return this.invitations.inspect(body.token);
  }

  @Post('invitations/accept')
  @HttpCode(204)
  @Public('the invitation link is the credential')
  @NoPersonalData('sets the invited account\u2019s own password and second factor')
  async accept(@Body() body: AcceptInvitationDto): Promise<void> {
    await this.invitations.accept(body.token, body.password, body.code);
  }

  @Post('auth/password-reset')
  @HttpCode(202)
  @Public('someone who forgot their password has no session')
  @NoPersonalData('answers the same for every address')
  async passwordReset(@Body() body: PasswordResetDto) {
    await this.invitations.requestPasswordReset(body.email);
    return { message: 'If the address belongs to an account, a link to set a new password has been sent.' };
  }
}
