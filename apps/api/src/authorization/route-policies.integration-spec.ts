import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ACCESS_LOGGED, NO_PERSONAL_DATA, type AccessLogDeclaration } from '../access-log/access-log.decorator';
import { AUTHENTICATED_ONLY, POLICY, type PolicyDeclaration } from '../auth/policy.decorator';
import { PUBLIC_ROUTE } from '../common/public.decorator';
import { createTestApp } from '../testing/test-app';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

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
    const discovery = app.get(DiscoveryService);
    const scanner = app.get(MetadataScanner);
    const reflector = app.get(Reflector);
    const found: Array<{ route: string; declaration: string | undefined; accessLog: string | undefined }> = [];
    for (const wrapper of discovery.getControllers()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const prototype = Object.getPrototypeOf(instance);
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const targets = [handler, metatype];
        const policy = reflector.getAllAndOverride<PolicyDeclaration>(POLICY, targets);
        const publicReason = reflector.getAllAndOverride<string>(PUBLIC_ROUTE, targets);
        const anyUser = reflector.getAllAndOverride<string>(AUTHENTICATED_ONLY, targets);
        const declaration = policy
          ? `policy ${policy.action} ${policy.subject}`
          : publicReason
            ? `public: ${publicReason}`
            : anyUser
              ? `any logged-in user: ${anyUser}`
              : undefined;
        const logged = reflector.get<AccessLogDeclaration>(ACCESS_LOGGED, handler);
        const noPersonalData = reflector.get<string>(NO_PERSONAL_DATA, handler);
        const accessLog = logged
          ? `logs ${logged.action} ${logged.resource}${logged.inTransaction ? ' (in transaction)' : ''}`
          : noPersonalData
            ? `no personal data: ${noPersonalData}`
            : undefined;
        found.push({ route: `${method} /api/${[prefix, path].filter((p) => p && p !== '/').join('/')}`, declaration, accessLog });
      }
    }
    return found.sort((a, b) => a.route.localeCompare(b.route));
  }

  it('finds no route without a declaration', () => {
    const undeclared = routes().filter((r) => !r.declaration).map((r) => r.route);
    expect(undeclared).toEqual([]);
  });

  it('finds no route without an access-log declaration (logged, or no personal data with a reason)', () => {
    const undeclared = routes().filter((r) => !r.accessLog).map((r) => r.route);
    expect(undeclared).toEqual([]);
  });

  it('matches the reviewed route → policy → access log snapshot', () => {
    expect(routes().map((r) => `${r.route}  →  ${r.declaration}  ·  ${r.accessLog}`)).toMatchSnapshot();
  });
});
