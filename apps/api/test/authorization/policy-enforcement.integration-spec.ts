import { defineAbilityFor, type Role } from '@spoor/domain';
import request from 'supertest';
import { createSeededApp, type DemoEmail, type SeededApp } from '../utils/seeded-app';
import { routeInventory, type RouteEntry } from '../utils/route-inventory';

const PERSONAS: DemoEmail[] = [
  'coach@spoor.test',
  'expert@spoor.test',
  'client@acme.spoor.test',
  'participant@spoor.test',
  'admin@spoor.test',
  'privacy@spoor.test',
];
/** An id that names nothing: a refusal must come from the guard, before anything is looked up. */
const NOBODY = '00000000-0000-4000-8000-00000000abcd';

const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, NOBODY);
const writes = (route: RouteEntry) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method);

/**
 * Over every route the app has — read from the same metadata the guard reads, so a new route is covered the
 * day it is added: without a session → 401 (unless public); a write without the CSRF header → 403; and every
 * persona whose abilities lack the route's declared policy → 403 with the contract's error shape.
 */
describe('policy enforcement on every route', () => {
  let seeded: SeededApp;
  let routes: RouteEntry[];
  const counts = { routes: 0, requests: 0 };

  beforeAll(async () => {
    seeded = await createSeededApp();
    routes = routeInventory(seeded.app);
    counts.routes = routes.length;
  }, 120_000);

  afterAll(async () => {
    process.stdout.write(`policy enforcement: ${counts.routes} routes, ${counts.requests} requests\n`);
    await seeded?.close();
  });

  const send = (agent: ReturnType<typeof request.agent> | ReturnType<typeof request>, route: RouteEntry) => {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    return (agent as ReturnType<typeof request>)[method](concrete(route.path));
  };

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(50);
  });

  it('answers every non-public route 401 without a session', async () => {
    const refused: string[] = [];
    for (const route of routes.filter((r) => !r.publicReason)) {
      const response = await send(request(seeded.app.getHttpServer()), route)
        .set('X-CSRF-Token', 'x')
        .set('Cookie', 'csrf_token=x')
        .send({});
      counts.requests++;
      if (response.status !== 401) refused.push(`${route.method} ${route.path}: ${response.status}`);
    }
    expect(refused).toEqual([]);
  });

  it('answers every state-changing route 403 without the CSRF header, even with a session', async () => {
    const client = await seeded.as('admin@spoor.test');
    const wrong: string[] = [];
    for (const route of routes.filter((r) => writes(r) && !r.csrfExempt)) {
      const response = await send(client.agent, route).send({});
      counts.requests++;
      if (response.status !== 403) wrong.push(`${route.method} ${route.path}: ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(PERSONAS)('refuses %s every route whose policy their role lacks (403, contract shape)', async (email) => {
    const client = await seeded.as(email);
    const me = (await client.get('/api/auth/me').expect(200)).body.user as {
      id: string;
      role: Role;
      organisationId: string | null;
      personId: string | null;
    };
    const ability = defineAbilityFor({ ...me, breakGlassCaseIds: [] });
    const denied = routes.filter((r) => r.policy && !ability.can(r.policy.action, r.policy.subject));
    expect(denied.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const route of denied) {
      const response = writes(route)
        ? await send(client.agent, route).set('X-CSRF-Token', client.csrf).send({})
        : await send(client.agent, route);
      counts.requests++;
      if (
        response.status !== 403 ||
        Object.keys(response.body).sort().join() !== 'code,error,message,statusCode' ||
        response.body.code !== 'FORBIDDEN'
      ) {
        wrong.push(`${route.method} ${route.path}: ${response.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
