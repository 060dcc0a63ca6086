import { randomBytes } from 'node:crypto';
import { CryptoIntegrityError } from './errors';
import { decryptField, encryptField, parseField, type FieldContext } from './field-cipher';

const key = randomBytes(32);
const keyId = '5b0c8a3e-2f4d-4c1a-9e7b-0d6f3a2c1b00';
const context: FieldContext = { table: 'persons', column: 'diagnosis', rowId: '7f1e2d3c-0000-4000-8000-000000000042' };
const secret = 'Jan de Vries';

function decrypt(value: unknown, withKey: Buffer = key, where: FieldContext = context): string {
  return decryptField(withKey, parseField(value), where);
}

/** Decodes the base64url payload of a field value, lets `change` alter it and encodes it again. */
function withPayload(value: string, change: (payload: Buffer) => Buffer): string {
  const cut = value.lastIndexOf('.');
  const payload = Buffer.from(value.slice(cut + 1), 'base64url');
  return `${value.slice(0, cut + 1)}${change(Buffer.from(payload)).toString('base64url')}`;
}

function payloadOf(value: string): Buffer {
  return Buffer.from(value.slice(value.lastIndexOf('.') + 1), 'base64url');
}

/** Runs `action`, expects it to throw a CryptoIntegrityError and returns that error. */
function integrityError(action: () => unknown): CryptoIntegrityError {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CryptoIntegrityError);
  return thrown as CryptoIntegrityError;
}

describe('field cipher', () => {
  describe('round trip', () => {
    const hundredKilobytes = randomBytes(75_000).toString('base64'); // 100,000 characters

    it.each([
      ['an empty string', ''],
      ['a plain name', secret],
      ['unicode with accents, dashes and emoji', 'Zoë van den Bosch – 💼'],
      ['a 100 kB string', hundredKilobytes],
    ])('gives back %s unchanged', (_label, plaintext) => {
      const encrypted = encryptField(key, 'p', keyId, plaintext, context);
      expect(decrypt(encrypted)).toBe(plaintext);
    });
  });

  it('labels the value with the format version, ring and key id, and does not show the plaintext', () => {
    const encrypted = encryptField(key, 'p', keyId, secret, context);
    expect(encrypted.startsWith(`sp1.p.${keyId}.`)).toBe(true);
    expect(encrypted).not.toContain(secret);
    expect(encrypted).not.toContain(Buffer.from(secret).toString('base64url'));
    expect(encryptField(key, 's', keyId, secret, context).startsWith(`sp1.s.${keyId}.`)).toBe(true);
  });

  it('encrypts the same value twice to different ciphertexts', () => {
    expect(encryptField(key, 'p', keyId, secret, context)).not.toBe(encryptField(key, 'p', keyId, secret, context));
  });

  describe('tampering', () => {
    const encrypted = encryptField(key, 'p', keyId, secret, context);
    const length = payloadOf(encrypted).length; // 12 nonce + 12 ciphertext + 16 tag

    it.each([
      ['the first nonce byte', 0],
      ['the last nonce byte', 11],
      ['the first ciphertext byte', 12],
      ['a ciphertext byte in the middle', 18],
      ['the last ciphertext byte', length - 17],
      ['the first tag byte', length - 16],
      ['the last tag byte', length - 1],
    ])('refuses a value with %s flipped', (_label, position) => {
      const tampered = withPayload(encrypted, (payload) => {
        payload[position] ^= 0x01;
        return payload;
      });
      expect(tampered).not.toBe(encrypted);
      expect(() => parseField(tampered)).not.toThrow();
      const error = integrityError(() => decrypt(tampered));
      expect(error.message).not.toContain(secret);
    });

    it('refuses a value with any single payload byte flipped', () => {
      let refused = 0;
      for (let position = 0; position < length; position++) {
        const tampered = withPayload(encrypted, (payload) => {
          payload[position] ^= 0x80;
          return payload;
        });
        integrityError(() => decrypt(tampered));
        refused++;
      }
      expect(refused).toBe(40);
    });

    it('refuses a value whose ciphertext was cut short or extended', () => {
      integrityError(() => decrypt(withPayload(encrypted, (payload) => payload.subarray(0, payload.length - 1))));
      integrityError(() => decrypt(withPayload(encrypted, (payload) => Buffer.concat([payload, Buffer.from([0])]))));
    });
  });

  describe('binding to where the value lives', () => {
    const encrypted = encryptField(key, 'p', keyId, secret, context);

    it.each([
      ['another row', { ...context, rowId: '7f1e2d3c-0000-4000-8000-000000000043' }],
      ['another column', { ...context, column: 'notes' }],
      ['another table', { ...context, table: 'special_persons' }],
    ])('refuses a value copied to %s', (_label, elsewhere: FieldContext) => {
      const error = integrityError(() => decrypt(encrypted, key, elsewhere));
      expect(error.message).not.toContain(secret);
    });

    it('still decrypts in its own place', () => {
      expect(decrypt(encrypted, key, { ...context })).toBe(secret);
    });

    it('tells apart contexts whose parts join to the same text', () => {
      const joined = encryptField(key, 'p', keyId, secret, { table: 'a.b', column: 'c', rowId: '1' });
      integrityError(() => decrypt(joined, key, { table: 'a', column: 'b.c', rowId: '1' }));
      const split = encryptField(key, 'p', keyId, secret, { table: 't', column: 'ab', rowId: 'c' });
      integrityError(() => decrypt(split, key, { table: 't', column: 'a', rowId: 'bc' }));
      expect(decrypt(joined, key, { table: 'a.b', column: 'c', rowId: '1' })).toBe(secret);
    });

    it('refuses a value whose key id label was swapped', () => {
      const otherKeyId = '5b0c8a3e-2f4d-4c1a-9e7b-0d6f3a2c1b01';
      const relabelled = encrypted.replace(`.${keyId}.`, `.${otherKeyId}.`);
      expect(relabelled).not.toBe(encrypted);
      expect(parseField(relabelled).keyId).toBe(otherKeyId);
      integrityError(() => decrypt(relabelled));
    });

    it('refuses a value whose ring label was swapped', () => {
      const relabelled = encrypted.replace(/^sp1\.p\./, 'sp1.s.');
      expect(parseField(relabelled).ring).toBe('s');
      integrityError(() => decrypt(relabelled));
    });

    it('refuses to decrypt under another 32-byte key', () => {
      const error = integrityError(() => decrypt(encrypted, randomBytes(32)));
      expect(error.message).not.toContain(secret);
      integrityError(() => decrypt(encrypted, Buffer.alloc(32)));
    });
  });

  describe('parseField', () => {
    const truncated = (() => {
      const encrypted = encryptField(key, 'p', keyId, secret, context);
      const cut = encrypted.lastIndexOf('.');
      return encrypted.slice(0, cut + 1 + 20); // 15 bytes: less than nonce + tag
    })();

    it.each([
      ['plaintext', secret, secret],
      ['an empty string', '', undefined],
      ['null', null, undefined],
      ['a number', 31415926, '31415926'],
      ['a truncated payload', truncated, secret],
      ['a value of an unknown format version', `sp2.p.${keyId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, undefined],
      ['a value naming an unknown ring', `sp1.x.${keyId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, undefined],
    ])('refuses %s', (_label, value: unknown, mustNotShow: string | undefined) => {
      const error = integrityError(() => parseField(value));
      if (mustNotShow !== undefined) expect(error.message).not.toContain(mustNotShow);
    });

    it('accepts what encryptField produces', () => {
      const parsed = parseField(encryptField(key, 's', keyId, secret, context));
      expect(parsed.ring).toBe('s');
      expect(parsed.keyId).toBe(keyId);
      expect(parsed.payload.length).toBe(12 + Buffer.byteLength(secret) + 16);
    });
  });

  it('never repeats a nonce in 100,000 encryptions of the same value under the same key and context', () => {
    const nonces = new Set<string>();
    const count = 100_000;
    for (let i = 0; i < count; i++) {
      nonces.add(
        payloadOf(encryptField(key, 'p', keyId, secret, context))
          .subarray(0, 12)
          .toString('hex'),
      );
    }
    expect(nonces.size).toBe(count);
  });
});
