import { getDataSourceToken } from '@nestjs/typeorm';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import {
  changedTables,
  openFingerprints,
  type DatabaseFingerprint,
  type Fingerprints,
} from '../utils/database-fingerprint';
import { createSeededApp, type DemoEmail, type SeededApp } from '../utils/seeded-app';

/**
 * Property-based fuzzing of every route that takes input: generated bodies and query strings, sent as the
 * role that may call the route. Properties: no 5xx ever, and a refused request (4xx) changes nothing.
 * SPOOR_FUZZ_RUNS scales it (CI runs 10,000 requests in total).
 */
const RUNS = Number(process.env['SPOOR_FUZZ_RUNS'] ?? 40);
/** A fixed seed keeps CI reproducible; set SPOOR_FUZZ_SEED to explore other inputs (a failure prints its seed). */
const SEED = Number(process.env['SPOOR_FUZZ_SEED'] ?? 20261123);

const anyJson = fc.oneof(
  fc.constant(undefined),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    '2026-02-30',
    '9999-12-31',
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    '<script>',
    "'; DROP TABLE cases;--",
    '%PDF',
    'a'.repeat(5000),
  ),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
);

function bodyFor(keys: string[]) {
  return fc.record(Object.fromEntries([...keys, 'extra'].map((key) => [key, anyJson])), { requiredKeys: [] });
}

describe('fuzzing every route that takes input', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let caseId: string;
  let personId: string;
  let reportId: string;
  let organisationId: string;
  let fingerprints: Fingerprints;
  const stats = { requests: 0, byStatus: new Map<number, number>() };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [{ id: caseId, person_id: personId, organisation_id: organisationId }] = await dataSource.query(
      "SELECT id, person_id, organisation_id FROM public.cases WHERE reference = 'RI-2026-0001'",
    );
    const coach = await seeded.as('coach@spoor.test');
    reportId = (await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'Fuzz', body: 'doel' }).expect(201))
      .body.id;
    fingerprints = await openFingerprints(seeded.db.urls.owner);
  }, 120_000);

  afterAll(async () => {
    process.stdout.write(
      `fuzz: ${stats.requests} requests, statuses ${JSON.stringify(Object.fromEntries(stats.byStatus))}\n`,
    );
    await fingerprints?.close();
    await seeded?.close();
  });

  const ROUTES: Array<{ as: DemoEmail; method: 'post' | 'patch' | 'put'; path: () => string; keys: string[] }> = [
    {
      as: 'coach@spoor.test',
      method: 'post',
      path: () => `/api/cases/${caseId}/progress-reports`,
      keys: ['title', 'body', 'clientSummary', 'periodStart', 'periodEnd', 'correctsReportId'],
    },
    {
      as: 'coach@spoor.test',
      method: 'patch',
      path: () => `/api/progress-reports/${reportId}`,
      keys: ['version', 'title', 'body', 'status', 'releasedToClient'],
    },
    { as: 'coach@spoor.test', method: 'patch', path: () => `/api/cases/${caseId}/status`, keys: ['status', 'version'] },
    {
      as: 'coach@spoor.test',
      method: 'post',
      path: () => `/api/cases/${caseId}/activities`,
      keys: ['kind', 'occurredOn', 'durationMinutes', 'notes'],
    },
    { as: 'coach2@spoor.test', method: 'post', path: () => `/api/cases/${caseId}/break-glass`, keys: ['reason'] },
    { as: 'coach@spoor.test', method: 'post', path: () => '/api/break-glass/lookup', keys: ['reference'] },
    {
      as: 'expert@spoor.test',
      method: 'put',
      path: () => `/api/cases/${caseId}/special-file/health-record`,
      keys: ['firstSickDay', 'prognosis'],
    },
    {
      as: 'expert@spoor.test',
      method: 'post',
      path: () => `/api/cases/${caseId}/special-file/fml`,
      keys: ['assessedOn', 'assessor', 'rubrieken', 'notes'],
    },
    {
      as: 'expert@spoor.test',
      method: 'post',
      path: () => `/api/cases/${caseId}/special-file/uwv-opinions`,
      keys: ['kind', 'opinionDate', 'outcome'],
    },
    {
      as: 'admin@spoor.test',
      method: 'post',
      path: () => '/api/admin/users',
      keys: ['email', 'displayName', 'role', 'organisationId', 'personId'],
    },
    { as: 'admin@spoor.test', method: 'post', path: () => '/api/admin/people/search', keys: ['q'] },
    {
      as: 'admin@spoor.test',
      method: 'post',
      path: () => '/api/cases',
      keys: ['type', 'organisationId', 'personId', 'person', 'startDate', 'endDate', 'clientReference'],
    },
    {
      as: 'coach@spoor.test',
      method: 'put',
      path: () => `/api/cases/${caseId}/client-reference`,
      keys: ['clientReference', 'version'],
    },
    { as: 'admin@spoor.test', method: 'put', path: () => `/api/cases/${caseId}/assignments`, keys: ['role', 'userId'] },
    {
      as: 'participant@spoor.test',
      method: 'post',
      path: () => '/api/privacy-requests',
      keys: ['type', 'purpose', 'details', 'personId'],
    },
    { as: 'participant@spoor.test', method: 'post', path: () => `/api/people/${personId}/consents`, keys: ['purpose'] },
    {
      as: 'privacy@spoor.test',
      method: 'post',
      path: () => '/api/breaches',
      keys: ['discoveredAt', 'nature', 'approximatePeople', 'categoriesOfPeople'],
    },
    { as: 'privacy@spoor.test', method: 'post', path: () => '/api/retention/run', keys: ['dryRun'] },
    {
      as: 'expert@spoor.test',
      method: 'post',
      path: () => `/api/cases/${caseId}/special-file/occupational-assessments`,
      keys: ['reportDate', 'conclusionOwnWork', 'suitableWork', 'advice'],
    },
    {
      as: 'privacy@spoor.test',
      method: 'put',
      path: () => `/api/cases/${caseId}/legal-hold`,
      keys: ['hold', 'reason'],
    },
    {
      as: 'admin@spoor.test',
      method: 'post',
      path: () => '/api/admin/organisations',
      keys: ['name', 'kvkNumber', 'contactName', 'contactEmail', 'contactPhone'],
    },
    {
      as: 'admin@spoor.test',
      method: 'patch',
      path: () => `/api/admin/organisations/${organisationId}`,
      keys: ['name', 'kvkNumber', 'contactName', 'contactEmail', 'contactPhone'],
    },
  ];

  it.each(
    ROUTES.map(
      (route) =>
        [
          `${route.method.toUpperCase()} ${route.path().replace(/undefined|[0-9a-f-]{36}/g, ':id')} as ${route.as}`,
          route,
        ] as const,
    ),
  )(
    '%s never answers 5xx',
    async (_name, route) => {
      const client = await seeded.as(route.as);
      // Requests run one after another and nothing else writes meanwhile: each one's "after" is the next one's "before".
      let current: DatabaseFingerprint = await fingerprints.take();
      await fc.assert(
        fc.asyncProperty(bodyFor(route.keys), async (body) => {
          const before = current;
          const response = await client[route.method](route.path(), body as object);
          stats.requests++;
          stats.byStatus.set(response.status, (stats.byStatus.get(response.status) ?? 0) + 1);
          current = await fingerprints.take();
          if (response.status >= 500) throw new Error(`${response.status} for ${JSON.stringify(body).slice(0, 300)}`);
          if (response.status >= 400) {
            // Nothing half-written: a refused request leaves every table of the process and special file as it was.
            const changed = changedTables(before, current);
            if (changed.length > 0) throw new Error(`refused ${response.status} but ${changed.join(', ')} changed`);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    600_000,
  );

  it('never answers 5xx to generated query strings on the lists', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const privacy = await seeded.as('privacy@spoor.test');
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('-1', '0', '1e9', 'true', 'NaN', '%', "'", '2026-13-01'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            page: value,
            pageSize: value,
            q: value,
            type: value,
            status: value,
            coachId: value,
            overdueMilestone: value,
          },
          { requiredKeys: [] },
        ),
        async (query) => {
          const qs = new URLSearchParams(query as Record<string, string>).toString();
          for (const response of [
            await coach.get(`/api/cases?${qs}`),
            await privacy.get(
              `/api/access-log?${qs}&personId=${encodeURIComponent(String(query.q ?? ''))}&from=${encodeURIComponent(String(query.page ?? ''))}`,
            ),
          ]) {
            stats.requests++;
            stats.byStatus.set(response.status, (stats.byStatus.get(response.status) ?? 0) + 1);
            if (response.status >= 500) throw new Error(`${response.status} for ${qs}`);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  }, 600_000);
});
