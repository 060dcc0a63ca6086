import { applyDecorators, type INestApplication, type Type } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  DocumentBuilder,
  getSchemaPath,
  SwaggerModule,
  type OpenAPIObject,
} from '@nestjs/swagger';
import {
  ERASURE_REFUSAL_CODES,
  ERROR_CODES,
  FIELD_ERROR_CODES,
  type ApiErrorBody,
  type ErasureRefusalCode,
  type ErasureRefusalReason,
  type ErrorCode,
  type ErrorParams,
  type FieldError,
  type FieldErrorCode,
} from '@spoor/domain';

/**
 * OpenAPI helpers: the one way a route documents what it answers. The document must be complete enough to
 * generate a client from (`npm run openapi:check`), so every operation names its success body and the errors
 * it can give, in the contract's one error shape.
 *
 * What the AccessGuard enforces (session cookie, CSRF header, 401/403) is not declared per route: it is read
 * from the same metadata the guard reads and added by `documentRouteAccess`, so documentation and enforcement
 * cannot disagree.
 */

/** Security scheme names in the document. */
export const SESSION_COOKIE_SCHEME = 'spoor_session';
export const CSRF_HEADER_SCHEME = 'csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * The statuses a route may give besides its success. 401 and the guard's 403 are added by `documentRouteAccess`,
 * as is a `default` answer (500, 503) in the error shape.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 423 | 429 | 503;

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'Bad input; `message` names the field, `fields` gives per-field codes',
  401: 'Not logged in',
  403: 'Not allowed, or missing/invalid CSRF token',
  404: 'Not found, or not yours',
  409: 'Conflict with the current state (e.g. a stale version)',
  410: 'The link has expired or was used already',
  413: 'Too large',
  415: 'Wrong file type (checked by content)',
  423: 'Locked (e.g. restricted processing or a legal hold)',
  429: 'Too many attempts; see Retry-After',
  503: 'A dependency (the database) is unavailable',
};

export class ApiFieldErrorDto implements FieldError {
  @ApiProperty({
    type: String,
    description: 'The field, as a path in the request (`person.email`, `rubrieken[2].number`)',
  })
  field!: string;

  @ApiProperty({ enum: FIELD_ERROR_CODES, enumName: 'FieldErrorCode', description: 'What is wrong with the field' })
  code!: FieldErrorCode;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'Values the text is built from (e.g. `max`)',
  })
  params?: ErrorParams;
}

export class ApiErasureRefusalReasonDto implements ErasureRefusalReason {
  @ApiProperty({ enum: ERASURE_REFUSAL_CODES, enumName: 'ErasureRefusalCode' })
  code!: ErasureRefusalCode;

  @ApiProperty({ type: String })
  caseReference!: string;
}

/** The contract's one error shape (libs/domain `ApiErrorBody`). */
export class ApiErrorBodyDto implements ApiErrorBody {
  @ApiProperty({ type: Number, example: 404 })
  statusCode!: number;

  @ApiProperty({
    enum: ERROR_CODES,
    enumName: 'ErrorCode',
    description: 'Stable identifier; clients translate this, not `message`',
  })
  code!: ErrorCode;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'English, for operators; never quotes personal data',
  })
  message!: string | string[];

  @ApiProperty({ type: String, example: 'Not Found' })
  error!: string;

  @ApiPropertyOptional({ type: [ApiFieldErrorDto], description: 'VALIDATION_FAILED: what is wrong with which field' })
  fields?: ApiFieldErrorDto[];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'REPORT_VERSION_STALE: the version the report has now',
  })
  currentVersion?: number | null;

  @ApiPropertyOptional({
    type: Number,
    description: 'TOO_MANY_ATTEMPTS: seconds until a new attempt is allowed (also Retry-After)',
  })
  retryAfterSeconds?: number;

  @ApiPropertyOptional({
    type: [ApiErasureRefusalReasonDto],
    description: 'ERASURE_REFUSED: every case that stands in the way',
  })
  reasons?: ApiErasureRefusalReasonDto[];
}

/** Documents the error answers a route can give, each with the error body schema. */
export function ApiErrors(...statuses: ErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ApiErrorBodyDto),
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ApiErrorBodyDto }),
    ),
  );
}

/** A success answer that is a file, not JSON (document content, CSV export, calendar file). */
export function ApiBinaryResponse(
  mediaTypes: string[],
  description: string,
  status = 200,
): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status,
    description,
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  });
}

/** A success answer that takes one of several shapes (e.g. a login with or without a second factor). */
export function ApiOneOfResponse(
  status: 200 | 201,
  description: string,
  ...types: Type<unknown>[]
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(...types),
    ApiResponse({ status, description, schema: { oneOf: types.map((type) => ({ $ref: getSchemaPath(type) })) } }),
  );
}

/** `{ items, total }` for one item type: documents a paged list without writing a class per list. */
export function PagedDto<T>(
  item: Type<T>,
  name = `Paged${item.name.replace(/Dto$/, '')}Dto`,
): Type<{ items: T[]; total: number }> {
  class Paged {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ type: Number, description: 'Number of matching items over all pages' })
    total!: number;
  }
  Object.defineProperty(Paged, 'name', { value: name });
  return Paged;
}

/** What the AccessGuard does with one route, as read from its metadata. */
export interface RouteAccess {
  method: string;
  /** Express-style, e.g. `/api/cases/:id`. */
  path: string;
  /** A session cookie is required (not a public route). */
  session: boolean;
  /** A state-changing request that must carry the CSRF header. */
  csrf: boolean;
  /** The route declares a policy that some roles fail (403). */
  policy: boolean;
}

/** The document with its security schemes, title and error schema; `documentRouteAccess` completes it. */
export function createOpenApiDocument(app: INestApplication, routes: RouteAccess[]): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Spoor API')
    .setDescription('Case files for reintegration, outplacement and career coaching.')
    .setVersion('1')
    .addCookieAuth(
      SESSION_COOKIE_SCHEME,
      {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE_SCHEME,
        description: 'Set by POST /api/auth/login (and /api/auth/mfa)',
      },
      SESSION_COOKIE_SCHEME,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: CSRF_HEADER,
        description: 'Equal to the csrf_token cookie; required on every state-changing request',
      },
      CSRF_HEADER_SCHEME,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ApiErrorBodyDto] });
  documentRouteAccess(document, routes);
  return document;
}

/** Adds, per operation, the security requirements and the 401/403 answers the AccessGuard gives. */
export function documentRouteAccess(document: OpenAPIObject, routes: RouteAccess[]): void {
  const errorSchema = { $ref: getSchemaPath(ApiErrorBodyDto) };
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const operation = document.paths[path]?.[route.method.toLowerCase() as 'get'];
    if (!operation) continue;
    const requirement: Record<string, string[]> = {};
    if (route.session) requirement[SESSION_COOKIE_SCHEME] = [];
    if (route.csrf) requirement[CSRF_HEADER_SCHEME] = [];
    operation.security = Object.keys(requirement).length > 0 ? [requirement] : [];
    const responses = operation.responses;
    const add = (status: ErrorStatus, description: string) => {
      responses[status] ??= { description, content: { 'application/json': { schema: errorSchema } } };
    };
    if (route.session) add(401, ERROR_DESCRIPTIONS[401]);
    if (route.csrf || (route.session && route.policy))
      add(403, route.csrf && !route.policy ? 'Missing or invalid CSRF token' : ERROR_DESCRIPTIONS[403]);
    responses['default'] ??= {
      description: 'Any other error (500, 503), in the same shape',
      content: { 'application/json': { schema: errorSchema } },
    };
  }
}
