import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { CryptoIntegrityError } from './errors';
import type { RingName } from './field-cipher';

/**
 * Streaming AEAD for documents, after Tink's AES-GCM-HKDF streaming scheme:
 *
 *   header   "SPD1" | ring[1] | keyIdLen[1] keyId | contextLen[2] context | salt[16] | noncePrefix[7] | segmentSize[4]
 *   segments AES-256-GCM(segmentKey, nonce = noncePrefix | index[4] | final[1], aad = header) = ciphertext | tag[16]
 *
 * The segment key is derived per document (HKDF over the data key with a random salt), so nonces never repeat
 * across documents. The segment index and the final flag sit in the nonce: reordered, dropped, duplicated or
 * truncated segments fail authentication, and a stream that ends without its final segment is refused.
 * The header (with the context, e.g. "documents/<id>") is authenticated by every segment.
 * Memory stays at about one segment whatever the document's size.
 */
const MAGIC = Buffer.from('SPD1', 'ascii');
const SALT_BYTES = 16;
const NONCE_PREFIX_BYTES = 7;
const TAG_BYTES = 16;
export const DEFAULT_SEGMENT_SIZE = 64 * 1024;
const MIN_SEGMENT_SIZE = 1024;
const MAX_SEGMENT_SIZE = 4 * 1024 * 1024;

export interface DocumentHeader {
  ring: RingName;
  keyId: string;
  context: string;
  salt: Buffer;
  noncePrefix: Buffer;
  segmentSize: number;
  bytes: Buffer;
}

function encodeHeader(
  ring: RingName,
  keyId: string,
  context: string,
  salt: Buffer,
  noncePrefix: Buffer,
  segmentSize: number,
): Buffer {
  const keyIdBytes = Buffer.from(keyId, 'ascii');
  const contextBytes = Buffer.from(context, 'utf8');
  if (keyIdBytes.length > 255) throw new TypeError('key id too long');
  if (contextBytes.length > 65535) throw new TypeError('context too long');
  const size = Buffer.alloc(4);
  size.writeUInt32BE(segmentSize);
  const contextLength = Buffer.alloc(2);
  contextLength.writeUInt16BE(contextBytes.length);
  return Buffer.concat([
    MAGIC,
    Buffer.from(ring, 'ascii'),
    Buffer.from([keyIdBytes.length]),
    keyIdBytes,
    contextLength,
    contextBytes,
    salt,
    noncePrefix,
    size,
  ]);
}

/** Parses a header from the start of `buffer`; undefined while more bytes are needed. */
export function parseDocumentHeader(buffer: Buffer): DocumentHeader | undefined {
  if (buffer.length < 6) return undefined;
  if (!buffer.subarray(0, 4).equals(MAGIC)) throw new CryptoIntegrityError('not an encrypted Spoor document');
  const ring = String.fromCharCode(buffer[4]);
  if (ring !== 'p' && ring !== 's') throw new CryptoIntegrityError('document header names an unknown key ring');
  const keyIdLength = buffer[5];
  let offset = 6;
  if (buffer.length < offset + keyIdLength + 2) return undefined;
  const keyId = buffer.subarray(offset, offset + keyIdLength).toString('ascii');
  offset += keyIdLength;
  const contextLength = buffer.readUInt16BE(offset);
  offset += 2;
  const total = offset + contextLength + SALT_BYTES + NONCE_PREFIX_BYTES + 4;
  if (buffer.length < total) return undefined;
  const context = buffer.subarray(offset, offset + contextLength).toString('utf8');
  offset += contextLength;
  const salt = Buffer.from(buffer.subarray(offset, offset + SALT_BYTES));
  offset += SALT_BYTES;
  const noncePrefix = Buffer.from(buffer.subarray(offset, offset + NONCE_PREFIX_BYTES));
  offset += NONCE_PREFIX_BYTES;
  const segmentSize = buffer.readUInt32BE(offset);
  if (segmentSize < MIN_SEGMENT_SIZE || segmentSize > MAX_SEGMENT_SIZE)
    throw new CryptoIntegrityError('document header has an invalid segment size');
  return { ring, keyId, context, salt, noncePrefix, segmentSize, bytes: Buffer.from(buffer.subarray(0, total)) };
}

function segmentKey(dataKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, salt, 'spoor/document-segment-key/v1', 32));
}

function nonceFor(prefix: Buffer, index: number, final: boolean): Buffer {
  if (index > 0xffffffff) throw new CryptoIntegrityError('document has too many segments');
  const nonce = Buffer.alloc(12);
  prefix.copy(nonce, 0);
  nonce.writeUInt32BE(index, NONCE_PREFIX_BYTES);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

/** Collects chunks without copying until a whole segment can be cut off. */
class ChunkQueue {
  private chunks: Buffer[] = [];
  length = 0;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  take(count: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
    const taken = all.subarray(0, count);
    const rest = all.subarray(count);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
    return taken;
  }

  peekAll(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
  }
}

export interface EncryptDocumentOptions {
  ring: RingName;
  keyId: string;
  dataKey: Buffer;
  /** Where the document belongs, e.g. "special/documents/<id>"; checked again on decryption. */
  context: string;
  segmentSize?: number;
}

export function createEncryptStream(options: EncryptDocumentOptions): Transform {
  const segmentSize = options.segmentSize ?? DEFAULT_SEGMENT_SIZE;
  if (!Number.isInteger(segmentSize) || segmentSize < MIN_SEGMENT_SIZE || segmentSize > MAX_SEGMENT_SIZE) {
    throw new RangeError(`segmentSize must be an integer from ${MIN_SEGMENT_SIZE} to ${MAX_SEGMENT_SIZE}`);
  }
  const salt = randomBytes(SALT_BYTES);
  const noncePrefix = randomBytes(NONCE_PREFIX_BYTES);
  const header = encodeHeader(options.ring, options.keyId, options.context, salt, noncePrefix, segmentSize);
  const key = segmentKey(options.dataKey, salt);
  const queue = new ChunkQueue();
  let index = 0;

  const seal = (plaintext: Buffer, final: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', key, nonceFor(noncePrefix, index++, final), {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(header);
    return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  };

  return new Transform({
    construct(callback) {
      this.push(header);
      callback();
    },
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      queue.push(chunk);
      // Keep at least one byte back: only at the end do we know which segment is the final one.
      while (queue.length > segmentSize) this.push(seal(queue.take(segmentSize), false));
      callback();
    },
    flush(callback: TransformCallback) {
      this.push(seal(queue.take(queue.length), true));
      callback();
    },
  });
}

export interface DecryptDocumentOptions {
  /** Returns the data key the header names; throws KeyUnavailableError / KeyDestroyedError. */
  resolveKey(ring: RingName, keyId: string): Promise<Buffer>;
  /** The context the document must have been encrypted for. */
  expectedContext: string;
}

export function createDecryptStream(options: DecryptDocumentOptions): Transform {
  const queue = new ChunkQueue();
  let header: DocumentHeader | undefined;
  let key: Buffer | undefined;
  let index = 0;

  const open = (sealed: Buffer, final: boolean): Buffer => {
    if (!header || !key) throw new CryptoIntegrityError('document header missing');
    if (sealed.length < TAG_BYTES) throw new CryptoIntegrityError('document is truncated');
    const decipher = createDecipheriv('aes-256-gcm', key, nonceFor(header.noncePrefix, index++, final), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(header.bytes);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new CryptoIntegrityError('document failed authentication: altered, truncated or reordered');
    }
  };

  const drain = (stream: Transform) => {
    if (!header) return;
    const sealedSize = header.segmentSize + TAG_BYTES;
    // Hold the last segment back until the end: it must be the one flagged final.
    while (queue.length > sealedSize) stream.push(open(queue.take(sealedSize), false));
  };

  return new Transform({
    async transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        queue.push(chunk);
        if (!header) {
          const parsed = parseDocumentHeader(queue.peekAll());
          if (!parsed) return callback();
          if (parsed.context !== options.expectedContext) {
            throw new CryptoIntegrityError('document belongs elsewhere (context mismatch)');
          }
          queue.take(parsed.bytes.length);
          key = segmentKey(await options.resolveKey(parsed.ring, parsed.keyId), parsed.salt);
          header = parsed;
        }
        drain(this);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        if (!header) throw new CryptoIntegrityError('document is truncated (no header)');
        this.push(open(queue.take(queue.length), true));
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
