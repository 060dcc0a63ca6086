import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PROCESS_DOCUMENT_KINDS, type ProcessDocumentKind, type ProcessDocumentView } from '@spoor/domain';
import type { FileBlobStore, KeyRing } from '@spoor/crypto';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService, type CaseAccess } from '../cases/case-access.service';
import { DOCUMENT_STORE, PROCESS_FIELDS, PROCESS_KEY_RING } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';
import { sanitiseFilename } from '../platform/http/document-download';
import { storeEncryptedUpload } from '../platform/http/encrypted-upload';
import { ProcessDocument } from '../process-file/process-document.entity';
import type { AuthenticatedUser } from '../security/authenticated-user';

const invalid = (field: string, code: 'REQUIRED' | 'NOT_ONE_OF', message: string) =>
  apiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, { fields: [{ field, code }] });

/** `true`/`false` as a multipart field sends it; absent is false. */
function sharedFlag(value: string | undefined): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw invalid('sharedWithParticipant', 'NOT_ONE_OF', 'sharedWithParticipant must be true or false');
}

/**
 * Whether the reader, who reached the case with `read_process_file`, sees this document: shared documents, or
 * all of them with `read_unshared_documents` (abilities.ts: the assigned coach and labour expert).
 */
export function processDocumentVisible(access: CaseAccess, user: AuthenticatedUser, document: ProcessDocument) {
  return document.sharedWithParticipant || user.ability.can('read_unshared_documents', access.subject);
}

/**
 * Process documents (plan van aanpak, CV, agreement, report): uploaded by the assigned coach through the same
 * pipeline as health documents (type by content, 20 MB, streamed, encrypted under the process ring), listed for
 * whoever may read the process file, shared with the participant one by one. Reach is the case-access point's.
 */
@Injectable()
export class ProcessDocumentsService {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    @Inject(PROCESS_KEY_RING) private readonly ring: KeyRing,
    @Inject(DOCUMENT_STORE) private readonly store: FileBlobStore,
    private readonly caseAccess: CaseAccessService,
    private readonly accessLog: AccessLogService,
  ) {}

  async upload(user: AuthenticatedUser, caseId: string, request: Request): Promise<ProcessDocumentView> {
    const access = await this.caseAccess.reach(user, caseId, 'write_process_file');
    access.assertWritable();
    const { row } = access;
    const id = randomUUID();
    const { id: keyId, key } = await this.ring.dataKeyFor(row.person_id);
    const blob = await storeEncryptedUpload(request, this.store, { ring: 'p', keyId, dataKey: key, rowId: id });
    try {
      const kind = blob.fields['kind'];
      if (!(PROCESS_DOCUMENT_KINDS as readonly unknown[]).includes(kind))
        throw invalid(
          'kind',
          kind === undefined ? 'REQUIRED' : 'NOT_ONE_OF',
          `kind must be one of ${PROCESS_DOCUMENT_KINDS.join(', ')}`,
        );
      const document = Object.assign(new ProcessDocument(), {
        id,
        caseId,
        personId: row.person_id,
        kind: kind as ProcessDocumentKind,
        filename: sanitiseFilename(blob.originalName),
        contentType: blob.contentType,
        sizeBytes: blob.size,
        blobId: blob.blobId,
        sharedWithParticipant: sharedFlag(blob.fields['sharedWithParticipant']),
        uploadedBy: user.id,
      });
      const sealed = await this.fields.seal(ProcessDocument, document);
      const createdAt = await this.app.transaction(async (manager) => {
        await manager.getRepository(ProcessDocument).insert(sealed);
        await this.accessLog.record(
          user,
          request,
          {
            action: 'create',
            outcome: 'allowed',
            resource: 'process_document',
            resourceId: id,
            caseId,
            personIds: [row.person_id],
            fields: ['file', 'kind', 'filename', 'sharedWithParticipant'],
          },
          manager,
        );
        const [{ created_at }] = await manager.query('SELECT created_at FROM public.process_documents WHERE id = $1', [
          id,
        ]);
        return created_at as Date;
      });
      return this.view({ ...document, createdAt });
    } catch (error) {
      await this.store.remove(blob.blobId);
      throw error;
    }
  }

  /** The case's documents, newest first; the participant's list holds only what was shared with them. */
  async list(
    user: AuthenticatedUser,
    caseId: string,
  ): Promise<{ items: ProcessDocumentView[]; personId: string; fields: string[] }> {
    const access = await this.caseAccess.reach(user, caseId, 'read_process_file');
    const { row } = access;
    const stored = await this.app
      .getRepository(ProcessDocument)
      .find({ where: { caseId }, order: { createdAt: 'DESC' } });
    const documents = await this.fields.openMany(
      ProcessDocument,
      stored.filter((document) => processDocumentVisible(access, user, document)),
    );
    return {
      items: documents.map((document) => this.view(document)),
      personId: row.person_id,
      fields: ['kind', 'filename', 'contentType', 'sizeBytes', 'sharedWithParticipant', 'uploadedAt'],
    };
  }

  /** Shares a document with the participant, or stops sharing it; the event is in the same transaction. */
  async setShared(
    user: AuthenticatedUser,
    id: string,
    shared: boolean,
    request: Request,
  ): Promise<ProcessDocumentView> {
    const notFound = () => apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Document not found');
    const document = await this.app.getRepository(ProcessDocument).findOneBy({ id });
    if (!document) throw notFound();
    const access = await this.caseAccess.reach(user, document.caseId, 'write_process_file').catch(() => {
      throw notFound();
    });
    access.assertWritable();
    await this.app.transaction(async (manager) => {
      await manager.getRepository(ProcessDocument).update({ id }, { sharedWithParticipant: shared });
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'process_document',
          resourceId: id,
          caseId: document.caseId,
          personIds: [document.personId],
          fields: ['sharedWithParticipant'],
        },
        manager,
      );
    });
    const [opened] = await this.fields.openMany(ProcessDocument, [{ ...document, sharedWithParticipant: shared }]);
    return this.view(opened);
  }

  private view(document: ProcessDocument): ProcessDocumentView {
    return {
      id: document.id,
      caseId: document.caseId,
      kind: document.kind,
      filename: document.filename,
      contentType: document.contentType,
      sizeBytes: document.sizeBytes,
      sharedWithParticipant: document.sharedWithParticipant,
      uploadedAt: document.createdAt.toISOString(),
      href: `/api/documents/${document.id}/content`,
    };
  }
}
