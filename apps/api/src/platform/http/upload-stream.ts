import { HttpException, HttpStatus } from '@nestjs/common';
import Busboy from 'busboy';
import type { Request } from 'express';
import { fromBuffer } from 'file-type';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { apiError } from './api-error';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};
const SNIFF_BYTES = 4100;

const tooLarge = () =>
  apiError(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'UPLOAD_TOO_LARGE',
    `file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
  );
const notMultipart = (message: string) => apiError(HttpStatus.BAD_REQUEST, 'UPLOAD_MALFORMED', message);

/**
 * Checks the content type by the bytes (not the name or the header the client sent) before anything passes
 * on: PDF, PNG and JPEG only. Memory: at most the first 4 KB are held.
 */
export function contentTypeGate(onDetected: (mime: string) => void): Transform {
  const head: Buffer[] = [];
  let headLength = 0;
  let decided = false;
  const decide = async (stream: Transform): Promise<void> => {
    decided = true;
    const sample = Buffer.concat(head);
    const detected = await fromBuffer(sample);
    if (!detected || !ACCEPTED_TYPES[detected.mime]) {
      throw apiError(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'UPLOAD_TYPE_UNSUPPORTED',
        'file must be a PDF, PNG or JPEG (checked by content)',
      );
    }
    onDetected(detected.mime);
    stream.push(sample);
  };
  return new Transform({
    async transform(chunk: Buffer, _encoding, callback) {
      try {
        if (decided) return callback(null, chunk);
        head.push(chunk);
        headLength += chunk.length;
        if (headLength >= SNIFF_BYTES) await decide(this);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    async flush(callback) {
      try {
        if (!decided) await decide(this);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

export interface IncomingUpload {
  fields: Record<string, string>;
  /** Resolves once the file part was consumed by `consume`. */
  done: Promise<void>;
}

/**
 * Streams one multipart upload: text fields are collected, the single `file` part is handed to `consume`
 * as a stream (never buffered whole). Errors name the field; a file over the limit is 413.
 */
export function receiveUpload(
  request: Request,
  consume: (file: Readable, filename: string) => Promise<void>,
): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const type = request.headers['content-type'] ?? '';
    if (!type.startsWith('multipart/form-data')) {
      reject(notMultipart('body must be multipart/form-data with a file field'));
      return;
    }
    let busboy: Busboy.Busboy;
    try {
      busboy = Busboy({
        headers: request.headers,
        limits: { files: 1, fileSize: MAX_UPLOAD_BYTES, fields: 10, fieldSize: 1024 },
      });
    } catch {
      reject(notMultipart('body must be multipart/form-data with a file field'));
      return;
    }
    const fields: Record<string, string> = {};
    let work: Promise<void> | undefined;
    let failed: unknown;
    busboy.on('field', (name, value) => {
      fields[name] = value;
    });
    busboy.on('file', (name, stream, info) => {
      if (name !== 'file' || work) {
        stream.resume();
        return;
      }
      // Our own stream in between: busboy's file stream must always be drained, or busboy never finishes.
      const file = new PassThrough();
      stream.on('limit', () => {
        file.destroy(tooLarge());
        stream.unpipe(file);
        stream.resume();
      });
      stream.on('error', (error) => file.destroy(error));
      stream.pipe(file);
      work = consume(file, info.filename ?? 'document').catch((error: unknown) => {
        failed = error;
        stream.unpipe(file);
        stream.resume();
      });
    });
    busboy.on('error', () => reject(notMultipart('body is not valid multipart/form-data')));
    busboy.on('close', () => {
      void (async () => {
        if (!work)
          return reject(
            apiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'file is required', {
              fields: [{ field: 'file', code: 'REQUIRED' }],
            }),
          );
        await work;
        if (failed) return reject(failed instanceof HttpException ? failed : toHttp(failed));
        resolve(fields);
      })();
    });
    request.pipe(busboy);
  });
}

function toHttp(error: unknown): HttpException {
  if ((error as Error)?.name === 'BlobTooLargeError') return tooLarge();
  return apiError(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_ERROR', 'upload failed');
}
