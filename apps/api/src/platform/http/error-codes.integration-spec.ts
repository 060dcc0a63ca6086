import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ERASURE_REFUSAL_CODES, ERROR_CODES, FIELD_ERROR_CODES } from '@spoor/domain';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../../test/utils/seeded-app';

/**
 * Real requests answer with the codes the web translates: what a user did wrong (or what changed meanwhile)
 * is told by `code` and `fields`, while `message` stays the English operators read.
 */
describe('error codes', () => {
  let seeded: SeededApp;
  let caseId: string;
  let caseVersion: number;
  /** Every error body seen in this suite: each must name a code the web knows. */
  const seen: Array<{ code?: unknown; fields?: Array<{ code?: unknown }>; reasons?: Array<{ code?: unknown }> }> = [];
  const answered = <T extends request.Response>(response: T): T => {
    if (response.status >= 400) seen.push(response.body);
    return response;
  };

  beforeAll(async () => {
    seeded = await createSeededApp();
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [{ id: caseId, version: caseVersion }] = await dataSource.query(
      "SELECT id, version FROM public.cases WHERE reference = 'RI-2026-0001'",
    );
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('answers bad input with VALIDATION_FAILED, a code per field and the English lines as before, never the value sent', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const response = answered(
      await coach
        .post(`/api/cases/${caseId}/progress-reports`, {
          title: 'Jan de Vries '.repeat(20),
          body: 'tekst',
          periodStart: '31-12-2026',
          authorId: 'x',
        })
        .expect(400),
    );
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', error: 'Bad Request' });
    expect(response.body.message).toEqual(
      expect.arrayContaining([
        'title must be 1 to 200 characters',
        'periodStart must be a date (YYYY-MM-DD)',
        'authorId is not a known field',
      ]),
    );
    expect(response.body.fields).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'TOO_LONG', params: { min: 1, max: 200 } },
        { field: 'periodStart', code: 'NOT_A_DATE' },
        { field: 'authorId', code: 'UNKNOWN_FIELD' },
      ]),
    );
    expect(JSON.stringify(response.body)).not.toContain('Vries');
    expect(JSON.stringify(response.body)).not.toContain('31-12-2026');
  });

  it('names a field that was not sent as REQUIRED', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const response = answered(await coach.post(`/api/cases/${caseId}/progress-reports`, { body: 'tekst' }).expect(400));
    expect(response.body.fields).toEqual([{ field: 'title', code: 'REQUIRED' }]);
  });

  it('names the parameter of a malformed path id', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const response = answered(await coach.get('/api/cases/not-a-uuid').expect(400));
    expect(response.body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'id must be a UUID',
      error: 'Bad Request',
      fields: [{ field: 'id', code: 'NOT_A_UUID' }],
    });
  });

  it('answers a stale report version with REPORT_VERSION_STALE and the version the report has now', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Concept', body: 'Eerste versie.' })
      .expect(201);
    await coach.patch(`/api/progress-reports/${created.body.id}`, { version: 1, body: 'Tweede versie.' }).expect(200);
    const stale = answered(
      await coach
        .patch(`/api/progress-reports/${created.body.id}`, { version: 1, body: 'Verloren versie.' })
        .expect(409),
    );
    expect(stale.body).toMatchObject({ statusCode: 409, code: 'REPORT_VERSION_STALE', currentVersion: 2 });
  });

  it('answers an edit of a final report with REPORT_FINAL', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Definitief', body: 'Afgerond.' })
      .expect(201);
    await coach.patch(`/api/progress-reports/${created.body.id}`, { version: 1, status: 'final' }).expect(200);
    const refused = answered(
      await coach.patch(`/api/progress-reports/${created.body.id}`, { version: 2, body: 'Achteraf.' }).expect(409),
    );
    expect(refused.body.code).toBe('REPORT_FINAL');
  });

  it('tells an illegal status transition from a stale case version', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const illegal = answered(
      await coach.patch(`/api/cases/${caseId}/status`, { status: 'intake', version: caseVersion }).expect(409),
    );
    expect(illegal.body.code).toBe('CASE_STATUS_TRANSITION_INVALID');
    const stale = answered(
      await coach.patch(`/api/cases/${caseId}/status`, { status: 'on_hold', version: caseVersion + 100 }).expect(409),
    );
    expect(stale.body.code).toBe('CASE_VERSION_STALE');
  });

  it('answers an upload that is not a PDF, PNG or JPEG with UPLOAD_TYPE_UNSUPPORTED', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const response = answered(
      await expert.agent
        .post(`/api/cases/${caseId}/special-file/documents`)
        .set('X-CSRF-Token', expert.csrf)
        .field('kind', 'occupational_assessment')
        .attach('file', Buffer.from('#!/bin/sh\necho niet echt een pdf\n'), {
          filename: 'rapport.pdf',
          contentType: 'application/pdf',
        }),
    );
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UPLOAD_TYPE_UNSUPPORTED');
  });

  it('answers without a session with NOT_AUTHENTICATED, and a write without the CSRF header with CSRF_TOKEN_INVALID', async () => {
    const anonymous = answered(await request(seeded.app.getHttpServer()).get('/api/cases').expect(401));
    expect(anonymous.body.code).toBe('NOT_AUTHENTICATED');
    const coach = await seeded.as('coach@spoor.test');
    const forged = answered(
      await coach.agent.post(`/api/cases/${caseId}/progress-reports`).send({ title: 'x', body: 'y' }).expect(403),
    );
    expect(forged.body.code).toBe('CSRF_TOKEN_INVALID');
  });

  it('answers a wrong password with LOGIN_INVALID, the same for an unknown address', async () => {
    const server = seeded.app.getHttpServer();
    const wrong = answered(
      await request(server)
        .post('/api/auth/login')
        .send({ email: 'coach@spoor.test', password: 'niet-het-wachtwoord' })
        .expect(401),
    );
    const unknown = answered(
      await request(server)
        .post('/api/auth/login')
        .send({ email: 'niemand@spoor.test', password: 'niet-het-wachtwoord' })
        .expect(401),
    );
    expect(wrong.body.code).toBe('LOGIN_INVALID');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('answers an unknown case and a case of someone else alike: NOT_FOUND, never a hint that it exists', async () => {
    const other = await seeded.as('coach2@spoor.test');
    const unknown = answered(await other.get(`/api/cases/${randomUUID()}`).expect(404));
    const foreign = answered(await other.get(`/api/cases/${caseId}`).expect(404));
    expect(unknown.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'Case not found', error: 'Not Found' });
    expect(foreign.body).toEqual(unknown.body);
  });

  it('answers a role that may never do it with FORBIDDEN', async () => {
    const client = await seeded.as('client@acme.spoor.test');
    const refused = answered(
      await client.patch(`/api/cases/${caseId}/status`, { status: 'on_hold', version: caseVersion }).expect(403),
    );
    expect(refused.body.code).toBe('FORBIDDEN');
  });

  it('names only codes the web can translate', () => {
    expect(seen.length).toBeGreaterThanOrEqual(14);
    const errorCodes: readonly unknown[] = ERROR_CODES;
    const fieldCodes: readonly unknown[] = FIELD_ERROR_CODES;
    const reasonCodes: readonly unknown[] = ERASURE_REFUSAL_CODES;
    for (const body of seen) {
      expect(errorCodes).toContain(body.code);
      for (const field of body.fields ?? []) expect(fieldCodes).toContain(field.code);
      for (const reason of body.reasons ?? []) expect(reasonCodes).toContain(reason.code);
    }
  });
});
