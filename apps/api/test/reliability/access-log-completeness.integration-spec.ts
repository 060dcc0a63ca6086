import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type DemoEmail, type SeededApp } from '../utils/seeded-app';

/**
 * Under concurrent load, every response that carried personal data (and every refusal) left exactly one
 * access event: the number of events equals the number of answered requests.
 */
describe('access-log completeness under load', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('writes one event per answered request, 400 concurrent requests from five personas', async () => {
    const cases: Array<{ id: string }> = await dataSource.query(
      'SELECT id FROM public.cases ORDER BY reference LIMIT 20',
    );
    const personas: DemoEmail[] = [
      'coach@spoor.test',
      'coach2@spoor.test',
      'expert@spoor.test',
      'client@acme.spoor.test',
      'participant@spoor.test',
    ];
    const clients = await Promise.all(personas.map((email) => seeded.as(email)));
    const count = async () =>
      (await dataSource.query('SELECT count(*)::int AS n FROM audit.access_events'))[0].n as number;
    const before = await count();
    const send = (i: number) => {
      const client = clients[i % clients.length];
      const target = cases[i % cases.length].id;
      return i % 4 === 0
        ? client.get(`/api/cases?pageSize=5&page=${(i % 3) + 1}`)
        : client.get(`/api/cases/${target}${i % 4 === 2 ? '/progress-reports' : ''}`);
    };
    const responses = await Promise.all(Array.from({ length: 400 }, (_, i) => send(i)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => ![200, 403, 404].includes(s))).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(100);
    expect(statuses.filter((s) => s === 404).length).toBeGreaterThan(50);
    expect((await count()) - before).toBe(responses.length);
  }, 120_000);
});
