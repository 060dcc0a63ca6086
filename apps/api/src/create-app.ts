import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HttpStatus } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { json, urlencoded } from 'body-parser';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import serveStatic from 'serve-static';
import cookieParser from 'cookie-parser';
import { STAFF_ROLES } from '@spoor/domain';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module';
import { toErrorBody } from './platform/http/http-exception.filter';
import { apiError } from './platform/http/api-error';
import { createOpenApiDocument } from './platform/http/openapi';
import { securityHeaders, STYLE_NONCE_PLACEHOLDER, styleNonce } from './platform/http/security-headers';
import { routeAccess } from './security/route-access';
import { SessionResolver } from './security/session-resolver.service';
import { SESSION_COOKIE } from './security/session-tokens';

export const API_PREFIX = 'api';
/** Swagger UI, its assets and init script, `/api/docs.json` and `/api/docs-yaml` all start with this. */
const DOCS_PATH = `/${API_PREFIX}/docs`;

/**
 * Builds the Nest application with everything the contract promises (prefix, error shape, OpenAPI, security
 * headers, the web app at `/`). Used by main.ts and by the integration tests, so tests run the real thing.
 */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  const production = options.config.nodeEnv === 'production';
  // First, so that every answer carries them — also the parsers' own refusals of a malformed body.
  app.use(securityHeaders({ production, apiPrefix: API_PREFIX, docsPath: DOCS_PATH }));
  // Every API answer may carry personal or special-file data: no browser or proxy may keep a copy. Routes
  // that stream documents or exports set it again themselves; nothing under /api is cacheable.
  app.use(`/${API_PREFIX}`, (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Our own JSON parser so that its errors take the contract's shape and never quote the body back.
  app.use(json({ limit: '1mb' }), urlencoded({ extended: false, limit: '64kb' }), bodyParserErrors);
  app.use(cookieParser());

  // The document maps every route and who may call it: in production a map for staff, not for anyone passing.
  if (production) app.use(openApiForStaff(app.get(SessionResolver)));
  const document = createOpenApiDocument(app, routeAccess(app, API_PREFIX));
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs.json` });

  serveWebApp(app, options.config.webDist);
  return app;
}

/**
 * Production: the OpenAPI document and Swagger UI for logged-in staff only (401 without a session, 403 for a
 * participant or client contact). Development and tests serve them freely.
 */
function openApiForStaff(sessions: SessionResolver): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    // Express matches routes regardless of letter case (/API/DOCS.json reaches Swagger): so does this check.
    if (!req.path.toLowerCase().startsWith(DOCS_PATH)) return next();
    const token = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    (token ? sessions.resolve(token) : Promise.resolve(null)).then(
      (user) => {
        if (!user) return refuse(res, apiError(HttpStatus.UNAUTHORIZED, 'NOT_AUTHENTICATED', 'Not logged in'));
        if (!STAFF_ROLES.includes(user.role)) {
          return refuse(res, apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'The API documentation is for staff'));
        }
        next();
      },
      (error: unknown) => refuse(res, error),
    );
  };
}

function refuse(res: Response, error: unknown): void {
  const body = toErrorBody(error);
  res.status(body.statusCode).json(body);
}

/**
 * The built React app and its client-side routes; API paths never fall through to index.html. index.html is
 * read per answer (a rebuild while running is served at once) and carries this answer's style nonce.
 */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  const assets = serveStatic(webDist, { index: false, maxAge: '1h', setHeaders: noCacheForHtml });
  // API requests never look on disk (serve-static would stat a file for each of them); index.html itself is
  // always rendered with its nonce, never served as the file.
  app.use((req: Request, res: Response, next: NextFunction) =>
    isApiPath(req.path) || req.path === '/index.html' ? next() : assets(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path)) return next();
    readFile(index, 'utf8').then(
      (html) => {
        res.setHeader('Cache-Control', 'no-cache');
        res.type('html').send(html.split(STYLE_NONCE_PLACEHOLDER).join(styleNonce(res) ?? ''));
      },
      (error: unknown) => next(error),
    );
  });
}

function isApiPath(path: string): boolean {
  return path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);
}

function noCacheForHtml(res: Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}

function bodyParserErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (!error) return next();
  const body = toErrorBody(error);
  res.status(body.statusCode).json(body);
}
