import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SPECIAL_DATA_SOURCE } from '../../src/special-file/special-file.tokens';
import { changedTables, openFingerprints, type Fingerprints } from '../utils/database-fingerprint';
import { createSeededApp, type SeededApp } from '../utils/seeded-app';
import type { TestClient } from '../utils/test-session';

/**
 * Red team, issue 15: the writes that move a person's Poortwachter dates (extensions of the waiting period,
 * retracted sickness events) aimed across people, cases and roles. Each refusal is shown to change nothing but
 * the access log, next to a positive control by the assigned staff.
 */
describe('Poortwachter writes under attack', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let special: DataSource;
  let fingerprints: Fingerprints;
  let coach: TestClient;
  let expert: TestClient;
  /** Two reintegration cases of two people, both assigned to the demo coach and labour expert. */
  let caseA: string;
  let caseB: string;
  let extensionOfA: string;
  let eventOfA: string;

  const unchanged = async (attack: () => Promise<void>) => {
    const before = await fingerprints.take();
    await attack();
    expect(changedTables(before, await fingerprints.take()).filter((table) => !table.startsWith('audit.'))).toEqual([]);
  };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    special = seeded.app.get<DataSource>(SPECIAL_DATA_SOURCE);
    fingerprints = await openFingerprints(seeded.db.urls.owner);
    coach = await seeded.as('coach@spoor.test');
    expert = await seeded.as('expert@spoor.test');
    const admin = await seeded.as('admin@spoor.test');
    const idOf = async (client: TestClient) => (await client.get('/api/auth/me')).body.user.id as string;
    const [acme] = await dataSource.query("SELECT id FROM public.organisations WHERE name = 'Acme Logistiek'");
    const common = {
      organisationId: acme.id,
      coachId: await idOf(coach),
      labourExpertId: await idOf(expert),
      type: 'reintegration_track1',
      startDate: '2026-01-12',
    };
    caseA = (
      await admin.post('/api/cases', { ...common, person: { firstName: 'Anna', lastName: 'Aanval' } }).expect(201)
    ).body.id;
    caseB = (
      await admin.post('/api/cases', { ...common, person: { firstName: 'Bert', lastName: 'Aanval' } }).expect(201)
    ).body.id;
    for (const id of [caseA, caseB])
      await expert
        .post(`/api/cases/${id}/special-file/sickness-events`, { kind: 'sick', date: '2026-01-05' })
        .expect(201);
    eventOfA = (await coach.get(`/api/cases/${caseA}/special-file/sickness-events`).expect(200)).body.items[0].id;
    extensionOfA = (
      await expert.post(`/api/cases/${caseA}/special-file/extensions`, { kind: 'loonsanctie', weeks: 12 }).expect(201)
    ).body.id;
  }, 120_000);

  afterAll(async () => {
    await fingerprints?.close();
    await seeded?.close();
  });

  it('cannot withdraw one person’s extension or retract their sickness event through another person’s case (404)', async () => {
    await unchanged(async () => {
      const withdraw = await expert.post(`/api/cases/${caseB}/special-file/extensions/${extensionOfA}/withdraw`, {
        reason: 'Via de andere zaak',
      });
      expect(withdraw.status).toBe(404);
      const retract = await coach.post(`/api/cases/${caseB}/special-file/sickness-events/${eventOfA}/retract`, {
        reason: 'Via de andere zaak',
      });
      expect(retract.status).toBe(404);
    });
    // Positive control: on the person's own case the extension still counts and can be read.
    const listed = (await coach.get(`/api/cases/${caseA}/special-file/extensions`).expect(200)).body;
    expect(listed.items[0]).toMatchObject({ id: extensionOfA, withdrawnAt: null });
    expect(listed.waitingPeriodEnd.end).toBe('2028-03-26');
  });

  it('cannot name another person’s health document as UWV’s decision (400 UNKNOWN_REFERENCE)', async () => {
    const [foreign] = await special.query(
      `SELECT d.id FROM special.health_documents d
        WHERE d.person_id <> (SELECT person_id FROM special.sickness_events WHERE id = $1) LIMIT 1`,
      [eventOfA],
    );
    const documentId = (foreign?.id as string | undefined) ?? randomUUID();
    await unchanged(async () => {
      const refused = await coach.post(`/api/cases/${caseB}/special-file/extensions`, {
        kind: 'early_iva',
        appliedOn: '2026-06-01',
        decisionDocumentId: documentId,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.fields).toEqual([{ field: 'decisionDocumentId', code: 'UNKNOWN_REFERENCE' }]);
    });
  });

  it('refuses a coach not assigned (404), and the client, participant, admin and privacy officer (403)', async () => {
    const outsiders = [
      ['coach2@spoor.test', 404],
      ['client@acme.spoor.test', 403],
      ['participant@spoor.test', 403],
      ['admin@spoor.test', 403],
      ['privacy@spoor.test', 403],
    ] as const;
    for (const [email] of outsiders) await seeded.as(email);
    await unchanged(async () => {
      for (const [email, status] of outsiders) {
        const client = await seeded.as(email);
        const statuses = [
          (await client.post(`/api/cases/${caseA}/special-file/extensions`, { kind: 'loonsanctie', weeks: 1 })).status,
          (
            await client.post(`/api/cases/${caseA}/special-file/extensions/${extensionOfA}/withdraw`, {
              reason: 'Niet van mij',
            })
          ).status,
          (await client.post(`/api/cases/${caseA}/special-file/sickness-events/${eventOfA}/retract`, { reason: 'Weg' }))
            .status,
        ];
        expect({ email, statuses }).toEqual({ email, statuses: [status, status, status] });
      }
    });
  });

  it('never echoes the dates or the reason it refuses in the error message', async () => {
    const refused = await coach
      .post(`/api/cases/${caseB}/special-file/extensions`, { kind: 'loonsanctie', weeks: 4, startsOn: '2028-02-14' })
      .expect(400);
    expect(JSON.stringify(refused.body.message)).not.toContain('2028-02-14');
    const withdrawnTwice = await expert
      .post(`/api/cases/${caseA}/special-file/extensions/${extensionOfA}/withdraw`, { reason: 'Geheim-1234' })
      .expect(200);
    expect(withdrawnTwice.body.withdrawReason).toBe('Geheim-1234');
    const again = await expert
      .post(`/api/cases/${caseA}/special-file/extensions/${extensionOfA}/withdraw`, { reason: 'Geheim-5678' })
      .expect(409);
    expect(JSON.stringify(again.body)).not.toContain('Geheim');
  });
});
