import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FileBlobStore, KeyRing } from '@spoor/crypto';
import type { Request } from 'express';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService } from '../cases/case-access.service';
import { DOCUMENT_STORE, PROCESS_FIELDS, PROCESS_KEY_RING } from '../platform/crypto/crypto.module';
import { documentContext } from '../platform/crypto/document-context';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';
import type { DocumentDownload } from '../platform/http/document-download';
import { ProcessDocument } from '../process-file/process-document.entity';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { HealthDocumentsService } from '../special-file/health-documents.service';
import { processDocumentVisible } from './process-documents.service';

export type { DocumentDownload } from '../platform/http/document-download';

const documentNotFound = () => apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Document not found');

/**
 * Documents by id, whichever file they belong to: health documents through the special-file module's
 * service (this module never holds the special connection or key ring), process documents here.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    @Inject(PROCESS_KEY_RING) private readonly processRing: KeyRing,
    @Inject(DOCUMENT_STORE) private readonly store: FileBlobStore,
    private readonly caseAccess: CaseAccessService,
    private readonly accessLog: AccessLogService,
    private readonly healthDocuments: HealthDocumentsService,
  ) {}

  uploadHealthDocument(user: AuthenticatedUser, caseId: string, request: Request) {
    return this.healthDocuments.upload(user, caseId, request);
  }

  /** The document, if the caller may read it; the download event is committed before any byte leaves. */
  async download(user: AuthenticatedUser, id: string, request: Request): Promise<DocumentDownload> {
    const health = await this.healthDocuments.download(user, id, request, documentNotFound);
    if (health) return health;
    const document = await this.app.getRepository(ProcessDocument).findOneBy({ id });
    if (!document) throw documentNotFound();
    const access = await this.caseAccess.reach(user, document.caseId, 'read_process_file').catch(() => {
      throw documentNotFound();
    });
    // Not shared with the participant: exactly as if there were no such document.
    if (!processDocumentVisible(access, user, document)) throw documentNotFound();
    const { row } = access;
    const { filename } = await this.fields.open(ProcessDocument, document);
    await this.accessLog.record(user, request, {
      action: 'download',
      outcome: 'allowed',
      resource: 'process_document',
      resourceId: id,
      caseId: row.id,
      personIds: [row.person_id],
      fields: ['content'],
      breakGlass: false,
    });
    const stream = this.store.openDecrypted(document.blobId, {
      resolveKey: (_ring, keyId) => this.processRing.keyById(keyId),
      expectedContext: documentContext('p', id),
    });
    return { stream, contentType: document.contentType, filename, size: document.sizeBytes };
  }

  async pipeTo(download: DocumentDownload, destination: NodeJS.WritableStream): Promise<void> {
    await pipeline(download.stream, destination);
  }
}
