import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { requiresSecondFactor, type SessionUser } from '@spoor/domain';
import { authenticator } from 'otplib';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { apiError } from '../platform/http/api-error';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { User } from '../users/user.entity';
import { newToken, tokenHash } from '../security/session-tokens';
import { SECOND_FACTOR_REPLAY_EXEMPT, type SecondFactorReplayExempt } from './second-factor-replay';
import { ThrottleService, accountThrottleValue, type ThrottleKey } from './throttle.service';

const CHALLENGE_MINUTES = 5;
const INVALID_LOGIN = 'Invalid e-mail address or password';
/** RFC 6238 with one step (30 s) of clock drift either way. */
const totp = authenticator.clone({ window: 1 });

export type LoginOutcome =
  | { kind: 'session'; token: string; user: SessionUser }
  | { kind: 'mfa'; challengeToken: string };

@Injectable()
export class AuthService {
  /** A hash to verify against when the e-mail is unknown, so timing does not reveal which accounts exist. */
  private readonly dummyHash = hash('spoor-dummy-password-for-timing');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    @InjectConfig() private readonly config: AppConfig,
    private readonly throttle: ThrottleService,
    @Optional()
    @Inject(SECOND_FACTOR_REPLAY_EXEMPT)
    private readonly replayExempt: SecondFactorReplayExempt = new Set(),
  ) {}

  /** Second-factor failures of one account: their own count, cleared only by a successful second factor. */
  static secondFactorKey(userId: string): ThrottleKey {
    return { scope: 'second_factor', value: `user:${userId}` };
  }

  async login(email: string, password: string, address: string): Promise<LoginOutcome> {
    // The account is looked up first so that its throttle counts by identity, not by spelling: every
    // spelling that reaches the account (NFKC, case folding) spends the same budget.
    const index = await this.fields.blindIndex(User, 'email', email);
    const user = await this.dataSource.getRepository(User).findOneBy({ emailIndex: index });
    const attempt = await this.throttle.begin([
      { scope: 'account', value: accountThrottleValue(user, email) },
      { scope: 'address', value: address },
    ]);
    let passwordOk = false;
    if (user?.passwordHash) {
      passwordOk = await verify(user.passwordHash, password).catch(() => false);
    } else {
      await verify(await this.dummyHash, password).catch(() => false);
    }
    // A failed attempt stays counted (begin recorded it).
    if (!user || !passwordOk || user.disabledAt)
      throw apiError(HttpStatus.UNAUTHORIZED, 'LOGIN_INVALID', INVALID_LOGIN);
    // Clears the password failures only: second-factor failures keep counting under their own key.
    await attempt.succeeded();
    if (requiresSecondFactor(user.role)) {
      if (!user.totpSecret || !user.mfaEnrolledAt) {
        throw apiError(
          HttpStatus.FORBIDDEN,
          'SECOND_FACTOR_NOT_ENROLLED',
          'This account has no second factor yet: finish the enrolment from the invitation link',
        );
      }
      // A locked second factor is said at once (to someone who knows the password), not after a code.
      await this.throttle.assertOpen(AuthService.secondFactorKey(user.id));
      const challengeToken = newToken();
      await this.dataSource.query(
        `INSERT INTO public.login_challenges (id, token_hash, user_id, expires_at) VALUES ($1, $2, $3, now() + $4::interval)`,
        [randomUUID(), tokenHash(challengeToken), user.id, `${CHALLENGE_MINUTES} minutes`],
      );
      return { kind: 'mfa', challengeToken };
    }
    const token = await this.createSession(user.id);
    return { kind: 'session', token, user: this.sessionUser(await this.fields.open(User, user)) };
  }

  async verifySecondFactor(
    challengeToken: string | undefined,
    code: string,
    address: string,
  ): Promise<{ token: string; user: SessionUser }> {
    const byAddress = await this.throttle.begin([{ scope: 'address', value: address }]);
    const [challenge] = challengeToken
      ? await this.dataSource.query(
          'SELECT id, user_id FROM public.login_challenges WHERE token_hash = $1 AND expires_at > now()',
          [tokenHash(challengeToken)],
        )
      : [];
    if (!challenge)
      throw apiError(
        HttpStatus.UNAUTHORIZED,
        'LOGIN_EXPIRED',
        'No pending login: log in with your e-mail address and password first',
      );
    const user = await this.fields.open(
      User,
      await this.dataSource.getRepository(User).findOneByOrFail({ id: challenge.user_id }),
    );
    // Counted per account across logins: a fresh login (a right password) does not reset this count.
    const byAccount = await this.throttle.begin([AuthService.secondFactorKey(user.id)]);
    const step = user.totpSecret && !user.disabledAt ? this.acceptedStep(user.totpSecret, code) : null;
    // A code is accepted once (RFC 6238, 5.2): the update succeeds only for a later time step. Exception:
    // secrets the composition root names as published (the demo accounts, outside production only), where
    // replay protection would protect nothing while breaking scripted logins that reuse the current code.
    const publishedSecret = !!user.totpSecret && this.replayExempt.has(user.totpSecret);
    const accepted =
      step !== null &&
      (publishedSecret ||
        (
          await this.dataSource.query(
            'UPDATE public.users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1) RETURNING id',
            [step, user.id],
          )
        )[0].length === 1);
    if (!accepted)
      throw apiError(HttpStatus.UNAUTHORIZED, 'SECOND_FACTOR_CODE_INVALID', 'Invalid or already used code');
    await byAccount.succeeded();
    await byAddress.succeeded();
    await this.dataSource.query('DELETE FROM public.login_challenges WHERE id = $1 OR expires_at < now()', [
      challenge.id,
    ]);
    const token = await this.createSession(user.id);
    return { token, user: this.sessionUser(user) };
  }

  /** The RFC 6238 time step the code belongs to (±1 step for clock drift), or null. */
  private acceptedStep(secret: string, code: string): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const delta = totp.checkDelta(code, secret);
    if (delta === null) return null;
    return Math.floor(Date.now() / 1000 / 30) + delta;
  }

  private async createSession(userId: string): Promise<string> {
    const token = newToken();
    await this.dataSource.query(
      `INSERT INTO public.sessions (id, token_hash, user_id, last_seen_at, expires_at) VALUES ($1, $2, $3, now(), now() + $4::interval)`,
      [randomUUID(), tokenHash(token), userId, `${this.config.sessionAbsoluteHours} hours`],
    );
    return token;
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM public.sessions WHERE id = $1', [sessionId]);
  }

  async me(userId: string): Promise<SessionUser> {
    return this.sessionUser(
      await this.fields.open(User, await this.dataSource.getRepository(User).findOneByOrFail({ id: userId })),
    );
  }

  /** `user` with its encrypted fields opened. */
  private sessionUser(user: User): SessionUser {
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      displayName: user.displayName,
      organisationId: user.organisationId,
      personId: user.personId,
    };
  }
}
