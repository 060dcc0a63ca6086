import { createHash } from 'node:crypto';
import { PassThrough, pipeline, Readable, Transform } from 'node:stream';
import type { ExportedFile, PersonalDataExport } from '@spoor/domain';
import { ZipFile } from 'yazl';
import { renderExportSummary } from './export-summary-html';

/** A document the package holds: where it goes in the ZIP and what the export says about it. */
export type PackagedDocument = Omit<ExportedFile, 'sha256'>;

/** Opens a document's decrypted content; called only when the ZIP reaches that document. */
export type OpenDocument = (documentId: string) => Promise<Readable>;

/** Names inside the package. Dutch, as the summary: the person reads them. */
export const PACKAGE_JSON = 'gegevens.json';
export const PACKAGE_SUMMARY = 'overzicht.html';
const DOCUMENT_FOLDERS = { process: 'procesdossier', special: 'medisch-dossier' } as const;

/** A file or folder name that unpacks safely everywhere: no separators, reserved or control characters. */
function safeName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return (clean || fallback).slice(0, 120);
}

/** Every document of the export with its place in the package: per case, process file and special file apart. */
export function documentsOf(data: PersonalDataExport): PackagedDocument[] {
  const documents: PackagedDocument[] = [];
  for (const item of data.cases) {
    const caseReference = item.reference ?? item.id;
    const folder = safeName(caseReference, 'dossier');
    const add = (
      file: 'process' | 'special',
      d: { id: string; kind: string; filename: string; contentType: string; sizeBytes: number },
    ) =>
      documents.push({
        // The id's first block keeps two documents with the same name apart.
        path: `documenten/${folder}/${DOCUMENT_FOLDERS[file]}/${d.id.slice(0, 8)}-${safeName(d.filename, 'document')}`,
        documentId: d.id,
        caseReference,
        file,
        kind: d.kind,
        filename: d.filename,
        contentType: d.contentType,
        sizeBytes: d.sizeBytes,
      });
    for (const d of item.processDocuments) add('process', d);
    const special = item.specialFile;
    if (special && special.scope === 'full') for (const d of special.documents) add('special', d);
  }
  return documents;
}

/**
 * The export as one ZIP, produced as it is read: the documents first (each opened when its turn comes,
 * decrypted, hashed on the way through), then `gegevens.json` (machine-readable, with every file's path and
 * SHA-256) and `overzicht.html` (a readable summary in Dutch). Memory stays at a few buffers whatever the
 * documents weigh. Any failure — a document that does not open, does not authenticate or has another size than
 * recorded — destroys the stream: the reader gets a broken download, never a ZIP that looks complete.
 */
export function buildExportPackage(
  data: PersonalDataExport,
  documents: PackagedDocument[],
  open: OpenDocument,
): Readable {
  const zip = new ZipFile();
  const output = zip.outputStream as PassThrough;
  const mtime = new Date(data.exportedAt);
  const files: ExportedFile[] = [];
  const pending = new Set<Readable>();
  const fail = (error: Error) => {
    if (!output.destroyed) output.destroy(error);
  };
  zip.on('error', fail);
  // A reader that goes away (or a failure) closes every document still open.
  output.on('close', () => {
    for (const stream of pending) stream.destroy();
    pending.clear();
  });

  for (const document of documents) {
    zip.addReadStreamLazy(
      document.path,
      { mtime, size: document.sizeBytes, compress: !/^(image|video|audio)\/|zip|pdf/.test(document.contentType) },
      (callback) => {
        if (output.destroyed) return;
        open(document.documentId).then(
          (content) => {
            const hash = createHash('sha256');
            const hashing = new Transform({
              transform(chunk: Buffer, _encoding, done) {
                hash.update(chunk);
                done(null, chunk);
              },
              // Before the entry ends, so before the ZIP moves on to the next one (and at last to the JSON).
              flush(done) {
                files.push({ ...document, sha256: hash.digest('hex') });
                done();
              },
            });
            pending.add(content);
            const through = pipeline(content, hashing, (error) => {
              pending.delete(content);
              if (error) fail(error);
            });
            callback(null, through);
          },
          (error: Error) => fail(error),
        );
      },
    );
  }
  // Called only when the ZIP reaches them, after every document went through: the hashes are known by then.
  zip.addReadStreamLazy(PACKAGE_JSON, { mtime }, (callback) =>
    callback(null, Readable.from([Buffer.from(JSON.stringify({ ...data, files }, null, 2), 'utf8')])),
  );
  zip.addReadStreamLazy(PACKAGE_SUMMARY, { mtime }, (callback) =>
    callback(null, Readable.from([Buffer.from(renderExportSummary(data, files), 'utf8')])),
  );
  zip.end();
  return output;
}
