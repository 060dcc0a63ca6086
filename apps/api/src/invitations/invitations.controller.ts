import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import type { CsrfIssuedResponse, InvitationDetails, PasswordResetResponse } from '@spoor/domain';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { normalizeForIndex } from '@spoor/crypto';
import type { CookieOptions, Request, Response } from 'express';
import { NoPersonalData } from '../access-log/access-log.decorator';
import { CSRF_COOKIE, newToken, tokenHash } from '../security/session-tokens';
import { Public } from '../security/public.decorator';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { ApiErrors } from '../platform/http/openapi';
import { ThrottleService, linkThrottleKeys } from '../auth/throttle.service';
import { AfterResponseQueue } from './after-response-queue';
import { InvitationsService } from './invitations.service';
import { CsrfIssuedResponseDto, InvitationDetailsDto, PasswordResetResponseDto } from './dto/invitation-responses.dto';

class TokenDto {
  @ApiProperty() @IsString() @Length(20, 100, { message: 'token is not a valid link token' }) token!: string;
}

class AcceptInvitationDto extends TokenDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(256) password?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(6, 6, { message: 'code must be 6 digits', context: { code: 'NOT_A_SIX_DIGIT_CODE' } })
  code?: string;
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
    private readonly throttle: ThrottleService,
    private readonly queue: AfterResponseQueue,
  ) {}

  /** Pages used before login (invitation, password reset) fetch their CSRF cookie here. */
  @Get('auth/csrf')
  @Public('gives a CSRF token to pages used before login')
  @NoPersonalData('a random token')
  @ApiOkResponse({ type: CsrfIssuedResponseDto, description: 'Sets the csrf_token cookie' })
  csrf(@Res({ passthrough: true }) res: Response): CsrfIssuedResponse {
    const options: CookieOptions = {
      httpOnly: false,
      sameSite: 'strict',
      secure: this.config.nodeEnv === 'production',
      path: '/',
    };
    res.cookie(CSRF_COOKIE, newToken(), options);
    return { ok: true };
  }

  @Post('invitations/inspect')
  @HttpCode(200)
  @Public('the invitation link is the credential')
  @NoPersonalData("returns only the invited account's own details (self-access)")
  @ApiOkResponse({ type: InvitationDetailsDto })
  @ApiErrors(400, 410)
  inspect(@Body() body: TokenDto): Promise<InvitationDetails> {
    return this.invitations.inspect(body.token);
  }

  @Post('invitations/accept')
  @HttpCode(204)
  @Public('the invitation link is the credential')
  @NoPersonalData('sets the invited account\u2019s own password and second factor')
  @ApiNoContentResponse({ description: 'Password and second factor are set; the link is used up' })
  @ApiErrors(400, 410, 429)
  async accept(@Body() body: AcceptInvitationDto, @Req() req: Request): Promise<void> {
    // A refused password or code leaves the link valid: every attempt counts, per link and per source
    // address, before the link is even looked up (unknown links too); only a successful one is taken back.
    const attempt = await this.throttle.begin(linkThrottleKeys(tokenHash(body.token), req.ip ?? 'unknown'));
    await this.invitations.accept(body.token, body.password, body.code);
    await attempt.succeeded();
  }

  @Post('auth/password-reset')
  @HttpCode(202)
  @Public('someone who forgot their password has no session')
  @NoPersonalData('answers the same for every address')
  @ApiAcceptedResponse({
    type: PasswordResetResponseDto,
    description: 'The same answer whether or not the address has an account',
  })
  @ApiErrors(400, 429)
  async passwordReset(
    @Body() body: PasswordResetDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PasswordResetResponse> {
    // Counted per address (in the form the account lookup uses, so no other spelling gets a fresh budget;
    // one address is one account) and per source address, before anything is looked up: the same work and
    // the same answers whether the address is known or not. Every request counts; nothing is taken back.
    await this.throttle.begin([
      { scope: 'reset_account', value: `email:${normalizeForIndex(body.email)}` },
      { scope: 'reset_address', value: req.ip ?? 'unknown' },
    ]);
    // The lookup, the link and the mail happen after the answer has left, so its timing tells nothing.
    this.queue.afterResponse(res, 'password reset', () => this.invitations.sendPasswordReset(body.email));
    return { message: 'If the address belongs to an account, a link to set a new password has been sent.' };
  }
}
