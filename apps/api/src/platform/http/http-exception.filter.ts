import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

export interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Errors thrown by Express' body parser carry `type` and `status`; their messages may quote the body. */
interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * The one error shape of the contract: `{ statusCode, message, error }`. Messages of unexpected errors never
 * reach the client (they may contain SQL or personal data); they are logged with the request id only.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest<Request & { id?: string }>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      const name = exception instanceof Error ? exception.name : typeof exception;
      // No message: it could quote a row. The stack names the code path.
      this.logger.error({ requestId: request.id, errorName: name, stack: exception instanceof Error ? exception.stack?.split('\n').slice(1, 6).join('\n') : undefined }, 'request failed');
    }
    if (!response.headersSent) {
      const retryAfter = (body as ErrorBody & { retryAfterSeconds?: unknown }).retryAfterSeconds;
      if (body.statusCode === 429 && typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
      response.status(body.statusCode).json(body);
    }
  }
}

export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const raw = exception.getResponse();
    if (typeof raw === 'object' && raw !== null) {
      const r = raw as Partial<ErrorBody> & Record<string, unknown>;
      return {
        ...r,
        statusCode,
        message: r.message ?? exception.message,
        error: typeof r.error === 'string' ? r.error : (STATUS_TEXT[statusCode] ?? 'Error'),
      };
    }
    return { statusCode, message: String(raw), error: STATUS_TEXT[statusCode] ?? 'Error' };
  }
  const parser = exception as BodyParserError;
  if (parser && typeof parser.type === 'string' && typeof parser.status === 'number' && parser.status < 500) {
    const statusCode = parser.status;
    const message =
      parser.type === 'entity.parse.failed'
        ? 'body: malformed JSON'
        : parser.type === 'entity.too.large'
          ? 'body: too large'
          : `body: ${parser.type}`;
    return { statusCode, message, error: STATUS_TEXT[statusCode] ?? 'Bad Request' };
  }
  // Last line of defence: a value the validation let through but PostgreSQL refuses is still bad input.
  const code = (exception as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ?? (exception as { code?: unknown })?.code;
  if (typeof code === 'string' && ['22001', '22003', '22007', '22008', '22P02'].includes(code)) {
    return { statusCode: HttpStatus.BAD_REQUEST, message: 'a value is out of range or malformed', error: STATUS_TEXT[400] };
  }
  if (isDatabaseUnavailable(exception)) {
    return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: 'The database is unavailable; try again shortly', error: STATUS_TEXT[503] };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    message: 'Internal server error',
    error: STATUS_TEXT[500],
  };
}

/** Connection refused or cut, server shutting down or starting: the database is away, not the request wrong. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

export function isDatabaseUnavailable(exception: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = exception;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message)) return true;
    current = (current as { driverError?: unknown; cause?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
