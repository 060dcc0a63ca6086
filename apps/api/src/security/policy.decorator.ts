import { SetMetadata } from '@nestjs/common';
import type { AppAction, AppSubject } from '@spoor/domain';

export const POLICY = 'spoor:policy';

export interface PolicyDeclaration {
  action: AppAction;
  subject: AppSubject;
}

/**
 * Declares what a route needs: the role must be able to do `action` on `subject` at all (checked by the
 * PoliciesGuard, 403 otherwise). Record conditions (whose case) are enforced where records are loaded, as SQL,
 * answering 404 for records outside the caller's reach.
 */
export const Policy = (action: AppAction, subject: AppSubject) =>
  SetMetadata(POLICY, { action, subject } satisfies PolicyDeclaration);

/** A route for any logged-in user, whatever the role (e.g. /auth/me, /auth/logout). */
export const AUTHENTICATED_ONLY = 'spoor:authenticated-only';
export const AuthenticatedOnly = (reason: string) => SetMetadata(AUTHENTICATED_ONLY, reason);
