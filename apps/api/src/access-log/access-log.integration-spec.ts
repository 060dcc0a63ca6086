import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { queryAs } from '../../test/utils/test-database';

interface EventRow {
  actor_role: string;
  action: string;
  outcome: string;
  resource: string;
  case_id: string | null;
  person_ids: string[];
  break_glass: boolean;
  fields: string[];
}

describe('access log', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let participantCase: { id: string; person_id: string };
  let foreignCase: { id: string };

  const events = (): Promise<EventRow[]> => dataSource.query('SELECT * FROM audit.access_events ORDER BY id');
  const lastEvent = async (): Promise<EventRow> => (await events()).at(-1) as EventRow;

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [participantCase] = await dataSource.query(
      "SELECT id, person_id FROM public.cases WHERE reference = 'RI-2026-0001'",
    );
    [foreignCase] = await dataSource.query(
      "SELECT c.id FROM public.cases c JOIN public.users u ON u.id = c.coach_id WHERE u.id <> (SELECT coach_id FROM public.cases WHERE reference = 'RI-2026-0001') LIMIT 1",
    );
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('records an allowed read with the person, the case and the field names, never values', async () => {
    const coach = await seeded.as('coach@spoor.test');
    await coach.get(`/api/cases/${participantCase.id}`).expect(200);
    const event = await lastEvent();
    expect(event).toMatchObject({
      actor_role: 'coach',
      action: 'read',
      outcome: 'allowed',
      resource: 'case',
      case_id: participantCase.id,
      person_ids: [participantCase.person_id],
    });
    expect(event.fields).toContain('personName');
    expect(JSON.stringify(event)).not.toContain('de Vries');
  });

  it('records a denied read of a foreign case (the 404) and a role that may never (the 403)', async () => {
    const coach = await seeded.as('coach@spoor.test');
    await coach.get(`/api/cases/${foreignCase.id}`).expect(404);
    expect(await lastEvent()).toMatchObject({
      actor_role: 'coach',
      outcome: 'denied',
      case_id: foreignCase.id,
      person_ids: [],
    });
    const privacy = await seeded.as('privacy@spoor.test');
    await privacy.get('/api/cases').expect(403);
    expect(await lastEvent()).toMatchObject({ actor_role: 'privacy_officer', action: 'list', outcome: 'denied' });
  });

  it('names every person of a list in its event', async () => {
    const client = await seeded.as('client@acme.spoor.test');
    const list = await client.get('/api/cases?pageSize=5').expect(200);
    const event = await lastEvent();
    expect(event).toMatchObject({ actor_role: 'client', action: 'list', outcome: 'allowed' });
    expect(event.person_ids).toHaveLength(list.body.items.length);
    // Issue 17: the client's list shows its employees' names and its own references; the event says so.
    expect(event.fields).toEqual(expect.arrayContaining(['personName', 'clientReference']));
  });

  it('fails closed: without the log, no data (503)', async () => {
    const coach = await seeded.as('coach@spoor.test');
    await queryAs(seeded.db.urls.owner, 'REVOKE INSERT ON audit.access_events FROM spoor_app');
    try {
      const response = await coach.get(`/api/cases/${participantCase.id}`);
      expect(response.status).toBe(503);
      expect(response.body).toEqual({
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: 'The access log is unavailable; no data was returned',
        error: 'Service Unavailable',
      });
      expect(JSON.stringify(response.body)).not.toContain('Vries');
      const list = await coach.get('/api/cases');
      expect(list.status).toBe(503);
      expect(list.body.items).toBeUndefined();
    } finally {
      await queryAs(seeded.db.urls.owner, 'GRANT INSERT ON audit.access_events TO spoor_app');
    }
    await coach.get(`/api/cases/${participantCase.id}`).expect(200);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the log to both app roles, and the trigger refuses even the owner', async () => {
    for (const url of [seeded.db.urls.app, seeded.db.urls.special]) {
      expect(await queryAs(url, "UPDATE audit.access_events SET outcome = 'allowed'")).toEqual({ errorCode: '42501' });
      expect(await queryAs(url, 'DELETE FROM audit.access_events')).toEqual({ errorCode: '42501' });
      expect(await queryAs(url, 'TRUNCATE audit.access_events')).toEqual({ errorCode: '42501' });
    }
    expect(await queryAs(seeded.db.urls.owner, 'DELETE FROM audit.access_events')).toEqual({ errorCode: '42501' });
    expect(await queryAs(seeded.db.urls.owner, 'TRUNCATE audit.access_seals')).toEqual({ errorCode: '42501' });
  });

  it('gives the expert the whole special file, marked no-store, and logs it for the participant to see', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const response = await expert.get(`/api/cases/${participantCase.id}/special-file`).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.scope).toBe('full');
    expect(response.body.firstSickDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(response.body.fml[0].rubrieken).toHaveLength(6);
    expect(response.body.documents[0]).toMatchObject({ kind: 'fml', contentType: 'application/pdf' });

    const participant = await seeded.as('participant@spoor.test');
    const mine = await participant.get('/api/me/access-log').expect(200);
    const read = mine.body.items.find(
      (item: { resource: string; actorRole: string }) =>
        item.resource === 'special_file' && item.actorRole === 'labour_expert',
    );
    expect(read).toMatchObject({
      actorName: 'Henk Willems',
      actorRole: 'labour_expert',
      action: 'read',
      breakGlass: false,
      byYou: false,
      caseReference: 'RI-2026-0001',
    });
    expect(read.fields).toContain('firstSickDay');
  });

  it('gives the assigned coach only the functional capacities, and others nothing', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const capacities = await coach.get(`/api/cases/${participantCase.id}/special-file`).expect(200);
    expect(capacities.body.scope).toBe('capacities');
    expect(Object.keys(capacities.body).sort()).toEqual(['adReport', 'capacities', 'caseId', 'fml', 'scope']);
    const text = JSON.stringify(capacities.body);
    for (const hidden of [
      'firstSickDay',
      'prognosis',
      'bedrijfsarts',
      'notes',
      'advice',
      'conclusionOwnWork',
      'documents',
    ])
      expect(text).not.toContain(hidden);
    const client = await seeded.as('client@acme.spoor.test');
    await client.get(`/api/cases/${participantCase.id}/special-file`).expect(403);
    const coach2 = await seeded.as('coach2@spoor.test');
    await coach2.get(`/api/cases/${participantCase.id}/special-file`).expect(404);
    const admin = await seeded.as('admin@spoor.test');
    await admin.get(`/api/cases/${participantCase.id}/special-file`).expect(403);
  });

  it('opens a special file by break-the-glass for a limited time, flagged in the log', async () => {
    const coach2 = await seeded.as('coach2@spoor.test');
    const refused = await coach2.post(`/api/cases/${participantCase.id}/break-glass`, { reason: 'kort' }).expect(400);
    expect(JSON.stringify(refused.body.message)).toContain('reason');
    const grant = await coach2
      .post(`/api/cases/${participantCase.id}/break-glass`, {
        reason: 'Deelnemer belde in nood; arbeidsdeskundige onbereikbaar',
      })
      .expect(201);
    expect(new Date(grant.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
    const file = await coach2.get(`/api/cases/${participantCase.id}/special-file`).expect(200);
    expect(file.body.scope).toBe('full');
    const flagged = (await events()).filter((e) => e.break_glass && e.actor_role === 'coach');
    expect(flagged.map((e) => `${e.action}/${e.resource}`)).toEqual(['break_glass/special_file', 'read/special_file']);
    // Both events name the grant that opened the file.
    const grants = await dataSource.query(
      "SELECT break_glass_grant_id::text AS grant_id FROM audit.access_events WHERE break_glass AND actor_role = 'coach' ORDER BY id",
    );
    expect(grants.map((g: { grant_id: string | null }) => g.grant_id)).toEqual([grant.body.id, grant.body.id]);
    const reasons = await dataSource.query('SELECT reason FROM public.break_glass_grants');
    expect(reasons[0].reason).toMatch(/^sp1\.p\./);
    const privacy = await seeded.as('privacy@spoor.test');
    const review = await privacy.get('/api/access-log?breakGlass=true').expect(200);
    expect(review.body.total).toBe(2);
  });

  it('lets the privacy officer filter the log and names bad filters', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const everything = await privacy.get('/api/access-log').expect(200);
    const byPerson = await privacy
      .get(`/api/access-log?personId=${participantCase.person_id}&outcome=allowed`)
      .expect(200);
    expect(byPerson.body.total).toBeGreaterThan(0);
    expect(byPerson.body.total).toBeLessThan(everything.body.total);
    expect(byPerson.body.items.length).toBeGreaterThan(0);
    const aboutOthers = byPerson.body.items.filter(
      (e: { personIds: string[] }) => !e.personIds.includes(participantCase.person_id),
    );
    expect(aboutOthers.length).toBe(0);
    expect(byPerson.body.items.filter((e: { outcome: string }) => e.outcome !== 'allowed').length).toBe(0);
    expect(byPerson.body.items[0]).toEqual(
      expect.objectContaining({
        at: expect.any(String),
        actorId: expect.any(String),
        actorRole: expect.any(String),
        action: expect.any(String),
        outcome: 'allowed',
        caseId: expect.anything(),
        personId: expect.any(String),
        resource: expect.any(String),
        fields: expect.any(Array),
        purpose: expect.any(String),
        breakGlass: expect.any(Boolean),
        requestId: expect.any(String),
      }),
    );
    const bad = await privacy.get('/api/access-log?personId=jan&from=gisteren').expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('personId');
    expect(JSON.stringify(bad.body.message)).toContain('from');
    const coach = await seeded.as('coach@spoor.test');
    await coach.get('/api/access-log').expect(403);
    await coach.get('/api/me/access-log').expect(403);
  });

  it('exports the filtered log as CSV without spreadsheet formulas, and logs the export', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const csv = await privacy.get(`/api/access-log/export?caseId=${participantCase.id}`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'at,actorId,actorName,actorRole,actorOrganisation,action,outcome,caseReference,personIds,resource,resourceId,fields,purpose,breakGlass,requestId',
    );
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.slice(1).filter((line) => !line.includes('RI-2026-0001')).length).toBe(0);
    // The filter narrows: the whole log holds events of other cases too.
    const whole = (await privacy.get('/api/access-log/export').expect(200)).text.trim().split('\r\n');
    expect(whole.length).toBeGreaterThan(lines.length);
    expect(await lastEvent()).toMatchObject({
      actor_role: 'privacy_officer',
      action: 'export',
      resource: 'access_log',
    });
    await (await seeded.as('coach@spoor.test')).get('/api/access-log/export').expect(403);
  });

  it('lists break-the-glass awaiting review with its reason, until reviewed', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const anomalies = await privacy.get('/api/access-log/anomalies').expect(200);
    expect(anomalies.body.breakGlassAwaitingReview).toHaveLength(1);
    const grant = anomalies.body.breakGlassAwaitingReview[0];
    expect(grant).toMatchObject({
      caseReference: 'RI-2026-0001',
      userName: 'Mohamed El Amrani',
      userRole: 'coach',
      reason: 'Deelnemer belde in nood; arbeidsdeskundige onbereikbaar',
    });
    expect(Array.isArray(anomalies.body.massReads)).toBe(true);
    expect(Array.isArray(anomalies.body.outsideOfficeHours)).toBe(true);
    await privacy.post(`/api/access-log/break-glass/${grant.id}/review`, { outcome: 'justified' }).expect(200);
    await privacy.post(`/api/access-log/break-glass/${grant.id}/review`, { outcome: 'justified' }).expect(404);
    expect((await privacy.get('/api/access-log/anomalies')).body.breakGlassAwaitingReview).toEqual([]);
  });

  it('verifies the log through the API for the privacy officer', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const verify = await privacy.get('/api/access-log/verify').expect(200);
    expect(verify.body).toMatchObject({ ok: true, checked: expect.any(Number) });
    expect(verify.body.checked).toBeGreaterThan(10);
    await (await seeded.as('admin@spoor.test')).get('/api/access-log/verify').expect(403);
  });
});
