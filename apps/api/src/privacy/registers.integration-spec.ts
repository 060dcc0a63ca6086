import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

describe('privacy registers: the processing register (art. 30) and the breach register', () => {
  let seeded: SeededApp;

  beforeAll(async () => {
    seeded = await createSeededApp();
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('renders the art. 30 register from the configuration the code uses', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const register = await privacy.get('/api/privacy/register').expect(200);
    expect(register.body.activities.map((a: { name: string }) => a.name)).toContain('Re-integratie (spoor 1 en 2)');
    expect(register.body.activities[0].retention).toMatch(/^2 jaar/);
    expect(register.body.securityMeasures.length).toBeGreaterThan(3);
    await (await seeded.as('coach@spoor.test')).get('/api/privacy/register').expect(403);
  });

  it('keeps the phased updates of a breach', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const breach = await privacy
      .post('/api/breaches', { discoveredAt: new Date().toISOString(), nature: 'E-mail naar verkeerde ontvanger' })
      .expect(201);
    const first = await privacy
      .patch(`/api/breaches/${breach.body.id}`, { version: 1, approximatePeople: 1 })
      .expect(200);
    const second = await privacy
      .patch(`/api/breaches/${breach.body.id}`, {
        version: first.body.version,
        peopleNotifiedAt: new Date().toISOString(),
      })
      .expect(200);
    expect(second.body.updates.map((u: { fields: string[] }) => u.fields)).toEqual([
      ['approximatePeople'],
      ['peopleNotifiedAt'],
    ]);
  });
});
