import {
  CONSENT_PURPOSES,
  EXPORT_MANIFEST_SECTIONS,
  OBJECTION_PURPOSES,
  RETENTION_RULES,
  RETIRED_CONSENT_PURPOSES,
  type ProcessingRegister,
} from '@spoor/domain';
import { ROLE_PURPOSE } from '../access-log/access-log.service';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

/** Not the five-year default, so the register can only show it by reading the configuration in force. */
const CONFIGURED_ACCESS_LOG_YEARS = 9;

describe('privacy registers: the processing register (art. 30) and the breach register', () => {
  let seeded: SeededApp;

  beforeAll(async () => {
    seeded = await createSeededApp({ config: { accessLogRetentionYears: CONFIGURED_ACCESS_LOG_YEARS } });
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('renders the art. 30 register from the configuration the code uses', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const register = (await privacy.get('/api/privacy/register').expect(200)).body as ProcessingRegister;
    const byName = new Map(register.activities.map((activity) => [activity.name, activity]));
    expect(byName.get('Re-integratie (spoor 1 en 2)')?.retention).toMatch(/^2 jaar/);
    expect(register.securityMeasures.length).toBeGreaterThan(3);

    // The access-log retention in force, not the constant.
    const accessLog = byName.get('Toegangsregistratie (NEN 7513)');
    expect(accessLog?.retention).toMatch(new RegExp(`^${CONFIGURED_ACCESS_LOG_YEARS} jaar`));
    expect(accessLog?.retention).toContain('SPOOR_ACCESS_LOG_RETENTION_YEARS');

    // Fiscal records: seven years after the financial year (art. 52 AWR).
    const fiscal = byName.get('Facturatie en fiscale administratie');
    expect(fiscal?.retention).toMatch(
      new RegExp(`^${RETENTION_RULES.fiscal.years} jaar na het einde van het boekjaar`),
    );
    expect(fiscal?.legalBasis).toContain('art. 52');

    // Every purpose the code knows is listed: consent and objection purposes, and each role's purpose of access.
    const purposes = register.activities.flatMap((activity) => activity.purposes);
    for (const purpose of [...CONSENT_PURPOSES, ...OBJECTION_PURPOSES, ...Object.values(ROLE_PURPOSE)]) {
      expect({ purpose, listed: purposes.includes(purpose) }).toEqual({ purpose, listed: true });
    }
    // Consents given for purposes since retired are kept as history, and the register says so — in words.
    const text = JSON.stringify(register);
    expect(RETIRED_CONSENT_PURPOSES).toEqual(['satisfaction_survey', 'case_study']);
    expect(text).toContain(
      'vroegere toestemmingsdoelen, alleen als geschiedenis bewaard: tevredenheidsonderzoek, casusbeschrijving',
    );
    // Every category of personal data a person's export holds has a line of its own.
    expect(register.dataCategories).toHaveLength(EXPORT_MANIFEST_SECTIONS.length);
    for (const activity of register.activities) {
      expect(activity.legalBasis.length).toBeGreaterThan(0);
      expect(activity.retention.length).toBeGreaterThan(0);
    }

    for (const email of ['coach@spoor.test', 'admin@spoor.test', 'participant@spoor.test'] as const) {
      await (await seeded.as(email)).get('/api/privacy/register').expect(403);
    }
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
