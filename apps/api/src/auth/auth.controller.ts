import { Body, Controller, Get, HttpCode, Post, Req, Res, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { LoginResponse, SessionResponse } from '@spoor/domain';
import type { Request, Response, CookieOptions } from 'express';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { NoPersonalData } from '../access-log/access-log.decorator';
import { Public } from '../security/public.decorator';
import { CSRF_EXEMPT } from '../security/access.guard';
import { CHALLENGE_COOKIE, CSRF_COOKIE, SESSION_COOKIE, newToken } from '../security/session-tokens';
import { AuthService } from './auth.service';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { LoginDto, MfaDto } from './dto/login.dto';
import { AuthenticatedOnly } from '../security/policy.decorator';
import { ApiErrors, ApiOneOfResponse } from '../platform/http/openapi';
import { MfaRequiredResponseDto, SessionResponseDto } from './dto/auth-responses.dto';
import { LoginRequestGuard } from './login-request.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private cookie(httpOnly: boolean, maxAgeMs?: number): CookieOptions {
    return {
      httpOnly,
      sameSite: 'strict',
      secure: this.config.nodeEnv === 'production',
      path: '/',
      ...(maxAgeMs ? { maxAge: maxAgeMs } : {}),
    };
  }

  /** A fresh CSRF token with every change of authentication state. */
  private issueCsrf(res: Response): void {
    res.cookie(CSRF_COOKIE, newToken(), this.cookie(false));
  }

  @Post('login')
  @HttpCode(200)
  @Public('logging in needs no session')
  @SetMetadata(CSRF_EXEMPT, true)
  @UseGuards(LoginRequestGuard)
  @NoPersonalData('returns only the account that logs in (self-access is not logged)')
  @ApiOneOfResponse(
    200,
    '{user} with a session, or {mfaRequired:true} for staff (no session yet)',
    SessionResponseDto,
    MfaRequiredResponseDto,
  )
  @ApiErrors(400, 401, 403, 415, 429)
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const outcome = await this.auth.login(body.email, body.password, req.ip ?? 'unknown');
    this.issueCsrf(res);
    res.clearCookie(SESSION_COOKIE, this.cookie(true));
    if (outcome.kind === 'mfa') {
      res.cookie(CHALLENGE_COOKIE, outcome.challengeToken, this.cookie(true, 5 * 60_000));
      return { mfaRequired: true };
    }
    res.cookie(SESSION_COOKIE, outcome.token, this.cookie(true));
    return { user: outcome.user };
  }

  @Post('mfa')
  @HttpCode(200)
  @Public('completes a login that has no session yet')
  @UseGuards(LoginRequestGuard)
  @NoPersonalData('returns only the account that logs in (self-access is not logged)')
  @ApiOkResponse({ type: SessionResponseDto, description: 'The login is complete: a session cookie is set' })
  @ApiErrors(400, 401, 403, 415, 429)
  async mfa(
    @Body() body: MfaDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    const cookies = (req.cookies ?? {}) as Record<string, string | undefined>;
    const { token, user } = await this.auth.verifySecondFactor(
      cookies[CHALLENGE_COOKIE],
      body.code,
      req.ip ?? 'unknown',
    );
    res.clearCookie(CHALLENGE_COOKIE, this.cookie(true));
    res.cookie(SESSION_COOKIE, token, this.cookie(true));
    this.issueCsrf(res);
    return { user };
  }

  @Post('logout')
  @HttpCode(204)
  @AuthenticatedOnly('everyone may end their own session')
  @NoPersonalData('ends a session')
  @ApiNoContentResponse({ description: 'The session is ended on the server; a fresh CSRF cookie is set' })
  async logout(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(user.sessionId);
    res.clearCookie(SESSION_COOKIE, this.cookie(true));
    this.issueCsrf(res);
  }

  @Get('me')
  @AuthenticatedOnly('everyone may see who they are logged in as')
  @NoPersonalData("returns only the caller's own account (self-access is not logged)")
  @ApiOkResponse({ type: SessionResponseDto })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<SessionResponse> {
    return { user: await this.auth.me(user.id) };
  }
}
