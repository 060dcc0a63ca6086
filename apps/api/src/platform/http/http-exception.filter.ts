import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { isErrorCode, type ApiErrorBody, type ErrorCode } from '@spoor/domain';
import type { Request, Response } from 'express';
import { STATUS_TEXT } from './api-error';

/** The code of an exception that names none (Nest's own, a route Nest does not know): by its status. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'NOT_AUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  410: 'LINK_INVALID',
  413: 'BODY_TOO_LARGE',
  415: 'UPLOAD_TYPE_UNSUPPORTED',
  423: 'PROCESSING_RESTRICTED',
  429: 'TOO_MANY_ATTEMPTS',
  503: 'SERVICE_UNAVAILABLE',
};

function codeForStatus(status: number): ErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
}

/** Errors thrown by Express' body parser carry `type` and `status`; their messages may quote the body. */
interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * The one error shape of the contract: `{ statusCode, code, message, error }` (ApiErrorBody). Messages of
 * unexpected errors never reach the client (they may contain SQL or personal data); they are logged with the
 * request id only.
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
      this.logger.error(
        {
          requestId: request.id,
          errorName: name,
          stack: exception instanceof Error ? exception.stack?.split('\n').slice(1, 6).join('\n') : undefined,
        },
        'request failed',
      );
    }
    if (!response.headersSent) {
      if (body.statusCode === 429 && typeof body.retryAfterSeconds === 'number')
        response.setHeader('Retry-After', String(body.retryAfterSeconds));
      response.status(body.statusCode).json(body);
    }
  }
}

export function toErrorBody(exception: unknown): ApiErrorBody {
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const raw = exception.getResponse();
    if (typeof raw === 'object' && raw !== null) {
      const r = raw as Partial<ApiErrorBody> & Record<string, unknown>;
      return {
        ...r,
        statusCode,
        code: isErrorCode(r.code) ? r.code : codeForStatus(statusCode),
        message: r.message ?? exception.message,
        error: typeof r.error === 'string' ? r.error : (STATUS_TEXT[statusCode] ?? 'Error'),
      };
    }
    return {
      statusCode,
      code: codeForStatus(statusCode),
      message: String(raw),
      error: STATUS_TEXT[statusCode] ?? 'Error',
    };
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
    const code: ErrorCode =
      statusCode === 413 ? 'BODY_TOO_LARGE' : statusCode === 415 ? 'BODY_ENCODING_UNSUPPORTED' : 'MALFORMED_BODY';
    return { statusCode, code, message, error: STATUS_TEXT[statusCode] ?? 'Bad Request' };
  }
  // Last line of defence: a value the validation let through but PostgreSQL refuses is still bad input.
  const code =
    (exception as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ??
    (exception as { code?: unknown })?.code;
  if (typeof code === 'string' && ['22001', '22003', '22007', '22008', '22P02'].includes(code)) {
    return {
      statusCode: HttpStatus.BAD_REQUEST,
      code: 'VALIDATION_FAILED',
      message: 'a value is out of range or malformed',
      error: STATUS_TEXT[400],
    };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database is unavailable; try again shortly',
      error: STATUS_TEXT[503],
    };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: 'INTERNAL_ERROR',
    message: 'Internal server error',
    error: STATUS_TEXT[500],
  };
}

/** Connection refused or cut, server shutting down or starting: the database is away, not the request wrong. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

export function isDatabaseUnavailable(exception: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = exception;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (
      typeof message === 'string' &&
      /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message)
    )
      return true;
    current =
      (current as { driverError?: unknown; cause?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
