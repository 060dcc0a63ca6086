import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { CryptoIntegrityError, KeyDestroyedError, KeyUnavailableError } from './errors';
import { decryptField, encryptField, parseField, type FieldContext, type RingName } from './field-cipher';
import type { KeyProvider } from './key-provider';
import type { DataKeyPurpose, KeyStore, StoredDataKey } from './key-store';

export interface KeyRingOptions {
  ring: RingName;
  provider: KeyProvider;
  store: KeyStore;
  /** Unwrapped data keys kept in memory: bounded in count and age. `max: 0` disables the cache. */
  cache?: { max: number; ttlMs: number };
}

export interface RotationResult {
  rewrapped: number;
  /** Keys another writer re-wrapped or destroyed meanwhile: nothing to do for them. */
  skipped: number;
  remaining: number;
}

export interface DataKey {
  id: string;
  key: Buffer;
}

const BLIND_INDEX_BYTES = 16;
const ACTIVE_KEY_TTL_MS = 5_000;

/** Text normalised the same way for indexing and for lookups: Unicode NFKC, trimmed, case-folded, single spaces. */
export function normalizeForIndex(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');
}

/**
 * One key ring: per-subject data keys (DEKs), wrapped by the ring's master key, stored in the ring's table.
 * The process file and the special file each have their own ring, master key and table.
 */
export class KeyRing {
  readonly ring: RingName;
  private readonly provider: KeyProvider;
  private readonly store: KeyStore;
  private readonly keys: LRUCache<string, Buffer> | undefined;
  private readonly activeIds: LRUCache<string, string> | undefined;
  private readonly fieldIndexKeys = new Map<string, Buffer>();
  private blindIndexRoot: Promise<DataKey> | undefined;
  /** Counters for the benchmark and for operators. */
  readonly stats = { unwraps: 0, cacheHits: 0 };

  constructor(options: KeyRingOptions) {
    this.ring = options.ring;
    this.provider = options.provider;
    this.store = options.store;
    const cache = options.cache ?? { max: 10_000, ttlMs: 60_000 };
    if (cache.max > 0) {
      // No zeroing on eviction: evicted buffers may still be in use by a caller (and V8 copies freely anyway).
      this.keys = new LRUCache<string, Buffer>({ max: cache.max, ttl: cache.ttlMs });
      // Which key is active for a subject is re-checked often, so a shredding in another process stops new
      // writes under the destroyed key within seconds.
      this.activeIds = new LRUCache<string, string>({ max: cache.max, ttl: Math.min(cache.ttlMs, ACTIVE_KEY_TTL_MS) });
    }
  }

  private associatedData(id: string, subjectId: string | null, purpose: DataKeyPurpose): Buffer {
    return Buffer.from(`spoor/dek/v1|${this.ring}|${id}|${subjectId ?? '-'}|${purpose}`, 'utf8');
  }

  private async unwrap(stored: StoredDataKey): Promise<Buffer> {
    if (stored.destroyedAt || !stored.wrappedKey || !stored.kekId) {
      throw new KeyDestroyedError('the data key was destroyed (erased)');
    }
    this.stats.unwraps++;
    const key = await this.provider.unwrap(
      stored.kekId,
      stored.wrappedKey,
      this.associatedData(stored.id, stored.subjectId, stored.purpose),
    );
    if (key.length !== 32) throw new CryptoIntegrityError('unwrapped data key has the wrong length');
    return key;
  }

  /** The data key with this id, for decryption. */
  async keyById(id: string): Promise<Buffer> {
    const cached = this.keys?.get(id);
    if (cached) {
      this.stats.cacheHits++;
      return cached;
    }
    const stored = await this.store.find(id);
    if (!stored) throw new KeyUnavailableError(`data key ${id} does not exist in key ring ${this.ring}`);
    const key = await this.unwrap(stored);
    this.keys?.set(id, key);
    return key;
  }

  /** The subject's active data key, created on first use (concurrent first uses agree on one key). */
  async dataKeyFor(subjectId: string, purpose: DataKeyPurpose = 'data'): Promise<DataKey> {
    return this.activeKey(subjectId, purpose);
  }

  private async activeKey(subjectId: string | null, purpose: DataKeyPurpose): Promise<DataKey> {
    const cacheKey = `${purpose}:${subjectId ?? '-'}`;
    const cachedId = this.activeIds?.get(cacheKey);
    if (cachedId) return { id: cachedId, key: await this.keyById(cachedId) };
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await this.store.findActive(subjectId, purpose);
      if (existing) {
        const key = this.keys?.get(existing.id) ?? (await this.unwrap(existing));
        this.keys?.set(existing.id, key);
        this.activeIds?.set(cacheKey, existing.id);
        return { id: existing.id, key };
      }
      const id = randomUUID();
      const key = randomBytes(32);
      const { kekId, wrapped } = await this.provider.wrap(key, this.associatedData(id, subjectId, purpose));
      if (await this.store.insert({ id, subjectId, purpose, kekId, wrappedKey: wrapped })) {
        this.keys?.set(id, key);
        this.activeIds?.set(cacheKey, id);
        return { id, key };
      }
      key.fill(0); // another writer created the subject's key first: use theirs
    }
    throw new KeyUnavailableError('could not create or find the data key');
  }

  async encrypt(subjectId: string, plaintext: string, context: FieldContext): Promise<string> {
    const { id, key } = await this.dataKeyFor(subjectId);
    return encryptField(key, this.ring, id, plaintext, context);
  }

  async decrypt(value: string, context: FieldContext): Promise<string> {
    const parsed = parseField(value);
    if (parsed.ring !== this.ring) {
      throw new CryptoIntegrityError(`value belongs to key ring ${parsed.ring}, not ${this.ring}`);
    }
    return decryptField(await this.keyById(parsed.keyId), parsed, context);
  }

  /**
   * Blind index for exact lookups: HMAC-SHA256 under a key derived per field from the ring's blind-index key,
   * truncated to 128 bits. Equal normalised values give equal indexes; nothing else can be learned.
   */
  async blindIndex(field: string, value: string): Promise<string> {
    let fieldKey = this.fieldIndexKeys.get(field);
    if (!fieldKey) {
      this.blindIndexRoot ??= this.activeKey(null, 'blind_index').catch((error: unknown) => {
        this.blindIndexRoot = undefined;
        throw error;
      });
      const root = await this.blindIndexRoot;
      fieldKey = createHmac('sha256', root.key).update(`spoor/blind-index/v1/${field}`).digest();
      this.fieldIndexKeys.set(field, fieldKey);
    }
    return createHmac('sha256', fieldKey)
      .update(normalizeForIndex(value))
      .digest()
      .subarray(0, BLIND_INDEX_BYTES)
      .toString('base64url');
  }

  /**
   * Re-wraps every data key not yet under the current master key, in batches. Safe while the API runs
   * (values never change; each key's wrapping is swapped atomically) and safe to interrupt and re-run.
   */
  async rotateMaster(options: { batchSize?: number } = {}): Promise<RotationResult> {
    const batchSize = options.batchSize ?? 500;
    const target = this.provider.currentKeyId();
    const result: RotationResult = { rewrapped: 0, skipped: 0, remaining: 0 };
    // Keyset passes over the key table; keys created meanwhile under an old master key are caught by the
    // next pass, until a pass finds nothing left to do.
    for (;;) {
      let changed = 0;
      let after: string | undefined;
      for (;;) {
        const batch = await this.store.listNotUnder(target, batchSize, after);
        if (batch.length === 0) break;
        after = batch[batch.length - 1].id;
        for (const stored of batch) {
          if (!stored.kekId || !this.provider.has(stored.kekId)) continue;
          const key = await this.unwrap(stored);
          const { kekId, wrapped } = await this.provider.wrap(
            key,
            this.associatedData(stored.id, stored.subjectId, stored.purpose),
          );
          if (await this.store.rewrap(stored.id, stored.kekId, kekId, wrapped)) {
            result.rewrapped++;
            changed++;
          } else {
            result.skipped++;
          }
        }
      }
      if (changed === 0) break;
    }
    result.remaining = await this.store.countNotUnder(target);
    return result;
  }

  /** Crypto-shredding: destroys all the subject's keys in this ring; their ciphertexts become unreadable. */
  async shred(subjectId: string): Promise<number> {
    const destroyed = await this.store.destroySubject(subjectId);
    for (const id of destroyed) this.keys?.delete(id);
    for (const purpose of ['data', 'blind_index'] as const) this.activeIds?.delete(`${purpose}:${subjectId}`);
    return destroyed.length;
  }

  async keyCounts(): Promise<Array<{ kekId: string | null; count: number; destroyed: boolean }>> {
    return this.store.countByKek();
  }

  currentMasterKeyId(): string {
    return this.provider.currentKeyId();
  }

  /** Drops every cached key (after a rotation in another process, or in tests). */
  clearCache(): void {
    this.keys?.clear();
    this.activeIds?.clear();
  }
}
