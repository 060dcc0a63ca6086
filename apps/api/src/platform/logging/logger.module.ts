import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { LogFn, Logger as PinoInstance } from 'pino';
import pretty from 'pino-pretty';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Paths under which personal data may appear in a log object; pino replaces them with "[redacted]". */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.email',
  '*.code',
  '*.name',
  '*.firstName',
  '*.lastName',
  '*.birthDate',
  '*.address',
  '*.phone',
  '*.body',
  '*.details',
];

/** Nest's start-up listing of every mapped route: a screenful of noise on a developer's console. */
const ROUTE_LISTING_CONTEXTS = new Set(['RoutesResolver', 'RouterExplorer']);

/** A pino `logMethod` hook: drops the route listing; everything else is logged as it comes. */
export function withoutRouteListing(this: PinoInstance, args: Parameters<LogFn>, method: LogFn): void {
  const first: unknown = args[0];
  const context = typeof first === 'object' && first !== null ? (first as { context?: unknown }).context : undefined;
  if (typeof context === 'string' && ROUTE_LISTING_CONTEXTS.has(context)) return;
  method.apply(this, args);
}

/**
 * Readable lines for a developer's console (`npm start`): time, level, [context], message, and for a request
 * its method, path, status, duration and request id. It formats what pino has already serialised and
 * redacted, so it shows nothing the JSON would not.
 */
export function developmentConsole(destination?: NodeJS.WritableStream): NodeJS.WritableStream {
  return pretty({
    // Synchronous to the console, so that its lines and the start-up banner (main.ts) come out in order.
    ...(destination ? { destination, colorize: false } : { sync: true }),
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: (log, messageKey) => {
      const context = typeof log['context'] === 'string' ? `[${log['context']}] ` : '';
      const req = log['req'] as { id?: string; method?: string; path?: string } | undefined;
      const res = log['res'] as { statusCode?: number } | undefined;
      const took = typeof log['responseTime'] === 'number' ? ` ${log['responseTime']} ms` : '';
      const request = req
        ? ` ${req.method} ${req.path}${res ? ` → ${res.statusCode}` : ''}${took} (request ${req.id})`
        : '';
      return `${context}${String(log[messageKey] ?? '')}${request}`;
    },
  });
}

@Module({})
export class AppLoggerModule {
  /**
   * JSON lines to `stream` (tests capture them) or stdout (production: for the log collector). With `pretty`
   * (development) and no stream of its own: readable lines, without Nest's route listing.
   */
  static forRoot(
    level: string,
    stream?: NodeJS.WritableStream,
    { pretty: readable = false }: { pretty?: boolean } = {},
  ): DynamicModule {
    const developerConsole = readable && !stream;
    return {
      module: AppLoggerModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: [
            {
              level,
              genReqId: (req: IncomingMessage, res: ServerResponse) => {
                const given = req.headers['x-request-id'];
                const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
                res.setHeader('X-Request-Id', id);
                return id;
              },
              redact: { paths: REDACT_PATHS, censor: '[redacted]' },
              serializers: {
                // The query string may hold a search for a name: log the path only.
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  path: req.url.split('?')[0],
                }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              customLogLevel: (_req, res, error) =>
                error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
              autoLogging: { ignore: (req) => req.url === '/api/health' },
              ...(developerConsole ? { hooks: { logMethod: withoutRouteListing } } : {}),
            },
            stream ?? (developerConsole ? developmentConsole() : process.stdout),
          ],
        }),
      ],
    };
  }
}
