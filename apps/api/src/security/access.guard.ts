import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { apiError } from '../platform/http/api-error';
import { PUBLIC_ROUTE } from './public.decorator';
import { ACCESS_DENIALS, type AccessDenials } from './access-denials';
import { SessionResolver } from './session-resolver.service';
import { CSRF_COOKIE, SESSION_COOKIE } from './session-tokens';
import type { AuthenticatedRequest } from './authenticated-user';
import { AUTHENTICATED_ONLY, POLICY, type PolicyDeclaration } from './policy.decorator';

export const CSRF_EXEMPT = 'spoor:csrf-exempt';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The one gate every request passes, in this order: CSRF (double submit) for state-changing requests, the
 * session (401 without one), then the route's declared policy (403 when the role may never do it). A route
 * with no declaration at all is refused: no rule, no access.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionResolver,
    @Inject(ACCESS_DENIALS) private readonly denials: AccessDenials,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const cookies = (request.cookies ?? {}) as Record<string, string | undefined>;

    if (!SAFE_METHODS.has(request.method) && !this.reflector.getAllAndOverride<boolean>(CSRF_EXEMPT, targets)) {
      if (!sameToken(cookies[CSRF_COOKIE], request.header('x-csrf-token'))) {
        throw apiError(
          HttpStatus.FORBIDDEN,
          'CSRF_TOKEN_INVALID',
          'Missing or invalid CSRF token (send the csrf_token cookie as X-CSRF-Token)',
        );
      }
    }

    if (this.reflector.getAllAndOverride<string>(PUBLIC_ROUTE, targets)) return true;

    const token = cookies[SESSION_COOKIE];
    const user = token ? await this.sessions.resolve(token) : null;
    if (!user) throw apiError(HttpStatus.UNAUTHORIZED, 'NOT_AUTHENTICATED', 'Not logged in');
    request.user = user;

    if (this.reflector.getAllAndOverride<string>(AUTHENTICATED_ONLY, targets)) return true;
    const policy = this.reflector.getAllAndOverride<PolicyDeclaration>(POLICY, targets);
    if (!policy || !user.ability.can(policy.action, policy.subject)) {
      // A refused route that touches personal data leaves a denied event (or, if that fails, no answer but 503).
      await this.denials.recordDenied(user, request, context.getHandler());
      throw apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Not allowed');
    }
    return true;
  }
}
