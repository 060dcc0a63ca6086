import { randomBytes, randomUUID } from 'node:crypto';
import { CryptoIntegrityError, KeyDestroyedError, KeyUnavailableError } from './errors';
import { parseField, type FieldContext } from './field-cipher';
import { masterKeyId, StaticKeyProvider } from './key-provider';
import { KeyRing } from './key-ring';
import type { DataKeyPurpose, KeyStore, StoredDataKey } from './key-store';

/** Yields to the event loop, as a round trip to PostgreSQL would: lets concurrent callers interleave. */
const roundTrip = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface MemoryRow extends StoredDataKey {
  createdAt: number;
}

/** KeyStore in memory, with the semantics of PgKeyStore and the data_keys table's unique indexes. */
class MemoryKeyStore implements KeyStore {
  readonly rows: MemoryRow[] = [];
  private clock = 0;

  private static copy(row: MemoryRow): StoredDataKey {
    return {
      id: row.id,
      subjectId: row.subjectId,
      purpose: row.purpose,
      kekId: row.kekId,
      wrappedKey: row.wrappedKey,
      destroyedAt: row.destroyedAt,
    };
  }

  async find(id: string): Promise<StoredDataKey | undefined> {
    await roundTrip();
    const row = this.rows.find((candidate) => candidate.id === id);
    return row && MemoryKeyStore.copy(row);
  }

  async findActive(subjectId: string | null, purpose: DataKeyPurpose): Promise<StoredDataKey | undefined> {
    await roundTrip();
    const row = this.rows.find(
      (candidate) =>
        candidate.subjectId === subjectId && candidate.purpose === purpose && candidate.destroyedAt === null,
    );
    return row && MemoryKeyStore.copy(row);
  }

  async insert(key: {
    id: string;
    subjectId: string | null;
    purpose: DataKeyPurpose;
    kekId: string;
    wrappedKey: string;
  }): Promise<boolean> {
    await roundTrip();
    const conflict = this.rows.some(
      (row) =>
        row.id === key.id ||
        (row.subjectId === key.subjectId && row.purpose === key.purpose && row.destroyedAt === null),
    );
    if (conflict) return false;
    this.rows.push({ ...key, destroyedAt: null, createdAt: this.clock++ });
    return true;
  }

  async rewrap(id: string, fromKekId: string, toKekId: string, wrappedKey: string): Promise<boolean> {
    await roundTrip();
    const row = this.rows.find(
      (candidate) => candidate.id === id && candidate.kekId === fromKekId && candidate.destroyedAt === null,
    );
    if (!row) return false;
    row.kekId = toKekId;
    row.wrappedKey = wrappedKey;
    return true;
  }

  async listNotUnder(kekId: string, limit: number, afterId?: string): Promise<StoredDataKey[]> {
    await roundTrip();
    return this.rows
      .filter((row) => row.destroyedAt === null && row.kekId !== null && row.kekId !== kekId)
      .filter((row) => afterId === undefined || row.id > afterId)
      .sort((a, b) => a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((row) => MemoryKeyStore.copy(row));
  }

  async countNotUnder(kekId: string): Promise<number> {
    await roundTrip();
    return this.rows.filter((row) => row.destroyedAt === null && row.kekId !== null && row.kekId !== kekId).length;
  }

  async destroySubject(subjectId: string): Promise<string[]> {
    await roundTrip();
    const destroyed: string[] = [];
    for (const row of this.rows) {
      if (row.subjectId === subjectId && row.destroyedAt === null) {
        row.wrappedKey = null;
        row.kekId = null;
        row.destroyedAt = new Date();
        destroyed.push(row.id);
      }
    }
    return destroyed;
  }

  async countByKek(): Promise<Array<{ kekId: string | null; count: number; destroyed: boolean }>> {
    await roundTrip();
    const groups = new Map<string, { kekId: string | null; count: number; destroyed: boolean }>();
    for (const row of this.rows) {
      const destroyed = row.destroyedAt !== null;
      const name = `${row.kekId ?? ''}|${destroyed}`;
      const group = groups.get(name) ?? { kekId: row.kekId, count: 0, destroyed };
      group.count++;
      groups.set(name, group);
    }
    return [...groups.values()].sort(
      (a, b) => (a.kekId ?? '\uffff').localeCompare(b.kekId ?? '\uffff') || Number(a.destroyed) - Number(b.destroyed),
    );
  }
}

const k1 = Buffer.alloc(32, 1);
const k2 = Buffer.alloc(32, 2);

function ringOver(
  store: KeyStore,
  provider: StaticKeyProvider,
  options: Partial<{ ring: 'p' | 's'; cache: { max: number; ttlMs: number } }> = {},
): KeyRing {
  return new KeyRing({ ring: options.ring ?? 'p', provider, store, cache: options.cache });
}

const contextFor = (rowId: string, column = 'diagnosis'): FieldContext => ({ table: 'persons', column, rowId });

/** Awaits `promise`, expects it to reject, and returns the reason. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

describe('KeyRing', () => {
  let store: MemoryKeyStore;
  let ring: KeyRing;
  const alice = randomUUID();
  const bob = randomUUID();

  beforeEach(() => {
    store = new MemoryKeyStore();
    ring = ringOver(store, new StaticKeyProvider(k1));
  });

  describe('encrypting fields', () => {
    it('gives every subject their value back', async () => {
      const aliceValue = await ring.encrypt(alice, 'Alice: burn-out, 2023', contextFor(alice));
      const bobValue = await ring.encrypt(bob, 'Bob: hernia', contextFor(bob));
      expect(aliceValue).not.toContain('Alice');
      expect(await ring.decrypt(aliceValue, contextFor(alice))).toBe('Alice: burn-out, 2023');
      expect(await ring.decrypt(bobValue, contextFor(bob))).toBe('Bob: hernia');
    });

    it('decrypts in another process that shares only the store and the master key', async () => {
      const value = await ring.encrypt(alice, 'Alice: burn-out, 2023', contextFor(alice));
      const elsewhere = ringOver(store, new StaticKeyProvider(Buffer.from(k1)));
      expect(await elsewhere.decrypt(value, contextFor(alice))).toBe('Alice: burn-out, 2023');
    });

    it("keeps the row binding: a value copied to another subject's row is refused", async () => {
      const value = await ring.encrypt(alice, 'Alice: burn-out, 2023', contextFor(alice));
      await expect(ring.decrypt(value, contextFor(bob))).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it('gives two subjects different data keys', async () => {
      const aliceValue = await ring.encrypt(alice, 'same text', contextFor(alice));
      const bobValue = await ring.encrypt(bob, 'same text', contextFor(bob));
      expect(parseField(aliceValue).keyId).not.toBe(parseField(bobValue).keyId);
      const [aliceKey, bobKey] = [await ring.dataKeyFor(alice), await ring.dataKeyFor(bob)];
      expect(aliceKey.id).not.toBe(bobKey.id);
      expect(aliceKey.key.equals(bobKey.key)).toBe(false);
    });

    it('keeps using one data key per subject', async () => {
      const first = await ring.encrypt(alice, 'one', contextFor(alice));
      const second = await ring.encrypt(alice, 'two', contextFor(alice));
      expect(parseField(first).keyId).toBe(parseField(second).keyId);
      expect(store.rows.filter((row) => row.subjectId === alice)).toHaveLength(1);
    });

    it('creates a single data key when 20 requests for a new subject arrive at once', async () => {
      const keys = await Promise.all(Array.from({ length: 20 }, () => ring.dataKeyFor(alice)));
      expect(new Set(keys.map((key) => key.id)).size).toBe(1);
      const stored = store.rows.filter((row) => row.subjectId === alice);
      expect(stored).toHaveLength(1);
      expect(stored[0].id).toBe(keys[0].id);
    });

    it('stores data keys only wrapped, never in the clear', async () => {
      const { key } = await ring.dataKeyFor(alice);
      const clear = Buffer.from(key);
      const [row] = store.rows;
      expect(row.kekId).toBe(masterKeyId(k1));
      expect(row.wrappedKey).not.toContain(clear.toString('base64url'));
      expect(row.wrappedKey).not.toContain(clear.toString('hex'));
      expect(Buffer.from(row.wrappedKey ?? '', 'base64url').includes(clear)).toBe(false);
    });
  });

  describe('master keys', () => {
    it('refuses to decrypt under another master key, naming the missing master key but no key material', async () => {
      const master = randomBytes(32);
      const other = randomBytes(32);
      const owner = ringOver(store, new StaticKeyProvider(master));
      const value = await owner.encrypt(alice, 'Alice: burn-out, 2023', contextFor(alice));
      const dataKey = Buffer.from((await owner.dataKeyFor(alice)).key);

      const intruder = ringOver(store, new StaticKeyProvider(other));
      const error = await rejection(intruder.decrypt(value, contextFor(alice)));
      expect(error).toBeInstanceOf(KeyUnavailableError);
      const message = (error as Error).message;
      expect(message).toContain(masterKeyId(master));
      for (const secret of [master, other, dataKey]) {
        for (const encoding of ['hex', 'base64', 'base64url'] as const) {
          expect(message).not.toContain(secret.toString(encoding));
        }
      }
      expect(message).not.toContain('Alice');
      await expect(intruder.encrypt(alice, 'more', contextFor(alice))).rejects.toBeInstanceOf(KeyUnavailableError);
    });

    it('refuses a value of the special ring in the process ring', async () => {
      const special = ringOver(new MemoryKeyStore(), new StaticKeyProvider(k2), { ring: 's' });
      const value = await special.encrypt(alice, 'Alice: medical file', contextFor(alice));
      expect(value.startsWith('sp1.s.')).toBe(true);
      await expect(ring.decrypt(value, contextFor(alice))).rejects.toBeInstanceOf(CryptoIntegrityError);
      expect(await special.decrypt(value, contextFor(alice))).toBe('Alice: medical file');
    });
  });

  describe('blind index', () => {
    it('is deterministic, also in another process over the same store and master key', async () => {
      const first = await ring.blindIndex('surname', 'de Vries');
      expect(await ring.blindIndex('surname', 'de Vries')).toBe(first);
      const elsewhere = ringOver(store, new StaticKeyProvider(k1));
      expect(await elsewhere.blindIndex('surname', 'de Vries')).toBe(first);
    });

    it.each([
      ['surrounding spaces and capitals', '  DE Vries '],
      ['runs of whitespace', 'de \t  vries'],
      ['full-width letters', 'ｄｅ ｖｒｉｅｓ'],
    ])('ignores %s', async (_label, variant) => {
      expect(await ring.blindIndex('surname', variant)).toBe(await ring.blindIndex('surname', 'de vries'));
    });

    it('treats composed and decomposed accents as the same name', async () => {
      expect(await ring.blindIndex('first_name', 'Zo\u00eb')).toBe(await ring.blindIndex('first_name', 'zoe\u0308'));
    });

    it('tells different values apart', async () => {
      expect(await ring.blindIndex('surname', 'de Vries')).not.toBe(
        await ring.blindIndex('surname', 'de Vries-Jansen'),
      );
    });

    it('differs per field, so equal values in two columns cannot be linked', async () => {
      expect(await ring.blindIndex('surname', 'de vries')).not.toBe(await ring.blindIndex('city', 'de vries'));
    });

    it('differs per key ring with its own blind-index key', async () => {
      const other = ringOver(new MemoryKeyStore(), new StaticKeyProvider(k1));
      expect(await other.blindIndex('surname', 'de vries')).not.toBe(await ring.blindIndex('surname', 'de vries'));
    });

    it('is 22 characters of base64url (128 bits) and does not show the value', async () => {
      const index = await ring.blindIndex('surname', 'de Vries');
      expect(index).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(index, 'base64url')).toHaveLength(16);
      expect(index.toLowerCase()).not.toContain('vries');
    });

    it('creates one ring-wide blind-index key that belongs to no subject', async () => {
      await Promise.all([ring.blindIndex('surname', 'a'), ring.blindIndex('city', 'b')]);
      const indexKeys = store.rows.filter((row) => row.purpose === 'blind_index');
      expect(indexKeys).toHaveLength(1);
      expect(indexKeys[0].subjectId).toBeNull();
    });
  });

  describe('cache of unwrapped keys', () => {
    it('unwraps a data key once for 100 decryptions', async () => {
      const value = await ring.encrypt(alice, 'Alice: burn-out, 2023', contextFor(alice));
      const reader = ringOver(store, new StaticKeyProvider(k1));
      for (let i = 0; i < 100; i++)
        expect(await reader.decrypt(value, contextFor(alice))).toBe('Alice: burn-out, 2023');
      expect(reader.stats.unwraps).toBe(1);
      expect(reader.stats.cacheHits).toBe(99);
    });

    it('unwraps on every decryption when the cache is off', async () => {
      const value = await ring.encrypt(alice, 'Alice: burn-out, 2023', contextFor(alice));
      const reader = ringOver(store, new StaticKeyProvider(k1), { cache: { max: 0, ttlMs: 0 } });
      for (let i = 0; i < 100; i++)
        expect(await reader.decrypt(value, contextFor(alice))).toBe('Alice: burn-out, 2023');
      expect(reader.stats.unwraps).toBe(100);
      expect(reader.stats.cacheHits).toBe(0);
    });
  });

  describe('master key rotation', () => {
    const subjects = [randomUUID(), randomUUID(), randomUUID()];

    async function encryptUnderK1(): Promise<{
      values: Array<{ value: string; context: FieldContext; plaintext: string }>;
      index: string;
    }> {
      const ringA = ringOver(store, new StaticKeyProvider(k1));
      const values = [];
      for (const subject of subjects) {
        for (const column of ['diagnosis', 'notes']) {
          const plaintext = `${column} of ${subject}`;
          const context = contextFor(subject, column);
          values.push({ value: await ringA.encrypt(subject, plaintext, context), context, plaintext });
        }
      }
      return { values, index: await ringA.blindIndex('surname', 'de Vries') };
    }

    it('re-wraps every data key and the blind-index key, after which the old master key is no longer needed', async () => {
      const { values, index } = await encryptUnderK1();
      expect(store.rows).toHaveLength(subjects.length + 1);

      const ringB = ringOver(store, new StaticKeyProvider(k2, [k1]));
      const result = await ringB.rotateMaster();
      expect(result).toEqual({ rewrapped: subjects.length + 1, skipped: 0, remaining: 0 });
      expect(await ringB.keyCounts()).toEqual([
        { kekId: masterKeyId(k2), count: subjects.length + 1, destroyed: false },
      ]);

      const ringC = ringOver(store, new StaticKeyProvider(k2));
      for (const { value, context, plaintext } of values) expect(await ringC.decrypt(value, context)).toBe(plaintext);
      expect(await ringC.blindIndex('surname', 'DE VRIES')).toBe(index);
    });

    it('leaves the old master key unable to unwrap anything after the rotation', async () => {
      const { values } = await encryptUnderK1();
      await ringOver(store, new StaticKeyProvider(k2, [k1])).rotateMaster();
      const oldOnly = ringOver(store, new StaticKeyProvider(k1));
      await expect(oldOnly.decrypt(values[0].value, values[0].context)).rejects.toBeInstanceOf(KeyUnavailableError);
    });

    it('has nothing left to do when run a second time', async () => {
      await encryptUnderK1();
      const ringB = ringOver(store, new StaticKeyProvider(k2, [k1]));
      expect((await ringB.rotateMaster()).rewrapped).toBe(subjects.length + 1);
      expect(await ringB.rotateMaster()).toEqual({ rewrapped: 0, skipped: 0, remaining: 0 });
    });

    it('rotates in small batches as well', async () => {
      const { values } = await encryptUnderK1();
      const result = await ringOver(store, new StaticKeyProvider(k2, [k1])).rotateMaster({ batchSize: 1 });
      expect(result.rewrapped).toBe(subjects.length + 1);
      const ringC = ringOver(store, new StaticKeyProvider(k2));
      for (const { value, context, plaintext } of values) expect(await ringC.decrypt(value, context)).toBe(plaintext);
    });

    it('re-wraps every key exactly once when two processes rotate at the same time', async () => {
      const { values } = await encryptUnderK1();
      const results = await Promise.all([
        ringOver(store, new StaticKeyProvider(k2, [k1])).rotateMaster({ batchSize: 2 }),
        ringOver(store, new StaticKeyProvider(k2, [k1])).rotateMaster({ batchSize: 2 }),
      ]);
      expect(results[0].rewrapped + results[1].rewrapped).toBe(subjects.length + 1);
      expect(results[0].skipped + results[1].skipped).toBeGreaterThan(0);
      expect(results.map((result) => result.remaining)).toEqual([0, 0]);
      const ringC = ringOver(store, new StaticKeyProvider(k2));
      for (const { value, context, plaintext } of values) expect(await ringC.decrypt(value, context)).toBe(plaintext);
    });

    it('counts keys under a master key it does not have as remaining, and leaves them alone', async () => {
      await encryptUnderK1();
      const stranger = ringOver(store, new StaticKeyProvider(randomBytes(32)));
      expect(await stranger.rotateMaster()).toEqual({ rewrapped: 0, skipped: 0, remaining: subjects.length + 1 });
      expect(await stranger.keyCounts()).toEqual([
        { kekId: masterKeyId(k1), count: subjects.length + 1, destroyed: false },
      ]);
    });
  });

  describe('crypto-shredding', () => {
    it("makes a subject's values unreadable for good while other subjects stay readable", async () => {
      const aliceValues = [
        await ring.encrypt(alice, 'Alice: burn-out, 2023', contextFor(alice)),
        await ring.encrypt(alice, 'Alice: physiotherapy', contextFor(alice, 'notes')),
      ];
      const bobValue = await ring.encrypt(bob, 'Bob: hernia', contextFor(bob));
      const otherProcess = ringOver(store, new StaticKeyProvider(k1));

      expect(await ring.shred(alice)).toBe(1);

      await expect(ring.decrypt(aliceValues[0], contextFor(alice))).rejects.toBeInstanceOf(KeyDestroyedError);
      await expect(ring.decrypt(aliceValues[1], contextFor(alice, 'notes'))).rejects.toBeInstanceOf(KeyDestroyedError);
      await expect(otherProcess.decrypt(aliceValues[0], contextFor(alice))).rejects.toBeInstanceOf(KeyDestroyedError);
      expect(await ring.decrypt(bobValue, contextFor(bob))).toBe('Bob: hernia');
      expect(await otherProcess.decrypt(bobValue, contextFor(bob))).toBe('Bob: hernia');
    });

    it('leaves no wrapped key behind for the shredded subject', async () => {
      await ring.encrypt(alice, 'Alice: burn-out, 2023', contextFor(alice));
      await ring.shred(alice);
      const [row] = store.rows.filter((candidate) => candidate.subjectId === alice);
      expect(row).toMatchObject({ wrappedKey: null, kekId: null });
      expect(row.destroyedAt).toBeInstanceOf(Date);
      expect(await ring.keyCounts()).toEqual([{ kekId: null, count: 1, destroyed: true }]);
    });

    it('returns how many keys it destroyed', async () => {
      await ring.dataKeyFor(alice);
      await ring.dataKeyFor(alice, 'blind_index');
      await ring.dataKeyFor(bob);
      expect(await ring.shred(alice)).toBe(2);
      expect(await ring.shred(alice)).toBe(0);
      expect(await ring.shred(randomUUID())).toBe(0);
    });

    it('gives the subject a new data key for values written after the shredding', async () => {
      const before = await ring.encrypt(alice, 'old', contextFor(alice));
      await ring.shred(alice);
      const after = await ring.encrypt(alice, 'new', contextFor(alice));
      expect(parseField(after).keyId).not.toBe(parseField(before).keyId);
      expect(await ring.decrypt(after, contextFor(alice))).toBe('new');
      await expect(ring.decrypt(before, contextFor(alice))).rejects.toBeInstanceOf(KeyDestroyedError);
    });

    it('does not re-wrap destroyed keys during a rotation', async () => {
      await ring.dataKeyFor(alice);
      await ring.dataKeyFor(bob);
      await ring.shred(alice);
      const result = await ringOver(store, new StaticKeyProvider(k2, [k1])).rotateMaster();
      expect(result).toEqual({ rewrapped: 1, skipped: 0, remaining: 0 });
      expect(store.rows.find((row) => row.subjectId === alice)).toMatchObject({ wrappedKey: null, kekId: null });
    });
  });

  it('refuses a data key id it does not know', async () => {
    await expect(ring.keyById(randomUUID())).rejects.toBeInstanceOf(KeyUnavailableError);
  });
});

describe('regressions found in review', () => {
  it('never hands out a data key that is later zeroed by the cache (concurrent first use)', async () => {
    const store = new MemoryKeyStore();
    const ring = ringOver(store, new StaticKeyProvider(k1));
    const subject = randomUUID();
    const keys = await Promise.all(Array.from({ length: 20 }, () => ring.dataKeyFor(subject)));
    const zero = Buffer.alloc(32);
    for (const { key } of keys) expect(key.equals(zero)).toBe(false);
    expect(new Set(keys.map(({ key }) => key.toString('hex'))).size).toBe(1);
  });

  it('keeps a returned key intact when the cache evicts it', async () => {
    const ring = ringOver(new MemoryKeyStore(), new StaticKeyProvider(k1), { cache: { max: 1, ttlMs: 60_000 } });
    const a = await ring.dataKeyFor(randomUUID());
    const copy = Buffer.from(a.key);
    await ring.dataKeyFor(randomUUID());
    expect(a.key.equals(copy)).toBe(true);
  });

  it('rotates every rotatable key even when a whole batch cannot be re-wrapped', async () => {
    const store = new MemoryKeyStore();
    const unknown = ringOver(store, new StaticKeyProvider(randomBytes(32)));
    await unknown.dataKeyFor(randomUUID());
    await unknown.dataKeyFor(randomUUID());
    const old = ringOver(store, new StaticKeyProvider(k1));
    await old.dataKeyFor(randomUUID());
    await old.dataKeyFor(randomUUID());
    const rotating = ringOver(store, new StaticKeyProvider(k2, [k1]));
    expect(await rotating.rotateMaster({ batchSize: 2 })).toEqual({ rewrapped: 2, skipped: 0, remaining: 2 });
  });
});
