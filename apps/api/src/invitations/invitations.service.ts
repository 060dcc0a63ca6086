import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash } from '@node-rs/argon2';
import { requiresSecondFactor } from '@spoor/domain';
import { authenticator } from 'otplib';
import { toDataURL } from 'qrcode';
import type { DataSource } from 'typeorm';
import { newToken, tokenHash } from '../security/session-tokens';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { apiError, invalidInput } from '../platform/http/api-error';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { MailService } from '../platform/mail/mail.service';
import { passwordStrengthProblems } from '../auth/password-strength';
import { User } from '../users/user.entity';
import { Invitation } from './invitation.entity';

const VALID_HOURS: Record<Invitation['purpose'], number> = { invite: 72, reset_password: 1, reset_mfa: 24 };
const totp = authenticator.clone({ window: 1 });

const SUBJECTS: Record<Invitation['purpose'], string> = {
  invite: 'Uw account voor Spoor',
  reset_password: 'Nieuw wachtwoord instellen voor Spoor',
  reset_mfa: 'Tweestapsverificatie opnieuw instellen voor Spoor',
};

/** Unknown, used, expired or for a disabled account: the same 410, so a link tells nothing about the account. */
const linkInvalid = () => apiError(HttpStatus.GONE, 'LINK_INVALID', 'This link is no longer valid; ask for a new one');

/**
 * One-time links by e-mail: a new account sets its password (and, for staff, enrols TOTP); a forgotten
 * password or a lost second factor is reset the same way. The token travels in the link's fragment
 * (`/invitation#token=…`), which browsers never send to a server, so it cannot land in access logs.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    @InjectConfig() private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  async issue(user: User, purpose: Invitation['purpose']): Promise<void> {
    const link = await this.createLink(user, purpose);
    await this.mail.send({
      to: user.email,
      subject: SUBJECTS[purpose],
      text: [
        `Beste ${user.displayName},`,
        '',
        purpose === 'invite'
          ? 'Er is een account voor u aangemaakt in Spoor.'
          : 'U heeft gevraagd uw toegang tot Spoor te herstellen.',
        `Open deze link binnen ${VALID_HOURS[purpose]} uur: ${link}`,
        '',
        'Heeft u dit niet verwacht? Negeer dit bericht dan.',
      ].join('\n'),
    });
  }

  /** A one-time link (stored hashed); `issue` mails it, `npm run admin:create` prints it. */
  async createLink(user: User, purpose: Invitation['purpose']): Promise<string> {
    const token = newToken();
    await this.dataSource.getRepository(Invitation).insert({
      id: randomUUID(),
      userId: user.id,
      tokenHash: tokenHash(token),
      purpose,
      expiresAt: new Date(Date.now() + VALID_HOURS[purpose] * 3600_000),
      usedAt: null,
    });
    return `${this.config.publicUrl}/invitation#token=${token}`;
  }

  private async find(token: string): Promise<{ invitation: Invitation; user: User }> {
    const invitation = await this.dataSource.getRepository(Invitation).findOneBy({ tokenHash: tokenHash(token) });
    if (!invitation || invitation.usedAt || invitation.expiresAt.getTime() < Date.now()) {
      throw linkInvalid();
    }
    const user = await this.fields.open(
      User,
      await this.dataSource.getRepository(User).findOneByOrFail({ id: invitation.userId }),
    );
    if (user.disabledAt) throw linkInvalid();
    return { invitation, user };
  }

  private needsEnrolment(invitation: Invitation, user: User): boolean {
    return requiresSecondFactor(user.role) && (invitation.purpose === 'invite' || invitation.purpose === 'reset_mfa');
  }

  /** What the invitation page shows: whom it is for and, for staff, the TOTP secret as a QR code. */
  async inspect(token: string) {
    const { invitation, user } = await this.find(token);
    const enrol = this.needsEnrolment(invitation, user) && user.totpSecret;
    const otpauthUrl = enrol ? totp.keyuri(user.email, 'Spoor', user.totpSecret as string) : null;
    return {
      purpose: invitation.purpose,
      email: user.email,
      displayName: user.displayName,
      needsPassword: invitation.purpose !== 'reset_mfa',
      secondFactor: otpauthUrl
        ? { secret: user.totpSecret, otpauthUrl, qrCode: await toDataURL(otpauthUrl, { margin: 1, width: 220 }) }
        : null,
    };
  }

  async accept(token: string, password: string | undefined, code: string | undefined): Promise<void> {
    const { invitation, user } = await this.find(token);
    const changes: Record<string, unknown> = {};
    if (invitation.purpose !== 'reset_mfa') {
      if (!password) throw invalidInput({ field: 'password', code: 'REQUIRED', message: 'password is required' });
      const problems = passwordStrengthProblems(password, { email: user.email, displayName: user.displayName });
      if (problems.length) throw invalidInput(...problems);
      changes['password_hash'] = await hash(password);
    }
    if (this.needsEnrolment(invitation, user)) {
      if (!code || !user.totpSecret || totp.checkDelta(code, user.totpSecret) === null) {
        throw invalidInput({
          field: 'code',
          code: 'SECOND_FACTOR_CODE_MISMATCH',
          message: 'code does not match the authenticator app: scan the QR code and enter the current code',
        });
      }
      changes['mfa_enrolled_at'] = new Date();
    }
    await this.dataSource.transaction(async (manager) => {
      const [used] = await manager.query(
        'UPDATE public.invitations SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id',
        [invitation.id],
      );
      if (used.length === 0) throw linkInvalid();
      const columns = Object.keys(changes);
      if (columns.length) {
        await manager.query(
          `UPDATE public.users SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, version = version + 1 WHERE id = $1`,
          [user.id, ...columns.map((c) => changes[c])],
        );
      }
      // A reset ends every session the account had.
      await manager.query('DELETE FROM public.sessions WHERE user_id = $1', [user.id]);
    });
  }

  /**
   * Mails a reset link when the address belongs to an active account, else does nothing. Runs after the
   * answer has been sent (see the controller): the caller learns nothing from what happens here.
   */
  async sendPasswordReset(email: string): Promise<void> {
    const index = await this.fields.blindIndex(User, 'email', email);
    const found = await this.dataSource.getRepository(User).findOneBy({ emailIndex: index });
    if (!found || found.disabledAt) return;
    await this.issue(await this.fields.open(User, found), 'reset_password');
  }
}
