import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { apiError } from '../platform/http/api-error';

/** Browsers' own word on where a request comes from; anything but these is another site. */
const SAME_ORIGIN_FETCH = new Set(['same-origin', 'none']);

/**
 * The origin as URL parsing reads it: scheme and host lower-cased (they are case-insensitive), a trailing
 * slash gone. `null` (the Origin of sandboxed frames, file: pages, some redirects) and garbage give null.
 */
const parseOrigin = (origin: string): { origin: string; host: string } | null => {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? null : { origin: url.origin, host: url.host };
  } catch {
    return null;
  }
};

/**
 * Login CSRF: the login and second-factor routes take no CSRF token (there is no session yet), so a page on
 * another site could post a form to them and log the victim's browser into the attacker's account. They
 * accept JSON only (a cross-site HTML form cannot send it without a CORS preflight, which this API never
 * grants) — 415 otherwise — and refuse a request the browser marks as coming from elsewhere: `Sec-Fetch-Site`
 * other than same-origin, or an `Origin` that is neither the app's public URL nor the request's own host
 * (403 LOGIN_CROSS_SITE). A request with neither header (curl, scripts, tests) comes from no page and passes.
 */
@Injectable()
export class LoginRequestGuard implements CanActivate {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const fetchSite = request.get('sec-fetch-site')?.trim().toLowerCase();
    const origin = request.get('origin')?.trim();
    const crossSite =
      (fetchSite !== undefined && !SAME_ORIGIN_FETCH.has(fetchSite)) ||
      (origin !== undefined && !this.isOwnOrigin(origin, request));
    if (crossSite)
      throw apiError(
        HttpStatus.FORBIDDEN,
        'LOGIN_CROSS_SITE',
        'Log in from the application itself (cross-site request)',
      );
    if (!request.is('application/json'))
      throw apiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'JSON_REQUIRED', 'Send the login as application/json');
    return true;
  }

  /**
   * Compared as parsed origins, so `HTTP://LOCALHOST:3000` or a trailing slash is the app's own origin (no
   * other site can produce an Origin that parses to it; browsers send the serialised, lower-case form anyway),
   * while `Origin: null` and anything unparsable are refused.
   */
  private isOwnOrigin(origin: string, request: Request): boolean {
    const parsed = parseOrigin(origin);
    if (parsed === null) return false;
    if (parsed.origin === new URL(this.config.publicUrl).origin) return true;
    return parsed.host === request.get('host')?.toLowerCase();
  }
}
