import { Writable } from 'node:stream';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { FML_RUBRIEKEN } from '@spoor/domain';
import { demoPdf } from '../seed/demo-pdf';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

/**
 * A unique phrase goes into a progress report, health notes (prognosis, FML notes, AD report), a health
 * document's name, a break-the-glass reason, bad input and a search. It must never come out in a log line (at trace level), an access event or an error body.
 */
describe('canary: personal data never leaks into logs, events or errors', () => {
  const CANARY = 'Kanarie-7f3a9c-Zwaluwstaart';
  const logs: string[] = [];
  const bodies: string[] = [];
  let seeded: SeededApp;
  let caseId: string;

  beforeAll(async () => {
    const capture = new Writable({
      write(chunk, _encoding, callback) {
        logs.push(String(chunk));
        callback();
      },
    });
    seeded = await createSeededApp({ logLevel: 'trace', logStream: capture });
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [{ id: caseId }] = await dataSource.query("SELECT id FROM public.cases WHERE reference = 'RI-2026-0001'");
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('writes the phrase through every path, then finds it nowhere it must not be', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await coach.post(`/api/cases/${caseId}/progress-reports`, {
      title: `Verslag ${CANARY}`,
      body: `Gezondheid: ${CANARY}`,
    });
    // The author gets their own report back: that response is meant to hold the phrase.
    expect(created.status).toBe(201);
    bodies.push(
      JSON.stringify(
        (await coach.patch(`/api/progress-reports/${created.body.id}`, { version: 99, body: CANARY })).body,
      ),
    );
    bodies.push(
      JSON.stringify(
        (await coach.post(`/api/cases/${caseId}/progress-reports`, { title: CANARY.repeat(20), body: CANARY })).body,
      ),
    );
    bodies.push(
      JSON.stringify(
        (await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'x', body: 'y', [CANARY]: CANARY })).body,
      ),
    );
    bodies.push(
      JSON.stringify(
        (
          await coach.agent
            .post(`/api/cases/${caseId}/progress-reports`)
            .set('X-CSRF-Token', coach.csrf)
            .set('Content-Type', 'application/json')
            .send(`{"title": ${CANARY}}`)
        ).body,
      ),
    );
    bodies.push(JSON.stringify((await coach.get(`/api/cases?q=${CANARY}`)).body).replace(/"items":\[.*\]/, ''));
    bodies.push(
      JSON.stringify(
        (
          await request(seeded.app.getHttpServer())
            .post('/api/auth/login')
            .send({ email: `${CANARY}@spoor.test`, password: CANARY })
        ).body,
      ),
    );
    const coach2 = await seeded.as('coach2@spoor.test');
    bodies.push(
      JSON.stringify((await coach2.post(`/api/cases/${caseId}/break-glass`, { reason: `Noodgeval ${CANARY}` })).body),
    );
    const expert = await seeded.as('expert@spoor.test');
    const pdf = await demoPdf('x', ['y']);
    const upload = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'fml')
      .attach('file', pdf, { filename: `${CANARY}.pdf` });
    expect(upload.status).toBe(201);
    bodies.push(JSON.stringify(upload.body));
    bodies.push(
      JSON.stringify(
        (await (await seeded.as('client@acme.spoor.test')).get(`/api/cases/${caseId}/progress-reports`)).body,
      ),
    );
    // Health notes in the special file: the free texts, and refused input that carries the phrase.
    const saved = await expert.put(`/api/cases/${caseId}/special-file/health-record`, {
      prognosis: `Prognose ${CANARY}`,
    });
    expect(saved.status).toBe(200);
    const rubrieken = FML_RUBRIEKEN.map((r) => ({
      number: r.number,
      capacity: 'normal',
      items: [{ code: `${r.number}.1`, capacity: 'normal' }],
    }));
    expect(
      (
        await expert.post(`/api/cases/${caseId}/special-file/fml`, {
          assessedOn: '2026-11-01',
          assessor: 'Dr. A. Visser',
          rubrieken,
          notes: `FML ${CANARY}`,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await expert.post(`/api/cases/${caseId}/special-file/occupational-assessments`, {
          reportDate: '2026-11-10',
          conclusionOwnWork: CANARY,
          suitableWork: 'Licht administratief werk',
          advice: CANARY,
        })
      ).status,
    ).toBe(201);
    bodies.push(
      JSON.stringify(
        (
          await expert.post(`/api/cases/${caseId}/special-file/fml`, {
            assessedOn: CANARY,
            assessor: CANARY,
            rubrieken: [{ number: CANARY }],
            notes: CANARY.repeat(300),
          })
        ).body,
      ),
    );
    bodies.push(
      JSON.stringify(
        (
          await expert.put(`/api/cases/${caseId}/special-file/health-record`, {
            firstSickDay: CANARY,
            prognosis: CANARY,
          })
        ).body,
      ),
    );
    // The coach reads capacities only: the free texts must not reach them either.
    bodies.push(JSON.stringify((await coach.get(`/api/cases/${caseId}/special-file`)).body));

    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const events: Array<{ row: string }> = await dataSource.query('SELECT e::text AS row FROM audit.access_events e');
    expect(logs.length).toBeGreaterThan(10);
    expect(logs.filter((line) => line.includes(CANARY))).toEqual([]);
    expect(events.filter((event) => event.row.includes(CANARY))).toEqual([]);
    expect(bodies.filter((body) => body.includes(CANARY))).toEqual([]);
    // The phrase is really stored (encrypted) where it belongs: the report reads back for the coach.
    const reports = await coach.get(`/api/cases/${caseId}/progress-reports`).expect(200);
    expect(JSON.stringify(reports.body)).toContain(CANARY);
  });
});
