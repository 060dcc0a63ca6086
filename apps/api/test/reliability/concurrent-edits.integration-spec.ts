import { getDataSourceToken } from '@nestjs/typeorm';
import { authenticator } from 'otplib';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/seed/demo-seed';
import { createSeededApp, type SeededApp } from '../utils/seeded-app';
import { csrfFrom } from '../utils/test-session';

/**
 * Many clients edit one progress report at the same moment (optimistic locking on `version`): per version
 * exactly one edit wins, every other one is told so (409 with the current version) and changes nothing, no
 * edit is lost without its writer knowing, and nothing answers 5xx. Each writer is a session of its own, as
 * twenty browser tabs or devices of the coaches on the case would be.
 */
const WRITERS = 20;
const ROUNDS = 5;

interface Writer {
  patch(path: string, body: object): request.Test;
  get(path: string): request.Test;
}

describe('concurrent edits of one progress report', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let caseId: string;
  let writers: Writer[];

  /** Its own session per writer. The demo secret is published, so outside production a code may be reused. */
  async function newSession(email: string): Promise<Writer> {
    const agent = request.agent(seeded.app.getHttpServer());
    const login = await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    expect(login.body).toEqual({ mfaRequired: true });
    const mfa = await agent
      .post('/api/auth/mfa')
      .set('X-CSRF-Token', csrfFrom(login) as string)
      .send({ code: authenticator.generate(DEMO_TOTP_SECRET) })
      .expect(200);
    const csrf = csrfFrom(mfa) as string;
    return {
      patch: (path, body) => agent.patch(path).set('X-CSRF-Token', csrf).send(body),
      get: (path) => agent.get(path),
    };
  }

  beforeAll(async () => {
    // Twenty sessions of one demo account log in with the same current code: the demo's replay exemption.
    seeded = await createSeededApp({ nodeEnv: 'development' });
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const [row] = await dataSource.query("SELECT id FROM public.cases WHERE reference = 'RI-2026-0001'");
    caseId = row.id;
    writers = [];
    for (let i = 0; i < WRITERS; i++) writers.push(await newSession('coach@spoor.test'));
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  const rowOf = async (id: string): Promise<{ version: number; updates: number }> => {
    const [row] = await dataSource.query('SELECT version FROM public.progress_reports WHERE id = $1', [id]);
    const [{ updates }] = await dataSource.query(
      "SELECT count(*)::int AS updates FROM audit.access_events WHERE resource = 'progress_report' AND action = 'update' AND outcome = 'allowed' AND resource_id = $1",
      [id],
    );
    return { version: row.version, updates };
  };

  const bodyNow = async (id: string): Promise<string> => {
    const list = await writers[0].get(`/api/cases/${caseId}/progress-reports`).expect(200);
    return list.body.items.find((r: { id: string }) => r.id === id).body;
  };

  it(`lets exactly one of ${WRITERS} sessions win each version, ${ROUNDS} rounds in a row, and tells the others`, async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Gelijktijdig bewerkt', body: 'versie 1' })
      .expect(201);
    const id: string = created.body.id;
    let version: number = created.body.version;
    expect(version).toBe(1);

    for (let round = 1; round <= ROUNDS; round++) {
      const texts = writers.map((_, i) => `ronde ${round}, schrijver ${i}`);
      const responses = await Promise.all(
        writers.map((writer, i) => writer.patch(`/api/progress-reports/${id}`, { version, body: texts[i] })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(WRITERS - 1);
      const winner = statuses.indexOf(200);
      expect(responses[winner].body).toMatchObject({ id, version: version + 1, body: texts[winner] });
      for (const loser of responses.filter((r) => r.status === 409)) {
        expect(loser.body).toEqual({
          statusCode: 409,
          code: 'REPORT_VERSION_STALE',
          error: 'Conflict',
          message: 'version is stale: the report was changed meanwhile; nothing was overwritten',
          currentVersion: version + 1,
        });
      }
      version++;
      // What is stored is the winner's text, and only one change (one access event) happened per round.
      expect(await bodyNow(id)).toBe(texts[winner]);
      expect(await rowOf(id)).toEqual({ version, updates: round });
    }
  }, 60_000);

  it('loses no edit when every refused writer re-applies on the version it was told: each version has one author', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Iedereen komt aan de beurt', body: 'start' })
      .expect(201);
    const id: string = created.body.id;
    const refusals: number[] = Array.from({ length: WRITERS }, () => 0);
    const serverErrors: number[] = [];

    // Each writer starts from version 1 and, on a 409, retries on the version the answer named.
    const accepted = await Promise.all(
      writers.map(async (writer, i) => {
        let version = 1;
        for (let attempt = 0; attempt < 4 * WRITERS; attempt++) {
          const response = await writer.patch(`/api/progress-reports/${id}`, {
            version,
            body: `bijdrage van schrijver ${i}`,
          });
          if (response.status >= 500) serverErrors.push(response.status);
          if (response.status === 200)
            return { writer: i, version: response.body.version as number, body: response.body.body as string };
          expect(response.status).toBe(409);
          expect(response.body.currentVersion).toBeGreaterThan(version);
          refusals[i]++;
          version = response.body.currentVersion;
        }
        throw new Error(`writer ${i} never got its edit in`);
      }),
    );
    expect(serverErrors).toEqual([]);
    // Every writer's edit landed exactly once, on its own version: versions 2 … 21, no duplicate, no gap.
    expect(accepted.map((a) => a.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: WRITERS }, (_, i) => i + 2),
    );
    for (const edit of accepted) expect(edit.body).toBe(`bijdrage van schrijver ${edit.writer}`);
    expect(refusals.reduce((a, b) => a + b, 0)).toBeGreaterThan(0); // they really did collide
    const last = accepted.reduce((a, b) => (b.version > a.version ? b : a));
    expect(await bodyNow(id)).toBe(`bijdrage van schrijver ${last.writer}`);
    expect(await rowOf(id)).toEqual({ version: WRITERS + 1, updates: WRITERS });
  }, 60_000);
});
