import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../../test/utils/test-app';
import { createTestDatabase, type TestDatabase } from '../../../test/utils/test-database';
import { routeInventory } from '../../../test/utils/route-inventory';
import { CSRF_HEADER_SCHEME, SESSION_COOKIE_SCHEME } from './openapi';

interface SchemaRef {
  $ref?: string;
  type?: string;
  format?: string;
  oneOf?: unknown[];
}
interface ResponseDoc {
  content?: Record<string, { schema?: SchemaRef }>;
}
interface OperationDoc {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, unknown> };
  responses: Record<string, ResponseDoc>;
  security?: Array<Record<string, string[]>>;
}
interface OpenApiDoc {
  paths: Record<string, Record<string, OperationDoc>>;
  components: {
    schemas: Record<string, unknown>;
    securitySchemes: Record<string, { type: string; in?: string; name?: string }>;
  };
}

const ERROR_SCHEMA = '#/components/schemas/ApiErrorBodyDto';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Operations not yet documented; remove an entry once it is (the last test fails while a documented one is listed). */
const PENDING: string[] = [];

/**
 * The OpenAPI document is complete enough to generate a client from (`npm run openapi:check`): every operation
 * says what it answers on success and in which shape it fails, and what the AccessGuard asks of the caller.
 * A new route without response documentation fails here.
 */
describe('OpenAPI document', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let document: OpenApiDoc;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApp(db.urls);
    document = (await request(app.getHttpServer()).get('/api/docs.json').expect(200)).body as OpenApiDoc;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  function operations(): Array<{ name: string; operation: OperationDoc }> {
    return Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({
        name: `${method.toUpperCase()} ${path}`,
        operation: item[method],
      })),
    );
  }

  const documented = () => operations().filter(({ name }) => !PENDING.includes(name));
  const isError = (status: string) => status === 'default' || /^[45]\d\d$/.test(status);

  function hasSuccessBody(operation: OperationDoc): boolean {
    return Object.entries(operation.responses).some(([status, response]) => {
      if (status === '204') return true;
      if (!/^2\d\d$/.test(status)) return false;
      return Object.values(response.content ?? {}).some(({ schema }) =>
        Boolean(schema && (schema.$ref || schema.oneOf || schema.type)),
      );
    });
  }

  it('documents every route of the app', () => {
    const inDocument = new Set(operations().map(({ name }) => name));
    const missing = routeInventory(app)
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
      .filter((name) => !inDocument.has(name));
    expect(missing).toEqual([]);
  });

  it('gives every operation a success response with a schema (or binary content, or 204)', () => {
    const without = documented()
      .filter(({ operation }) => !hasSuccessBody(operation))
      .map(({ name }) => name);
    expect(without).toEqual([]);
  });

  it('documents binary answers as binary', () => {
    const content = document.paths['/api/documents/{id}/content']['get'].responses['200'].content ?? {};
    expect(Object.keys(content)).toEqual(expect.arrayContaining(['application/pdf']));
    expect(content['application/pdf'].schema).toEqual({ type: 'string', format: 'binary' });
  });

  it('answers every error in the one error shape (statusCode, code, message, error, fields)', () => {
    const errorBody = document.components.schemas['ApiErrorBodyDto'] as {
      required: string[];
      properties: Record<string, { $ref?: string; allOf?: Array<{ $ref?: string }> }>;
    };
    expect(errorBody.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message', 'error']));
    expect(Object.keys(errorBody.properties)).toEqual(expect.arrayContaining(['fields']));
    const code = errorBody.properties['code'];
    expect(code.$ref ?? code.allOf?.[0]?.$ref).toBe('#/components/schemas/ErrorCode');

    const wrong: string[] = [];
    for (const { name, operation } of documented()) {
      const errors = Object.entries(operation.responses).filter(([status]) => isError(status));
      if (!errors.some(([status]) => status === 'default')) wrong.push(`${name}: no default error`);
      for (const [status, response] of errors) {
        const schema = response.content?.['application/json']?.schema?.$ref;
        // The health probe's 503 keeps its own (larger) body for load balancers.
        if (name === 'GET /api/health' && status === '503') continue;
        if (schema !== ERROR_SCHEMA) wrong.push(`${name} ${status}: ${schema ?? 'no schema'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents 400 for every operation with input, and 400 or 404 for every operation with a path id', () => {
    const missing: string[] = [];
    for (const { name, operation } of documented()) {
      const statuses = Object.keys(operation.responses);
      const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
      if (operation.requestBody && !statuses.includes('400')) missing.push(`${name}: body without 400`);
      if (pathParams.length > 0 && !statuses.includes('400') && !statuses.includes('404'))
        missing.push(`${name}: path id without 400/404`);
    }
    expect(missing).toEqual([]);
  });

  it('states what the AccessGuard requires: the session cookie, and the CSRF header on state-changing requests', () => {
    expect(document.components.securitySchemes[SESSION_COOKIE_SCHEME]).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'spoor_session',
    });
    expect(document.components.securitySchemes[CSRF_HEADER_SCHEME]).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
    });
    const wrong: string[] = [];
    for (const route of routeInventory(app)) {
      const name = `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`;
      const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      if (!operation) continue;
      const required = Object.keys(operation.security?.[0] ?? {}).sort();
      const session = !route.publicReason;
      const csrf = !['GET', 'HEAD', 'OPTIONS'].includes(route.method) && !route.csrfExempt;
      const expected = [...(session ? [SESSION_COOKIE_SCHEME] : []), ...(csrf ? [CSRF_HEADER_SCHEME] : [])].sort();
      if (JSON.stringify(required) !== JSON.stringify(expected) || (operation.security ?? []).length > 1)
        wrong.push(`${name}: ${required.join('+') || 'none'}`);
      if (session && !operation.responses['401']) wrong.push(`${name}: no 401`);
      if (csrf && !operation.responses['403']) wrong.push(`${name}: no 403`);
    }
    expect(wrong).toEqual([]);
  });

  it('lists as pending only operations that are still undocumented', () => {
    const byName = new Map(operations().map(({ name, operation }) => [name, operation]));
    const done = PENDING.filter((name) => {
      const operation = byName.get(name);
      return !operation || hasSuccessBody(operation);
    });
    expect(done).toEqual([]);
  });
});
