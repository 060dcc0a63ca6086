import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../test/utils/test-app';
import { createTestDatabase, dropDatabase, testServerUrl, type TestDatabase } from '../../test/utils/test-database';

describe('GET /api/health', () => {
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

  it('answers ok with the database up, over both role connections, with a request id', async () => {
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 503 in the contract shape when the database goes away', async () => {
    await dropDatabase(testServerUrl(), db.name);
    const response = await request(app.getHttpServer()).get('/api/health').expect(503);
    expect(response.body).toMatchObject({
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      error: 'Service Unavailable',
      status: 'error',
      database: 'down',
    });
  });
});
