import { HttpStatus } from '@nestjs/common';
import type { FileBlobStore } from '@spoor/crypto';
import type { Request } from 'express';
import { documentContext } from '../crypto/document-context';
import { apiError } from './api-error';
import { contentTypeGate, MAX_UPLOAD_BYTES, receiveUpload } from './upload-stream';

export interface StoredUpload {
  blobId: string;
  size: number;
  /** The type the bytes say (PDF, PNG or JPEG), never the one the client claimed. */
  contentType: string;
  /** As the uploader named it; sanitise before storing. */
  originalName: string;
  /** The multipart text fields. */
  fields: Record<string, string>;
}

/**
 * One multipart upload streamed into the encrypted store under the given ring and data key, bound to the row
 * `rowId` it will belong to: type by content, 20 MB at most, never buffered whole. Without a file part: 400
 * naming `file`. The caller writes its row (and access event) and removes the blob again if that fails.
 */
export async function storeEncryptedUpload(
  request: Request,
  store: FileBlobStore,
  target: { ring: 'p' | 's'; keyId: string; dataKey: Buffer; rowId: string },
): Promise<StoredUpload> {
  await store.init();
  let stored: { blobId: string; size: number } | undefined;
  let contentType = '';
  let originalName = 'document';
  const fields = await receiveUpload(request, async (file, filename) => {
    originalName = filename;
    const gate = contentTypeGate((detected) => (contentType = detected));
    // The gate may fail before the store attaches to it; the store's pipeline still sees the error.
    gate.on('error', () => undefined);
    file.on('error', (error) => gate.destroy(error));
    file.pipe(gate);
    stored = await store.write(gate, {
      ring: target.ring,
      keyId: target.keyId,
      dataKey: target.dataKey,
      context: () => documentContext(target.ring, target.rowId),
      maxBytes: MAX_UPLOAD_BYTES,
    });
  });
  if (!stored)
    throw apiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'file is required', {
      fields: [{ field: 'file', code: 'REQUIRED' }],
    });
  return { ...stored, contentType, originalName, fields };
}
