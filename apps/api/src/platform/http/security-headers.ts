import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * In the web app's index.html: the value of `<meta property="csp-nonce" nonce="…">`, replaced per response by
 * the nonce the Content-Security-Policy names. The web app hands it to Mantine, which puts it on the `<style>`
 * elements it injects at run time (CSS variables, responsive classes).
 */
export const STYLE_NONCE_PLACEHOLDER = '__SPOOR_STYLE_NONCE__';

/** HSTS: one year (the preload lists' minimum), subdomains included. */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

type Locals = { styleNonce?: string };

const styleNonceSource = (_req: IncomingMessage, res: ServerResponse): string =>
  `'nonce-${((res as Response).locals as Locals).styleNonce ?? ''}'`;

/** The nonce of this response's `<style>` elements (set for every request outside the API). */
export function styleNonce(res: Response): string | undefined {
  return (res.locals as Locals).styleNonce;
}

/**
 * Security headers for every answer (helmet), with one Content-Security-Policy shape and three style rules:
 *
 *  - the web app: styles from our own origin, plus `<style>` elements that carry this response's nonce. Mantine
 *    injects such elements at run time and accepts a nonce (`getStyleNonce`); a nonce is stricter than
 *    'unsafe-inline', which would let any injected markup restyle (and, via selectors, probe) the page. Inline
 *    style *attributes* in markup stay refused; React sets styles through the CSSOM, which CSP does not govern.
 *  - the API: JSON and files, no inline styles at all.
 *  - the OpenAPI page (Swagger UI, staff only in production): its fixed template carries an inline `<style>`
 *    block, so styles may be inline there; scripts are from our origin only, as everywhere.
 *
 * Everywhere: no inline script (script-src 'self', script-src-attr 'none'), not frameable (frame-ancestors
 * 'none' and X-Frame-Options DENY), no referrer, nosniff; HSTS and upgrade-insecure-requests in production only
 * (a development server on http://localhost must not pin the browser to https).
 */
export function securityHeaders(options: { production: boolean; apiPrefix: string; docsPath: string }): RequestHandler {
  const policy = (styleSrc: Array<string | typeof styleNonceSource>) =>
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'base-uri': ["'self'"],
          'script-src': ["'self'"],
          'script-src-attr': ["'none'"],
          'style-src': styleSrc,
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
          ...(options.production ? { 'upgrade-insecure-requests': [] } : {}),
        },
      },
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      xContentTypeOptions: true,
      strictTransportSecurity: options.production
        ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true, preload: false }
        : false,
    });
  const webApp = policy(["'self'", styleNonceSource]);
  const api = policy(["'self'"]);
  const docs = policy(["'self'", "'unsafe-inline'"]);
  const apiRoot = `/${options.apiPrefix}`;
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path.toLowerCase().startsWith(options.docsPath)) return docs(req, res, next);
    if (req.path === apiRoot || req.path.startsWith(`${apiRoot}/`)) return api(req, res, next);
    (res.locals as Locals).styleNonce = randomBytes(16).toString('base64');
    return webApp(req, res, next);
  };
}
