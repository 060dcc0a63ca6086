import type { ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from './authenticated-user';

/** The route handler being refused (its metadata says whether the route is access-logged). */
export type RouteHandler = ReturnType<ExecutionContext['getHandler']>;

/**
 * What the guard needs of the access log when it refuses a logged route: record the denial (and fail closed
 * when that cannot be written). Provided by the access-log module, so security/ does not import it.
 */
export interface AccessDenials {
  recordDenied(user: AuthenticatedUser, request: Request, handler: RouteHandler): Promise<void>;
}

export const ACCESS_DENIALS = Symbol('ACCESS_DENIALS');
