import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CryptoIntegrityError } from './errors';

/**
 * Field format, version 1 (text, safe in a `text` column and in JSON):
 *
 *   sp1.<ring>.<keyId>.<base64url(nonce[12] || ciphertext || tag[16])>
 *
 * ring   `p` (process file) or `s` (special file): which key ring holds the key
 * keyId  the data key (DEK) id: rotation and shredding need to know which key a value is under
 *
 * AES-256-GCM with a random 96-bit nonce. The associated data binds the value to where it lives:
 * format version, ring, key id, table, column and row id. A ciphertext copied to another row, column or table,
 * or relabelled with another key id, fails authentication.
 */
export const FIELD_PREFIX = 'sp1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export type RingName = 'p' | 's';

export interface FieldContext {
  table: string;
  column: string;
  rowId: string;
}

export interface ParsedField {
  ring: RingName;
  keyId: string;
  payload: Buffer;
}

function associatedData(ring: RingName, keyId: string, context: FieldContext): Buffer {
  for (const [name, value] of Object.entries(context)) {
    if (typeof value !== 'string' || value.length === 0) throw new TypeError(`field context: ${name} is required`);
  }
  // Length-prefixed parts: no two different contexts produce the same bytes.
  const parts = [FIELD_PREFIX, ring, keyId, context.table, context.column, context.rowId];
  return Buffer.concat(
    parts.flatMap((part) => {
      const bytes = Buffer.from(part, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      return [length, bytes];
    }),
  );
}

export function encryptField(
  key: Buffer,
  ring: RingName,
  keyId: string,
  plaintext: string,
  context: FieldContext,
): string {
  if (key.length !== 32) throw new TypeError('field key must be 32 bytes');
  if (!/^[A-Za-z0-9-]+$/.test(keyId)) throw new TypeError('key id has invalid characters');
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(ring, keyId, context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const payload = Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]);
  return `${FIELD_PREFIX}.${ring}.${keyId}.${payload.toString('base64url')}`;
}

export function isEncryptedField(value: unknown): value is string {
  return typeof value === 'string' && /^sp1\.[ps]\.[A-Za-z0-9-]+\.[A-Za-z0-9_-]+$/.test(value);
}

/** Splits a stored value; anything that is not a version-1 ciphertext (plaintext, say) is refused. */
export function parseField(value: unknown): ParsedField {
  if (!isEncryptedField(value)) {
    throw new CryptoIntegrityError('expected an encrypted value (sp1.…), found something else');
  }
  const [, ring, keyId, encoded] = value.split('.');
  const payload = Buffer.from(encoded, 'base64url');
  if (payload.length < NONCE_BYTES + TAG_BYTES) throw new CryptoIntegrityError('encrypted value is truncated');
  return { ring: ring as RingName, keyId, payload };
}

export function decryptField(key: Buffer, parsed: ParsedField, context: FieldContext): string {
  const { payload } = parsed;
  const nonce = payload.subarray(0, NONCE_BYTES);
  const tag = payload.subarray(payload.length - TAG_BYTES);
  const ciphertext = payload.subarray(NONCE_BYTES, payload.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedData(parsed.ring, parsed.keyId, context));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new CryptoIntegrityError(
      `encrypted value failed authentication (${context.table}.${context.column}): altered, moved, or under another key`,
    );
  }
}
