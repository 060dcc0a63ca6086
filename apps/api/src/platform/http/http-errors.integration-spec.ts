import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../../test/utils/test-app';
import { createTestDatabase, type TestDatabase } from '../../../test/utils/test-database';

describe('HTTP error shape', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApp(db.urls);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers an unknown route with 404 { statusCode, code, message, error }', async () => {
    const response = await request(app.getHttpServer()).get('/api/no-such-route').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: expect.any(String),
      error: 'Not Found',
    });
  });

  it('answers malformed JSON with 400 naming the body, without quoting what was sent', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send('{"name": Jan de Vries}')
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      code: 'MALFORMED_BODY',
      message: 'body: malformed JSON',
      error: 'Bad Request',
    });
    expect(JSON.stringify(response.body)).not.toContain('Vries');
  });

  it('answers an oversized JSON body with 413', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, code: 'BODY_TOO_LARGE', error: 'Payload Too Large' });
  });

  it('serves the OpenAPI document with the health route', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs.json').expect(200);
    expect(response.body.paths).toHaveProperty('/api/health');
  });

  it('sends security headers', async () => {
    const response = await request(app.getHttpServer()).get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
