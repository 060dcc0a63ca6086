import { randomUUID } from 'node:crypto';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HEALTH_DOCUMENT_KINDS, type HealthDocumentKind } from '@spoor/domain';
import type { FileBlobStore, KeyRing } from '@spoor/crypto';
import type { Request } from 'express';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { assertNotRestricted } from '../cases/restriction';
import { CasesService } from '../cases/cases.service';
import { DOCUMENT_STORE, PROCESS_KEY_RING, SPECIAL_FIELDS, SPECIAL_KEY_RING } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { SPECIAL_CONNECTION } from '../platform/database/connections';
import { ProcessDocument } from '../process-file/process-document.entity';
import { HealthDocument } from '../special-file/health-document.entity';
import { contentTypeGate, MAX_UPLOAD_BYTES, receiveUpload } from './upload-stream';
import { documentContext } from './document-context';

export interface DocumentDownload {
  stream: Readable;
  contentType: string;
  filename: string;
  size: number;
}

const contextOf = documentContext;

@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @InjectDataSource(SPECIAL_CONNECTION) private readonly special: DataSource,
    @Inject(SPECIAL_FIELDS) private readonly fields: EncryptedFields,
    @Inject(SPECIAL_KEY_RING) private readonly specialRing: KeyRing,
    @Inject(PROCESS_KEY_RING) private readonly processRing: KeyRing,
    @Inject(DOCUMENT_STORE) private readonly store: FileBlobStore,
    private readonly cases: CasesService,
    private readonly accessLog: AccessLogService,
  ) {}

  /**
   * Streams an upload into the encrypted store (content type checked by bytes, 20 MB at most), then records
   * row and access event in one transaction; if that fails the stored file is removed again.
   */
  async uploadHealthDocument(user: AuthenticatedUser, caseId: string, request: Request) {
    const row = await this.cases.findAccessible(user, caseId, 'write_special_file');
    assertNotRestricted(row);
    await this.store.init();
    const id = randomUUID();
    const { id: keyId, key } = await this.specialRing.dataKeyFor(row.person_id);
    let stored: { blobId: string; size: number } | undefined;
    let mime = '';
    let originalName = 'document';
    const fields = await receiveUpload(request, async (file, filename) => {
      originalName = filename;
      const gate = contentTypeGate((detected) => (mime = detected));
      // The gate may fail before the store attaches to it; the store's pipeline still sees the error.
      gate.on('error', () => undefined);
      file.on('error', (error) => gate.destroy(error));
      file.pipe(gate);
      stored = await this.store.write(gate, { ring: 's', keyId, dataKey: key, context: () => contextOf('s', id), maxBytes: MAX_UPLOAD_BYTES });
    });
    if (!stored) throw new BadRequestException('file is required');
    const blob = stored;
    try {
      const kind = fields['kind'];
      if (!HEALTH_DOCUMENT_KINDS.includes(kind as HealthDocumentKind)) {
        throw new BadRequestException(`kind must be one of ${HEALTH_DOCUMENT_KINDS.join(', ')}`);
      }
      const document = await this.fields.seal(
        HealthDocument,
        Object.assign(new HealthDocument(), {
          id,
          caseId,
          personId: row.person_id,
          kind: kind as HealthDocumentKind,
          filename: sanitiseFilename(originalName),
          contentType: mime,
          sizeBytes: blob.size,
          blobId: blob.blobId,
          uploadedBy: user.id,
        }),
      );
      await this.special.transaction(async (manager) => {
        await manager.getRepository(HealthDocument).insert(document);
        await this.accessLog.record(
          user,
          request,
          { action: 'create', outcome: 'allowed', resource: 'health_document', resourceId: id, caseId, personIds: [row.person_id], fields: ['file', 'kind', 'filename'] },
          manager,
        );
      });
      return { id, caseId, kind, contentType: mime, sizeBytes: blob.size, href: `/api/documents/${id}/content` };
    } catch (error) {
      await this.store.remove(blob.blobId);
      throw error;
    }
  }

  /** The document, if the caller may read it; the download event is committed before any byte leaves. */
  async download(user: AuthenticatedUser, id: string, request: Request): Promise<DocumentDownload> {
    const health = await this.special.getRepository(HealthDocument).findOneBy({ id });
    const processDocument = health ? null : await this.app.getRepository(ProcessDocument).findOneBy({ id });
    const document = health ?? processDocument;
    if (!document) throw new NotFoundException('Document not found');
    const ring: 'p' | 's' = health ? 's' : 'p';
    const row = await this.cases.findAccessible(user, document.caseId, health ? 'read_special_file' : 'read_process_file').catch(() => {
      throw new NotFoundException('Document not found');
    });
    const filename = health
      ? (await this.fields.open(HealthDocument, health)).filename
      : (await this.fields.open(ProcessDocument, processDocument as ProcessDocument)).filename;
    // A health document read by someone neither assigned nor the participant came through break-the-glass.
    const breakGlass = health !== null && user.breakGlassCaseIds.includes(row.id) && row.labour_expert_id !== user.id && row.person_id !== user.personId;
    await this.accessLog.record(user, request, {
      action: 'download',
      outcome: 'allowed',
      resource: health ? 'health_document' : 'process_document',
      resourceId: id,
      caseId: row.id,
      personIds: [row.person_id],
      fields: ['content'],
      breakGlass,
    });
    const keyRing = ring === 's' ? this.specialRing : this.processRing;
    const stream = this.store.openDecrypted(document.blobId, {
      resolveKey: (_ring, keyId) => keyRing.keyById(keyId),
      expectedContext: contextOf(ring, id),
    });
    return { stream, contentType: document.contentType, filename, size: document.sizeBytes };
  }

  async pipeTo(download: DocumentDownload, destination: NodeJS.WritableStream): Promise<void> {
    await pipeline(download.stream, destination);
  }
}

/** Keeps a display name only: no paths, no control characters, bounded length. */
function sanitiseFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'document';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'document').slice(0, 200);
}
