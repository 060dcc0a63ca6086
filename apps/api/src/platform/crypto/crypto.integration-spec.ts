import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { CryptoIntegrityError, FileBlobStore, KeyDestroyedError, KeyUnavailableError } from '@spoor/crypto';
import { DataSource, Entity, PrimaryColumn, Column } from 'typeorm';
import type { AppConfig } from '../config/config';
import { appDataSourceOptions, specialDataSourceOptions } from '../../data-sources';
import { createTestDatabase, queryAs, testConfig, type TestDatabase } from '../../../test/utils/test-database';
import { BlindIndexColumn, EncryptedColumn } from './encrypted-column';
import { EncryptedFields } from './encrypted-fields';
import { ProcessDataKey, SpecialDataKey } from './data-key.entity';
import { rotateMasterKey, shredSubject, verifyEncryption } from '../../keys/key-operations';
import { createProcessKeyRing, createSpecialKeyRing, sqlRunner, type KeyRings } from './key-rings';

/** A stand-in for the people table of step 3: personalia under the person's key, e-mail findable. */
@Entity({ name: 'crypto_probe_people', schema: 'public' })
class ProbePerson {
  @PrimaryColumn('uuid') id!: string;
  @EncryptedColumn({ ring: 'p', subject: 'id' }) lastName!: string;
  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true }) email!: string | null;
  @BlindIndexColumn({ ring: 'p', source: 'email', subject: 'id' }) emailIndex!: string | null;
}

/** A stand-in for a special-file table: health text under the special ring. */
@Entity({ name: 'crypto_probe_health', schema: 'special' })
class ProbeHealth {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @EncryptedColumn({ ring: 's', subject: 'personId' }) prognosis!: string;
}

const PEOPLE_SQL = `CREATE TABLE public.crypto_probe_people (
  id uuid PRIMARY KEY,
  last_name text NOT NULL CHECK (last_name LIKE 'sp1.p.%'),
  email text CHECK (email IS NULL OR email LIKE 'sp1.p.%'),
  email_index varchar(32))`;
const HEALTH_SQL = `CREATE TABLE special.crypto_probe_health (
  id uuid PRIMARY KEY, person_id uuid NOT NULL, prognosis text NOT NULL CHECK (prognosis LIKE 'sp1.s.%'))`;

describe('field encryption on PostgreSQL', () => {
  let db: TestDatabase;
  let app: DataSource;
  let special: DataSource;
  let config: AppConfig;
  let rings: KeyRings;
  let fields: EncryptedFields;

  const ringsFor = (overrides: Partial<AppConfig>, cache = true): KeyRings => {
    const c = { ...config, ...overrides, dekCacheSize: cache ? 1000 : 0 };
    return { process: createProcessKeyRing(c, sqlRunner(app)), special: createSpecialKeyRing(c, sqlRunner(special)) };
  };

  async function savePerson(person: ProbePerson, using: EncryptedFields = fields): Promise<void> {
    const sealed = await using.seal(ProbePerson, person);
    await app.getRepository(ProbePerson).insert(sealed);
  }

  async function loadPerson(id: string, using: EncryptedFields = fields): Promise<ProbePerson> {
    const row = await app.getRepository(ProbePerson).findOneByOrFail({ id });
    return using.open(ProbePerson, row);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await queryAs(db.urls.owner, PEOPLE_SQL);
    await queryAs(db.urls.owner, HEALTH_SQL);
    app = new DataSource({ ...appDataSourceOptions(db.urls.app), entities: [ProcessDataKey, ProbePerson] });
    special = new DataSource({ ...specialDataSourceOptions(db.urls.special), entities: [SpecialDataKey, ProbeHealth] });
    await app.initialize();
    await special.initialize();
    config = testConfig();
    rings = ringsFor({});
    fields = new EncryptedFields(rings);
  });

  afterAll(async () => {
    await app?.destroy();
    await special?.destroy();
    await db?.drop();
  });

  it('stores personalia only as ciphertext and reads them back', async () => {
    const id = randomUUID();
    await savePerson(Object.assign(new ProbePerson(), { id, lastName: 'de Vries', email: 'Jan.deVries@example.nl' }));
    const raw = await queryAs(db.urls.owner, `SELECT * FROM public.crypto_probe_people WHERE id = '${id}'`);
    expect(JSON.stringify(raw)).not.toMatch(/vries/i);
    expect(JSON.stringify(raw)).toContain('sp1.p.');
    const person = await loadPerson(id);
    expect(person).toMatchObject({ lastName: 'de Vries', email: 'Jan.deVries@example.nl' });
  });

  it('finds a person by e-mail through the blind index, whatever the case and spacing', async () => {
    const id = randomUUID();
    await savePerson(Object.assign(new ProbePerson(), { id, lastName: 'Bakker', email: 'fatima.bakker@example.nl' }));
    const index = await fields.blindIndex(ProbePerson, 'email', '  Fatima.Bakker@EXAMPLE.nl ');
    const found = await app.getRepository(ProbePerson).findBy({ emailIndex: index });
    expect(found.map((p) => p.id)).toEqual([id]);
  });

  it('refuses plaintext in an encrypted column at the database, for the app role too', async () => {
    const result = await queryAs(
      db.urls.app,
      `INSERT INTO public.crypto_probe_people (id, last_name) VALUES ('${randomUUID()}', 'Jansen')`,
    );
    expect(result).toEqual({ errorCode: '23514' });
  });

  it('refuses a ciphertext moved to another row or column', async () => {
    const a = randomUUID();
    const b = randomUUID();
    await savePerson(Object.assign(new ProbePerson(), { id: a, lastName: 'Visser', email: 'visser@example.nl' }));
    await savePerson(Object.assign(new ProbePerson(), { id: b, lastName: 'Smit', email: 'smit@example.nl' }));
    await queryAs(
      db.urls.owner,
      `UPDATE public.crypto_probe_people SET last_name = (SELECT last_name FROM public.crypto_probe_people WHERE id = '${a}') WHERE id = '${b}'`,
    );
    await expect(loadPerson(b)).rejects.toBeInstanceOf(CryptoIntegrityError);
    await queryAs(db.urls.owner, `UPDATE public.crypto_probe_people SET email = last_name WHERE id = '${a}'`);
    await expect(loadPerson(a)).rejects.toBeInstanceOf(CryptoIntegrityError);
    await queryAs(db.urls.owner, `DELETE FROM public.crypto_probe_people WHERE id IN ('${a}', '${b}')`);
  });

  it('names the missing master key when the configured one is wrong, without key material', async () => {
    const id = randomUUID();
    await savePerson(Object.assign(new ProbePerson(), { id, lastName: 'Mulder', email: null }));
    const wrongKey = randomBytes(32);
    const wrong = new EncryptedFields(ringsFor({ masterKey: wrongKey }));
    const error = await loadPerson(id, wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyUnavailableError);
    expect((error as Error).message).toMatch(/master key [0-9a-f]{16} is not configured/);
    expect((error as Error).message).not.toContain(wrongKey.toString('base64'));
  });

  it('keeps the special ring unreachable for the app role', async () => {
    expect(await queryAs(db.urls.app, 'SELECT * FROM special.data_keys')).toEqual({ errorCode: '42501' });
    expect(await queryAs(db.urls.app, 'DELETE FROM public.data_keys')).toEqual({ errorCode: '42501' });
    expect(await queryAs(db.urls.special, 'DELETE FROM special.data_keys')).toEqual({ errorCode: '42501' });
  });

  it('shreds one person: nothing of theirs decrypts in either ring, everyone else is untouched', async () => {
    const erased = randomUUID();
    const kept = randomUUID();
    const store = new FileBlobStore(mkdtempSync(join(tmpdir(), 'spoor-docs-')));
    const health = special.getRepository(ProbeHealth);
    const documents: Record<string, string> = {};
    for (const [id, name] of [
      [erased, 'Jansen'],
      [kept, 'de Jong'],
    ] as const) {
      await savePerson(Object.assign(new ProbePerson(), { id, lastName: name, email: `${id}@example.nl` }));
      await health.insert(
        await fields.seal(
          ProbeHealth,
          Object.assign(new ProbeHealth(), { id, personId: id, prognosis: `herstel ${name}` }),
        ),
      );
      const { id: keyId, key } = await rings.special.dataKeyFor(id);
      const blob = await store.write(Readable.from([Buffer.from(`FML van ${name}`)]), {
        ring: 's',
        keyId,
        dataKey: key,
        context: (blobId) => `special/documents/${blobId}`,
      });
      documents[id] = blob.blobId;
    }

    const result = await shredSubject({ rings, app, special }, erased);
    expect(result).toMatchObject({ process: 1, special: 1, blindIndexes: 1 });

    // A fresh process (empty key cache) and this one both fail for the erased person.
    for (const reader of [fields, new EncryptedFields(ringsFor({}))]) {
      await expect(loadPerson(erased, reader)).rejects.toBeInstanceOf(KeyDestroyedError);
      await expect(reader.open(ProbeHealth, await health.findOneByOrFail({ id: erased }))).rejects.toBeInstanceOf(
        KeyDestroyedError,
      );
      expect((await loadPerson(kept, reader)).lastName).toBe('de Jong');
      expect((await reader.open(ProbeHealth, await health.findOneByOrFail({ id: kept }))).prognosis).toBe(
        'herstel de Jong',
      );
    }
    const resolveKey = (_ring: string, keyId: string) => rings.special.keyById(keyId);
    await expect(
      buffer(
        store.openDecrypted(documents[erased], {
          resolveKey,
          expectedContext: `special/documents/${documents[erased]}`,
        }),
      ),
    ).rejects.toBeInstanceOf(KeyDestroyedError);
    expect(
      String(
        await buffer(
          store.openDecrypted(documents[kept], { resolveKey, expectedContext: `special/documents/${documents[kept]}` }),
        ),
      ),
    ).toBe('FML van de Jong');
    // Their blind index is gone: the e-mail no longer finds anyone.
    const index = await fields.blindIndex(ProbePerson, 'email', `${erased}@example.nl`);
    expect(await app.getRepository(ProbePerson).findBy({ emailIndex: index })).toEqual([]);

    const report = await verifyEncryption({ rings, app, special, documents: store });
    expect(report.ok).toBe(true);
    expect(report.documents).toEqual({ ok: 1, erased: 1, failed: 0 });
    expect(report.fields['public.crypto_probe_people.last_name'].erased).toBe(1);
    expect(report.fields['special.crypto_probe_health.prognosis']).toMatchObject({ erased: 1, failed: 0 });
  });

  it('reports a tampered value in keys verify', async () => {
    const id = randomUUID();
    await savePerson(Object.assign(new ProbePerson(), { id, lastName: 'Peters', email: null }));
    const sealed = await fields.seal(
      ProbePerson,
      Object.assign(new ProbePerson(), { id: randomUUID(), lastName: 'Anders', email: null }),
    );
    await queryAs(
      db.urls.owner,
      `UPDATE public.crypto_probe_people SET last_name = '${sealed.lastName}' WHERE id = '${id}'`,
    );
    const report = await verifyEncryption({
      rings,
      app,
      special,
      documents: new FileBlobStore(mkdtempSync(join(tmpdir(), 'spoor-docs-'))),
    });
    expect(report.ok).toBe(false);
    expect(report.fields['public.crypto_probe_people.last_name'].failed).toBeGreaterThanOrEqual(1);
    await queryAs(db.urls.owner, `DELETE FROM public.crypto_probe_people WHERE id = '${id}'`);
  });

  it('rotates the master key under concurrent writes without losing a value', async () => {
    const oldKey = config.masterKey;
    const newKey = randomBytes(32);
    // Instances not yet restarted keep writing under the old key while the rotation runs.
    const oldInstance = new EncryptedFields(ringsFor({}, false));
    const rotating = ringsFor({ masterKey: newKey, previousMasterKeys: [oldKey] }, false);
    const newInstance = new EncryptedFields(rotating);
    const written: Array<{ id: string; lastName: string }> = [];
    const writers = Array.from({ length: 4 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 40; i++) {
          const person = { id: randomUUID(), lastName: `Persoon ${w}-${i}` };
          await savePerson(
            Object.assign(new ProbePerson(), { ...person, email: null }),
            i % 2 ? oldInstance : newInstance,
          );
          written.push(person);
        }
      })(),
    );
    const rotations: Array<Awaited<ReturnType<typeof rotateMasterKey>>> = [];
    const rotator = (async () => {
      for (let i = 0; i < 5; i++) rotations.push(await rotateMasterKey(rotating.process));
    })();
    await Promise.all([...writers, rotator]);
    const final = await rotateMasterKey(rotating.process);
    expect(final.remaining).toBe(0);
    expect(rotations.reduce((sum, r) => sum + r.rewrapped, 0) + final.rewrapped).toBeGreaterThan(0);

    // Once rotated, the old key can go: a reader with only the new key reads every value.
    const newOnly = new EncryptedFields(ringsFor({ masterKey: newKey, previousMasterKeys: [] }, false));
    for (const person of written) {
      expect((await loadPerson(person.id, newOnly)).lastName).toBe(person.lastName);
    }
    const counts = await rotating.process.keyCounts();
    expect(counts.filter((c) => !c.destroyed).map((c) => c.kekId)).toEqual([rotating.process.currentMasterKeyId()]);
    expect(await rotateMasterKey(rotating.process)).toMatchObject({ rewrapped: 0, remaining: 0 });
  });
});
