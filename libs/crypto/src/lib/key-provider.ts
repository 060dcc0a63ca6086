import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { CryptoIntegrityError, KeyUnavailableError } from './errors';

/**
 * Where master keys (KEKs) live. The API never needs a master key itself, only wrap and unwrap, so a KMS or
 * Vault transit engine can implement this without handing out key material.
 */
export interface KeyProvider {
  /** Id of the master key new and re-wrapped data keys go under. */
  currentKeyId(): string;
  /** Whether a master key with this id can unwrap (current or still-configured previous key). */
  has(keyId: string): boolean;
  wrap(dataKey: Buffer, associatedData: Buffer): Promise<{ kekId: string; wrapped: string }>;
  unwrap(kekId: string, wrapped: string, associatedData: Buffer): Promise<Buffer>;
}

/** A short, stable, non-secret name for a master key: the first 8 bytes of an HMAC under it. */
export function masterKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('spoor/master-key-id/v1').digest('hex').slice(0, 16);
}

/**
 * Master keys from configuration (environment or `.data/keys`): the current key and, during a rotation,
 * the previous ones, so data keys wrapped under either unwrap.
 */
export class StaticKeyProvider implements KeyProvider {
  private readonly keys = new Map<string, Buffer>();
  private readonly current: string;

  constructor(current: Buffer, previous: Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== 32) throw new TypeError('master keys must be 32 bytes');
      this.keys.set(masterKeyId(key), Buffer.from(key));
    }
    this.current = masterKeyId(current);
  }

  currentKeyId(): string {
    return this.current;
  }

  has(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  async wrap(dataKey: Buffer, associatedData: Buffer): Promise<{ kekId: string; wrapped: string }> {
    const kek = this.keys.get(this.current) as Buffer;
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, nonce);
    cipher.setAAD(Buffer.concat([Buffer.from(this.current), associatedData]));
    const sealed = Buffer.concat([nonce, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
    return { kekId: this.current, wrapped: sealed.toString('base64url') };
  }

  async unwrap(kekId: string, wrapped: string, associatedData: Buffer): Promise<Buffer> {
    const kek = this.keys.get(kekId);
    if (!kek) {
      throw new KeyUnavailableError(
        `master key ${kekId} is not configured (wrong key, or a previous key removed too early)`,
      );
    }
    const sealed = Buffer.from(wrapped, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', kek, sealed.subarray(0, 12));
    decipher.setAAD(Buffer.concat([Buffer.from(kekId), associatedData]));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
    } catch {
      throw new CryptoIntegrityError('a wrapped data key failed authentication');
    }
  }
}
