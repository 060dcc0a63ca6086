import { createHash, randomBytes } from 'node:crypto';

/** The httpOnly session cookie, the short-lived second-factor challenge cookie and the double-submit CSRF cookie. */
export const SESSION_COOKIE = 'spoor_session';
export const CHALLENGE_COOKIE = 'spoor_mfa';
export const CSRF_COOKIE = 'csrf_token';

/** Tokens are stored only as their SHA-256: a database reader cannot replay a session or an invitation. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');
