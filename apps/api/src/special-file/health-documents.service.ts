import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { HEALTH_DOCUMENT_KINDS, type HealthDocumentKind } from '@spoor/domain';
import type { FileBlobStore, KeyRing } from '@spoor/crypto';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService } from '../cases/case-access.service';
import { DOCUMENT_STORE } from '../platform/crypto/crypto.module';
import { documentContext } from '../platform/crypto/document-context';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';
import { sanitiseFilename, type DocumentDownload } from '../platform/http/document-download';
import { storeEncryptedUpload } from '../platform/http/encrypted-upload';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { HealthDocument } from './health-document.entity';
import { SPECIAL_DATA_SOURCE, SPECIAL_FIELDS, SPECIAL_KEY_RING } from './special-file.tokens';

/**
 * Health documents (FML, AD reports, UWV opinions) in and out of the encrypted store, under the special key
 * ring and through the `spoor_special` connection. The documents feature calls this for the shared
 * `/documents/:id/content` route; nothing else touches health documents.
 */
@Injectable()
export class HealthDocumentsService {
  constructor(
    @Inject(SPECIAL_DATA_SOURCE) private readonly special: DataSource,
    @Inject(SPECIAL_FIELDS) private readonly fields: EncryptedFields,
    @Inject(SPECIAL_KEY_RING) private readonly ring: KeyRing,
    @Inject(DOCUMENT_STORE) private readonly store: FileBlobStore,
    private readonly caseAccess: CaseAccessService,
    private readonly accessLog: AccessLogService,
  ) {}

  /**
   * Streams an upload into the encrypted store (content type checked by bytes, 20 MB at most), then records
   * row and access event in one transaction; if that fails the stored file is removed again.
   */
  async upload(user: AuthenticatedUser, caseId: string, request: Request) {
    const access = await this.caseAccess.reach(user, caseId, 'write_special_file');
    access.assertWritable();
    const { row } = access;
    const id = randomUUID();
    const { id: keyId, key } = await this.ring.dataKeyFor(row.person_id);
    const upload = await storeEncryptedUpload(request, this.store, { ring: 's', keyId, dataKey: key, rowId: id });
    const blob = upload;
    const { fields, contentType: mime, originalName } = upload;
    try {
      const kind = fields['kind'];
      if (!HEALTH_DOCUMENT_KINDS.includes(kind as HealthDocumentKind)) {
        throw apiError(
          HttpStatus.BAD_REQUEST,
          'VALIDATION_FAILED',
          `kind must be one of ${HEALTH_DOCUMENT_KINDS.join(', ')}`,
          {
            fields: [{ field: 'kind', code: kind === undefined ? 'REQUIRED' : 'NOT_ONE_OF' }],
          },
        );
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
          {
            action: 'create',
            outcome: 'allowed',
            resource: 'health_document',
            resourceId: id,
            caseId,
            personIds: [row.person_id],
            fields: ['file', 'kind', 'filename'],
          },
          manager,
        );
      });
      return { id, caseId, kind, contentType: mime, sizeBytes: blob.size, href: `/api/documents/${id}/content` };
    } catch (error) {
      await this.store.remove(blob.blobId);
      throw error;
    }
  }

  /**
   * The health document `id` for the caller, or null when no health document has that id (the caller then
   * looks among process documents). Outside the caller's reach: `notFound()`, exactly as for no document at
   * all. The download event is committed before any byte leaves.
   */
  async download(
    user: AuthenticatedUser,
    id: string,
    request: Request,
    notFound: () => Error,
  ): Promise<DocumentDownload | null> {
    const document = await this.special.getRepository(HealthDocument).findOneBy({ id });
    if (!document) return null;
    const access = await this.caseAccess.reach(user, document.caseId, 'read_special_file').catch(() => {
      throw notFound();
    });
    const { filename } = await this.fields.open(HealthDocument, document);
    await this.accessLog.record(user, request, {
      action: 'download',
      outcome: 'allowed',
      resource: 'health_document',
      resourceId: id,
      caseId: access.row.id,
      personIds: [access.row.person_id],
      fields: ['content'],
      breakGlass: access.breakGlass,
      breakGlassGrantId: access.breakGlassGrantId,
    });
    const stream = this.store.openDecrypted(document.blobId, {
      resolveKey: (_ring, keyId) => this.ring.keyById(keyId),
      expectedContext: documentContext('s', id),
    });
    return { stream, contentType: document.contentType, filename, size: document.sizeBytes };
  }
}
