import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { AfterResponseQueue } from '../invitations/after-response-queue';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { loginAs, type TestClient } from '../../test/utils/test-session';

interface Match {
  personId: string;
  name: string;
  caseReferences: string[];
  hasAccount: boolean;
}

interface AccessEventRow {
  actor_id: string;
  action: string;
  outcome: string;
  resource: string;
  resource_id: string | null;
  person_ids: string[];
  fields: string[];
}

describe('administration: choosing a participant\u2019s person, roles, disabling, the last admin', () => {
  let seeded: SeededApp;
  let owner: Client;
  let admin: TestClient;
  const server = () => seeded.app.getHttpServer();

  beforeAll(async () => {
    seeded = await createSeededApp();
    owner = new Client({ connectionString: seeded.db.urls.owner });
    await owner.connect();
    admin = await seeded.as('admin@spoor.test');
  }, 120_000);

  afterAll(async () => {
    await owner?.end();
    await seeded?.close();
  });

  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    (await owner.query(text, params)).rows as T[];

  /** The newest access event of this kind (the search's or the change's own). */
  async function lastEvent(resource: string, action: string): Promise<AccessEventRow> {
    const [row] = await sql<AccessEventRow>(
      `SELECT actor_id, action, outcome, resource, resource_id, person_ids::text[] AS person_ids, fields
         FROM audit.access_events WHERE resource = $1 AND action = $2 ORDER BY id DESC LIMIT 1`,
      [resource, action],
    );
    return row;
  }

  async function userId(email: string): Promise<string> {
    const users = await admin.get('/api/admin/users').expect(200);
    return (users.body.items as Array<{ id: string; email: string }>).find((u) => u.email === email)?.id as string;
  }

  const search = (q: unknown) => admin.post('/api/admin/people/search', { q });

  describe('finding the person of a participant account', () => {
    it('finds a person by exact last name, full name or case reference, never by a part of it', async () => {
      const janId = (
        await sql<{ person_id: string }>("SELECT person_id FROM public.cases WHERE reference = 'RI-2026-0001'")
      )[0].person_id;
      for (const q of ['de Vries', '  JAN   de vries ', 'RI-2026-0001', 'ri-2026-0001']) {
        const found = await search(q).expect(200);
        const jan = (found.body.items as Match[]).find((match) => match.personId === janId);
        expect({ q, jan }).toEqual({
          q,
          jan: { personId: janId, name: 'Jan de Vries', caseReferences: ['RI-2026-0001'], hasAccount: true },
        });
      }
      // Exact matches only: a part of a name or reference, or another first name, finds nobody.
      for (const q of ['Vries', 'de Vrie', 'Piet de Vries', 'RI-2026-000']) {
        const found = await search(q).expect(200);
        expect({ q, ids: (found.body.items as Match[]).map((m) => m.personId) }).toEqual({
          q,
          ids: expect.not.arrayContaining([janId]),
        });
      }
      const event = await lastEvent('person', 'search');
      expect(event).toMatchObject({ outcome: 'allowed', person_ids: [] });
    });

    it('names the persons found in the access event, and answers an unknown name with nothing', async () => {
      await search('de Vries').expect(200);
      const found = await lastEvent('person', 'search');
      expect(found.person_ids.length).toBeGreaterThan(0);
      expect([...found.fields].sort()).toEqual(['caseReferences', 'hasAccount', 'name']);

      const none = await search('Zwartkruis-Nergensvandaan').expect(200);
      expect(none.body).toEqual({ items: [], total: 0 });
      const event = await lastEvent('person', 'search');
      expect(event).toMatchObject({ outcome: 'allowed', person_ids: [], fields: [] });
      const [{ text }] = await sql<{ text: string }>(
        "SELECT row_to_json(e)::text AS text FROM audit.access_events e WHERE resource = 'person' ORDER BY id DESC LIMIT 1",
      );
      expect(text.toLowerCase()).not.toContain('nergensvandaan');
    });

    it('refuses bad input by field, and every role but the admin', async () => {
      for (const q of [undefined, 'x', 'a'.repeat(201), 42]) {
        const bad = await search(q).expect(400);
        expect(bad.body.code).toBe('VALIDATION_FAILED');
        expect(bad.body.fields.map((f: { field: string }) => f.field)).toContain('q');
      }
      for (const email of ['coach@spoor.test', 'privacy@spoor.test', 'participant@spoor.test'] as const) {
        const refused = await (await seeded.as(email)).post('/api/admin/people/search', { q: 'de Vries' }).expect(403);
        expect(refused.body).not.toHaveProperty('items');
      }
      const denied = await lastEvent('person', 'search');
      expect(denied).toMatchObject({ outcome: 'denied', person_ids: [] });
    });

    it('invites the chosen person once: a second account for the same person is refused', async () => {
      const [free] = await sql<{ reference: string; person_id: string }>(
        `SELECT c.reference, c.person_id FROM public.cases c
          WHERE NOT EXISTS (SELECT 1 FROM public.users u WHERE u.person_id = c.person_id) ORDER BY c.reference LIMIT 1`,
      );
      const before = await search(free.reference).expect(200);
      expect(before.body.items).toEqual([expect.objectContaining({ personId: free.person_id, hasAccount: false })]);

      const created = await admin
        .post('/api/admin/users', {
          email: 'nieuwe.deelnemer@spoor.test',
          displayName: before.body.items[0].name,
          role: 'participant',
          personId: free.person_id,
        })
        .expect(201);
      expect(created.body).toMatchObject({ role: 'participant', personId: free.person_id });
      const after = await search(free.reference).expect(200);
      expect(after.body.items).toEqual([expect.objectContaining({ personId: free.person_id, hasAccount: true })]);

      const again = await admin
        .post('/api/admin/users', {
          email: 'tweede.account@spoor.test',
          displayName: 'Tweede Account',
          role: 'participant',
          personId: free.person_id,
        })
        .expect(409);
      expect(again.body.code).toBe('PERSON_HAS_ACCOUNT');
    });
  });

  describe('changing roles, disabling and enabling', () => {
    it('changes a role: the old session is refused at once, the change is logged, a new login has the new role', async () => {
      const coach2 = await seeded.as('coach2@spoor.test');
      await coach2.get('/api/auth/me').expect(200);
      const id = await userId('coach2@spoor.test');

      const changed = await admin.patch(`/api/admin/users/${id}`, { role: 'labour_expert' }).expect(200);
      expect(changed.body).toMatchObject({ id, role: 'labour_expert', secondFactorEnrolled: true });
      await coach2.get('/api/auth/me').expect(401);
      await coach2.get('/api/cases').expect(401);
      expect(await sql('SELECT 1 FROM public.sessions WHERE user_id = $1', [id])).toEqual([]);
      expect(await lastEvent('user', 'update')).toMatchObject({
        actor_id: await userId('admin@spoor.test'),
        outcome: 'allowed',
        resource_id: id,
        fields: ['role'],
      });
      const again = await loginAs(seeded.app, 'coach2@spoor.test');
      expect((await again.get('/api/auth/me').expect(200)).body.user.role).toBe('labour_expert');
    });

    it('keeps participant accounts apart: none becomes another role, none is made from another role', async () => {
      const participant = await seeded.as('participant@spoor.test');
      const fromParticipant = await admin
        .patch(`/api/admin/users/${await userId('participant@spoor.test')}`, { role: 'coach' })
        .expect(409);
      expect(fromParticipant.body.code).toBe('PARTICIPANT_ROLE_FIXED');
      const toParticipant = await admin
        .patch(`/api/admin/users/${await userId('coach@spoor.test')}`, { role: 'participant' })
        .expect(409);
      expect(toParticipant.body.code).toBe('PARTICIPANT_ROLE_FIXED');
      // Nothing changed: the participant's session still works.
      await participant.get('/api/auth/me').expect(200);
    });

    it('makes a client contact staff only with a second factor of their own, enrolled from an e-mailed link', async () => {
      const id = await userId('client@globex.spoor.test');
      const toStaff = await admin.patch(`/api/admin/users/${id}`, { role: 'coach' }).expect(200);
      expect(toStaff.body).toMatchObject({ role: 'coach', organisationId: null, secondFactorEnrolled: false });
      const login = await request(server())
        .post('/api/auth/login')
        .send({ email: 'client@globex.spoor.test', password: 'Spoor-demo-2026!' })
        .expect(403);
      expect(login.body.code).toBe('SECOND_FACTOR_NOT_ENROLLED');
      await seeded.app.get(AfterResponseQueue).drained();
      const outbox = join(seeded.dataDir, 'outbox');
      const mails = await Promise.all((await readdir(outbox)).map((file) => readFile(join(outbox, file), 'utf8')));
      expect(
        mails.some((mail) => mail.includes('To: client@globex.spoor.test') && mail.includes('invitation#token=')),
      ).toBe(true);
      // A client needs its organisation: back to client without one is refused by field.
      const noOrganisation = await admin.patch(`/api/admin/users/${id}`, { role: 'client' }).expect(400);
      expect(noOrganisation.body.fields).toEqual([
        expect.objectContaining({ field: 'organisationId', code: 'REQUIRED' }),
      ]);
      const unknown = await admin
        .patch(`/api/admin/users/${id}`, { role: 'client', organisationId: '00000000-0000-4000-8000-00000000dead' })
        .expect(400);
      expect(unknown.body.fields).toEqual([
        expect.objectContaining({ field: 'organisationId', code: 'UNKNOWN_REFERENCE' }),
      ]);
      await admin.patch(`/api/admin/users/${id}`, {}).expect(400);
    });

    it('disables a user (sessions end, logged) and enables them again', async () => {
      const client = await seeded.as('client@acme.spoor.test');
      const id = await userId('client@acme.spoor.test');
      await client.get('/api/cases').expect(200);

      const disabled = await admin.patch(`/api/admin/users/${id}`, { disabled: true }).expect(200);
      expect(disabled.body).toMatchObject({ id, disabled: true });
      await client.get('/api/cases').expect(401);
      expect(await lastEvent('user', 'update')).toMatchObject({ resource_id: id, fields: ['disabled'] });
      await request(server())
        .post('/api/auth/login')
        .send({ email: 'client@acme.spoor.test', password: 'Spoor-demo-2026!' })
        .expect(401);

      const enabled = await admin.patch(`/api/admin/users/${id}`, { disabled: false }).expect(200);
      expect(enabled.body).toMatchObject({ id, disabled: false });
      const again = await loginAs(seeded.app, 'client@acme.spoor.test');
      await again.get('/api/cases').expect(200);
    });
  });

  describe('the last admin', () => {
    it('an admin cannot demote or disable themselves', async () => {
      const self = await userId('admin@spoor.test');
      for (const change of [{ role: 'coach' }, { disabled: true }]) {
        const refused = await admin.patch(`/api/admin/users/${self}`, change).expect(409);
        expect(refused.body.code).toBe('OWN_ACCOUNT_PROTECTED');
      }
      await admin.get('/api/auth/me').expect(200);
    });

    it('two admins demoting each other at once: one wins, the other gets LAST_ADMIN, one admin remains', async () => {
      const first = await seeded.as('admin@spoor.test');
      const firstId = await userId('admin@spoor.test');
      const secondId = await userId('privacy@spoor.test');
      await first.patch(`/api/admin/users/${secondId}`, { role: 'admin' }).expect(200);
      const second = await loginAs(seeded.app, 'privacy@spoor.test');
      await second.get('/api/admin/users').expect(200);

      // Hold the admin rows, so both requests are past the login check and wait on the same lock.
      const holder = new Client({ connectionString: seeded.db.urls.owner });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query("SELECT id FROM public.users WHERE role = 'admin' FOR UPDATE");
        const demoteSecond = first.patch(`/api/admin/users/${secondId}`, { role: 'coach' }).then((r) => r);
        const demoteFirst = second.patch(`/api/admin/users/${firstId}`, { role: 'coach' }).then((r) => r);
        for (let waiting = 0; waiting < 2; ) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          const [{ count }] = await sql<{ count: number }>(
            "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
          );
          waiting = count;
        }
        await holder.query('COMMIT');
        const answers = await Promise.all([demoteSecond, demoteFirst]);
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
        expect(answers.find((answer) => answer.status === 409)?.body.code).toBe('LAST_ADMIN');
      } finally {
        await holder.end();
      }
      const admins = await sql("SELECT id FROM public.users WHERE role = 'admin' AND disabled_at IS NULL");
      expect(admins).toHaveLength(1);
    });
  });
});
