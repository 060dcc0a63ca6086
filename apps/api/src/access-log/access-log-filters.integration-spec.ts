import { getDataSourceToken } from '@nestjs/typeorm';
import { accessDataKinds, type AccessEventView, type AccessLogActor } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

/**
 * The privacy officer filters the log the way a person thinks: by someone's name or e-mail, by case reference,
 * by a staff member chosen by name — never by typing a UUID.
 */
describe('access log viewer filters', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let janCase: { id: string; person_id: string };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [janCase] = await dataSource.query("SELECT id, person_id FROM public.cases WHERE reference = 'RI-2026-0001'");
    // Something to find: the coach reads Jan's case.
    const coach = await seeded.as('coach@spoor.test');
    await coach.get(`/api/cases/${janCase.id}`).expect(200);
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  const search = async (query: string): Promise<AccessEventView[]> => {
    const officer = await seeded.as('privacy@spoor.test');
    const response = await officer.get(`/api/access-log?pageSize=500&${query}`).expect(200);
    return response.body.items;
  };

  it("finds a person's events by last name or e-mail, whatever the case, and only theirs", async () => {
    for (const person of ['de Vries', 'DE VRIES', 'participant@spoor.test']) {
      const items = await search(`person=${encodeURIComponent(person)}`);
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((event) => event.personIds.includes(janCase.person_id))).toBe(true);
    }
  });

  it('finds nothing for a name nobody has, rather than everything', async () => {
    expect(await search('person=Niemandsland')).toEqual([]);
  });

  it("finds a case's events by its reference, in any case of letters", async () => {
    const items = await search('caseReference=ri-2026-0001');
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((event) => event.caseReference))).toEqual(new Set(['RI-2026-0001']));
    expect(await search('caseReference=RI-1999-9999')).toEqual([]);
  });

  it('names the field in a 400 for a reference that is not one and a name that is too long', async () => {
    const officer = await seeded.as('privacy@spoor.test');
    const bad = await officer.get('/api/access-log?caseReference=RI%20%3B%20DROP').expect(400);
    expect(JSON.stringify(bad.body)).toContain('caseReference');
    const long = await officer.get(`/api/access-log?person=${'x'.repeat(201)}`).expect(400);
    expect(JSON.stringify(long.body)).toContain('person');
  });

  it('lists staff by name, role and organisation to filter by, and the choice finds their events', async () => {
    const officer = await seeded.as('privacy@spoor.test');
    const actors: AccessLogActor[] = (await officer.get('/api/access-log/actors').expect(200)).body;
    const coach = actors.find((actor) => actor.name === 'Sanne Jacobs');
    expect(coach).toMatchObject({ role: 'coach' });
    expect(actors.some((actor) => actor.role === 'participant')).toBe(false);
    const items = await search(`actorId=${coach?.id}&caseReference=RI-2026-0001`);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((event) => event.actorName === 'Sanne Jacobs')).toBe(true);
    // The read of the list is itself in the log, with field names only.
    const [event] = await dataSource.query(
      "SELECT fields FROM audit.access_events WHERE resource = 'user' AND action = 'list' ORDER BY id DESC LIMIT 1",
    );
    expect([...event.fields].sort()).toEqual(['displayName', 'organisation', 'role']);
  });

  it('says in words which kinds of data a case read touched', async () => {
    const [read] = await search(`caseReference=RI-2026-0001&actorId=${await coachId()}`);
    expect(accessDataKinds(read.resource, read.fields)).toEqual(expect.arrayContaining(['identity', 'contact']));
  });

  it('keeps the filters to the privacy officer', async () => {
    for (const email of ['coach@spoor.test', 'admin@spoor.test', 'participant@spoor.test'] as const) {
      const client = await seeded.as(email);
      await client.get('/api/access-log/actors').expect(403);
      await client.get('/api/access-log?person=de%20Vries').expect(403);
    }
  });

  async function coachId(): Promise<string> {
    const [row] = await dataSource.query("SELECT coach_id AS id FROM public.cases WHERE reference = 'RI-2026-0001'");
    return row.id;
  }
});
