import {
  ERASURE_REFUSAL_CODES,
  isErrorCode,
  isFieldErrorCode,
  type ApiErrorBody,
  type ErasureRefusalReason,
  type ErrorCode,
  type ErrorParams,
  type FieldError,
} from '@spoor/domain';

/** What an error carries besides its status and code; read from the body, everything else dropped. */
export interface ApiErrorDetails {
  code?: ErrorCode;
  fields?: FieldError[];
  currentVersion?: number | null;
  retryAfterSeconds?: number;
  reasons?: ErasureRefusalReason[];
}

/**
 * The contract's error shape (`ApiErrorBody`). The app shows `code` and `fields` in the user's language;
 * `messages` (the API's English) are kept for developers only and never shown.
 */
export class ApiError extends Error {
  /** Undefined when the answer named no code this app knows (a proxy's page, a network failure). */
  readonly code: ErrorCode | undefined;
  readonly fields: FieldError[];
  readonly details: ApiErrorDetails;

  constructor(
    readonly statusCode: number,
    readonly messages: string[],
    readonly error: string,
    details: ApiErrorDetails = {},
  ) {
    super(messages.join('; ') || error);
    this.name = 'ApiError';
    this.code = details.code;
    this.fields = details.fields ?? [];
    this.details = details;
  }
}

const isParamValue = (value: unknown): value is string | number =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

function paramsOf(value: unknown): ErrorParams | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const params = Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string | number] => isParamValue(entry[1])),
  );
  return Object.keys(params).length > 0 ? params : undefined;
}

/** An ApiError from an error answer: only what matches the contract is kept (fail closed on anything else). */
export function apiErrorFrom(status: number, data: unknown, statusText: string): ApiError {
  const body = (typeof data === 'object' && data !== null ? data : {}) as Partial<Record<keyof ApiErrorBody, unknown>>;
  const messages = Array.isArray(body.message)
    ? body.message.filter((m): m is string => typeof m === 'string')
    : typeof body.message === 'string'
      ? [body.message]
      : [];
  const fields = (Array.isArray(body.fields) ? body.fields : []).flatMap((entry: unknown): FieldError[] => {
    const { field, code, params } = (entry ?? {}) as Record<string, unknown>;
    if (typeof field !== 'string' || !isFieldErrorCode(code)) return [];
    const known = paramsOf(params);
    return [known ? { field, code, params: known } : { field, code }];
  });
  const reasons = (Array.isArray(body.reasons) ? body.reasons : []).flatMap(
    (entry: unknown): ErasureRefusalReason[] => {
      const { code, caseReference } = (entry ?? {}) as Record<string, unknown>;
      const known = ERASURE_REFUSAL_CODES.find((refusal) => refusal === code);
      return known && typeof caseReference === 'string' ? [{ code: known, caseReference }] : [];
    },
  );
  const details: ApiErrorDetails = { fields, reasons };
  if (isErrorCode(body.code)) details.code = body.code;
  if (typeof body.currentVersion === 'number' || body.currentVersion === null)
    details.currentVersion = body.currentVersion;
  if (typeof body.retryAfterSeconds === 'number') details.retryAfterSeconds = body.retryAfterSeconds;
  return new ApiError(status, messages, typeof body.error === 'string' ? body.error : statusText, details);
}

export function readCookie(name: string): string | undefined {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Every call to the API goes through here: same-origin cookies, the CSRF header on state-changing requests,
 * and errors turned into ApiError.
 */
export async function apiFetch<T>(path: string, { method = 'GET', body, signal }: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCookie('csrf_token');
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  const response = await fetch(`/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) throw apiErrorFrom(response.status, data, response.statusText);
  return data as T;
}

/** The ApiError of a failed answer read outside apiFetch (a download). */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  return apiErrorFrom(response.status, text ? safeJson(text) : undefined, response.statusText);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
