import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../security/authenticated-user';
import { ACCESS_LOGGED, type AccessLogDeclaration } from './access-log.decorator';
import { AccessLogService } from './access-log.service';
import { trailOf } from './access-trail';

/**
 * Writes the access event of every route declared with @AccessLogged: after the handler, before the response
 * leaves (allowed), or when it refused (denied: 403, and 404 for a record outside the caller's reach).
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessLog: AccessLogService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const declaration = this.reflector.get<AccessLogDeclaration>(ACCESS_LOGGED, context.getHandler());
    if (!declaration) return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caseId = caseIdFrom(request);
    const base = { action: declaration.action, resource: declaration.resource, purpose: declaration.purpose, caseId };
    return next.handle().pipe(
      mergeMap((data) =>
        declaration.inTransaction
          ? [data]
          : from(this.accessLog.recordTrail(request.user, request, { ...base, outcome: 'allowed' }).then(() => data)),
      ),
      catchError((error: unknown) => {
        const status = error instanceof HttpException ? error.getStatus() : 500;
        if ((status !== 403 && status !== 404) || trailOf(request).recorded) return throwError(() => error);
        return from(this.accessLog.recordTrail(request.user, request, { ...base, outcome: 'denied' })).pipe(
          mergeMap(() => throwError(() => error)),
        );
      }),
    );
  }
}

/** Routes under /cases/:id name the case they are about. */
function caseIdFrom(request: AuthenticatedRequest): string | undefined {
  const id = request.params?.['id'];
  return typeof id === 'string' && /\/cases\/[^/]+/.test(request.path) ? id : undefined;
}
