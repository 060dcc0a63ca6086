import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AppAbility, Role } from '@spoor/domain';
import type { Request } from 'express';

/** The caller, resolved from the session cookie on every request (a disabled user or changed role counts at once). */
export interface AuthenticatedUser {
  id: string;
  role: Role;
  organisationId: string | null;
  personId: string | null;
  sessionId: string;
  breakGlassCaseIds: string[];
  ability: AppAbility;
}

export type AuthenticatedRequest = Request & { user?: AuthenticatedUser; id?: string };

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('CurrentUser used on a route without a session');
  return request.user;
});
