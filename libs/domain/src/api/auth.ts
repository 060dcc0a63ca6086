import type { SessionUser } from '../roles';

/** `POST /auth/login`: a session for participants and clients; staff first give their second factor. */
export type LoginResponse = SessionResponse | MfaRequiredResponse;

/** The login needs a second factor (`POST /auth/mfa`); no session exists yet. */
export interface MfaRequiredResponse {
  mfaRequired: true;
}

/** `POST /auth/mfa`, `GET /auth/me`, and a completed login. */
export interface SessionResponse {
  user: SessionUser;
}

/** `GET /auth/csrf`: the token itself is in the `csrf_token` cookie. */
export interface CsrfIssuedResponse {
  ok: boolean;
}

/** `POST /auth/password-reset`: the same answer whether or not the address has an account. */
export interface PasswordResetResponse {
  message: string;
}

export const INVITATION_PURPOSES = ['invite', 'reset_password', 'reset_mfa'] as const;
export type InvitationPurpose = (typeof INVITATION_PURPOSES)[number];

/** A second factor to enrol: the secret as text, as an otpauth:// URL and as a QR code (data: URL). */
export interface SecondFactorEnrolment {
  secret: string | null;
  otpauthUrl: string;
  qrCode: string;
}

/** `POST /invitations/inspect`: what the link is for, before anything is set. */
export interface InvitationDetails {
  purpose: InvitationPurpose;
  email: string;
  displayName: string;
  needsPassword: boolean;
  secondFactor: SecondFactorEnrolment | null;
}
