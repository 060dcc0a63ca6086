import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp } from '../utils/test-app';
import { createTestDatabase, type TestDatabase } from '../utils/test-database';
import { routeInventory } from '../utils/route-inventory';

/**
 * Every route declares who may call it: a policy, "any logged-in user", or public with a reason. A route
 * without a declaration fails this test; the snapshot shows every permission change in review.
 */
describe('route policies', () => {
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

  function routes(): Array<{ route: string; declaration: string | undefined; accessLog: string | undefined }> {
    return routeInventory(app).map((entry) => ({
      route: `${entry.method} ${entry.path}`,
      declaration: entry.policy
        ? `policy ${entry.policy.action} ${entry.policy.subject}`
        : entry.publicReason
          ? `public: ${entry.publicReason}`
          : entry.anyUser
            ? `any logged-in user: ${entry.anyUser}`
            : undefined,
      accessLog: entry.accessLog
        ? `logs ${entry.accessLog.action} ${entry.accessLog.resource}${entry.accessLog.inTransaction ? ' (in transaction)' : ''}`
        : entry.noPersonalData
          ? `no personal data: ${entry.noPersonalData}`
          : undefined,
    }));
  }

  it('finds no route without a declaration', () => {
    const undeclared = routes()
      .filter((r) => !r.declaration)
      .map((r) => r.route);
    expect(undeclared).toEqual([]);
  });

  it('finds no route without an access-log declaration (logged, or no personal data with a reason)', () => {
    const undeclared = routes()
      .filter((r) => !r.accessLog)
      .map((r) => r.route);
    expect(undeclared).toEqual([]);
  });

  it('matches the reviewed route → policy → access log snapshot', () => {
    expect(routes().map((r) => `${r.route}  →  ${r.declaration}  ·  ${r.accessLog}`)).toMatchSnapshot();
  });
});
