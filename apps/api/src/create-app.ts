import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { json, urlencoded } from 'body-parser';
import type { NextFunction, Request, Response } from 'express';
import serveStatic from 'serve-static';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module';
import { toErrorBody } from './platform/http/http-exception.filter';
import { createOpenApiDocument } from './platform/http/openapi';
import { routeAccess } from './security/route-access';

export const API_PREFIX = 'api';

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
  // Our own JSON parser so that its errors take the contract's shape and never quote the body back.
  app.use(json({ limit: '1mb' }), urlencoded({ extended: false, limit: '64kb' }), bodyParserErrors);
  app.use(cookieParser());
  // Every API answer may carry personal or special-file data: no browser or proxy may keep a copy. Routes
  // that stream documents or exports set it again themselves; nothing under /api is cacheable.
  app.use(`/${API_PREFIX}`, (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Swagger UI and Mantine inject styles; no inline scripts anywhere.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );

  const document = createOpenApiDocument(app, routeAccess(app, API_PREFIX));
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs.json` });

  serveWebApp(app, options.config.webDist);
  return app;
}

/** The built React app and its client-side routes; API paths never fall through to index.html. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  const assets = serveStatic(webDist, { index: false, maxAge: '1h', setHeaders: noCacheForHtml });
  // API requests never look on disk (serve-static would stat a file for each of them).
  app.use((req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : assets(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
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
