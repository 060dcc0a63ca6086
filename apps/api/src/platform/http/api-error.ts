import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode, FieldError, FieldProblem } from '@spoor/domain';

export const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** What an error may carry besides its code and message (ApiErrorBody): fields, a current version, … */
export type ApiErrorExtra = Omit<Partial<ApiErrorBody>, 'statusCode' | 'code' | 'message' | 'error'>;

/**
 * Every error the API raises on purpose: the status, a stable code from libs/domain for the web to
 * translate, and an English message for operators (never personal data, never the value sent).
 */
export function apiError(
  status: HttpStatus,
  code: ErrorCode,
  message: string | string[],
  extra: ApiErrorExtra = {},
): HttpException {
  const body: ApiErrorBody = { statusCode: status, code, message, error: STATUS_TEXT[status] ?? 'Error', ...extra };
  // eslint-disable-next-line no-restricted-syntax -- the one place an HttpException is made, with its code
  return new HttpException(body, status);
}

/**
 * 400 VALIDATION_FAILED for problems the DTO's decorators cannot see (a reference that names nothing, a date
 * in the future): each names its field and code; `message` keeps one English line per problem.
 */
export function invalidInput(...problems: FieldProblem[]): HttpException {
  const fields: FieldError[] = problems.map(({ field, code, params }) =>
    params ? { field, code, params } : { field, code },
  );
  return apiError(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    problems.map((problem) => problem.message),
    { fields },
  );
}
