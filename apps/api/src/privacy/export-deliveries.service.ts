import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  amsterdamToday,
  EXPORT_DELIVERY_DAYS,
  type ExportDeliveryStatus,
  type ExportDeliveryView,
  type ExportManifestEntry,
  type ExportManifestView,
  type OwnExportDeliveryView,
  type PersonalDataExport,
  type PrivacyRequestType,
} from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { apiError } from '../platform/http/api-error';
import { ExportDelivery } from './export-delivery.entity';
import { EXPORT_FIELDS, ExportService } from './export.service';
import type { PrivacyRequest } from './privacy-request.entity';

const DAY_MS = 24 * 3600_000;
const EXPORTABLE: readonly PrivacyRequestType[] = ['access', 'portability'];

/** Whether a request type is answered with an export (art. 15 access, art. 20 portability). */
export function answeredWithExport(type: PrivacyRequestType): boolean {
  return EXPORTABLE.includes(type);
}

/**
 * Sizes in whole blocks of 64 KiB: enough to tell a small export from a large one, too coarse to tell how long
 * a name, an address or a labour expert's note is (an exact byte count of one free-text field is its length).
 */
export const MANIFEST_SIZE_BLOCK = 64 * 1024;
const coarse = (bytes: number): number => Math.ceil(bytes / MANIFEST_SIZE_BLOCK) * MANIFEST_SIZE_BLOCK;
const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');

/**
 * Sections, counts and sizes of an export: what the privacy officer may know about it. Only numbers leave
 * here; the content is thrown away by the caller.
 */
export function manifestOf(data: PersonalDataExport): ExportManifestEntry[] {
  const reports = data.cases.flatMap((c) => c.progressReports);
  const clientSummaries = data.cases.flatMap((c) => c.clientSummaries);
  const activities = data.cases.flatMap((c) => c.activities);
  const processDocuments = data.cases.flatMap((c) => c.processDocuments);
  const specialFiles = data.cases.flatMap((c) => (c.specialFile ? [c.specialFile] : []));
  const healthDocuments = specialFiles.flatMap((file) =>
    'documents' in file && Array.isArray(file.documents) ? (file.documents as Array<{ sizeBytes?: number }>) : [],
  );
  const fileBytes = (documents: Array<{ sizeBytes?: number }>) =>
    documents.reduce((sum, d) => sum + (typeof d.sizeBytes === 'number' ? d.sizeBytes : 0), 0);
  const personaliaFields = Object.values(data.personalia).filter((v) => v !== null && v !== '').length;
  const entries: ExportManifestEntry[] = [
    { section: 'personalia', items: personaliaFields, bytes: bytesOf(data.personalia) },
    {
      section: 'cases',
      items: data.cases.length,
      bytes: bytesOf(
        data.cases.map(
          ({
            progressReports,
            clientSummaries: summaries,
            activities: done,
            processDocuments: docs,
            specialFile,
            ...rest
          }) => {
            void progressReports;
            void summaries;
            void done;
            void docs;
            void specialFile;
            return rest;
          },
        ),
      ),
    },
    { section: 'progressReports', items: reports.length, bytes: bytesOf(reports) },
    { section: 'clientSummaries', items: clientSummaries.length, bytes: bytesOf(clientSummaries) },
    { section: 'activities', items: activities.length, bytes: bytesOf(activities) },
    {
      section: 'processDocuments',
      items: processDocuments.length,
      bytes: bytesOf(processDocuments) + fileBytes(processDocuments),
    },
    { section: 'specialFile', items: specialFiles.length, bytes: bytesOf(specialFiles) },
    { section: 'healthDocuments', items: healthDocuments.length, bytes: fileBytes(healthDocuments) },
    { section: 'accessLog', items: data.accessLog.length, bytes: bytesOf(data.accessLog) },
    { section: 'disclosures', items: data.disclosures.length, bytes: bytesOf(data.disclosures) },
    { section: 'consents', items: data.consents.length, bytes: bytesOf(data.consents) },
    { section: 'privacyRequests', items: data.privacyRequests.length, bytes: bytesOf(data.privacyRequests) },
  ];
  return entries.map((entry) => ({ ...entry, bytes: entry.items === 0 ? 0 : coarse(entry.bytes) }));
}

export function deliveryStatus(delivery: ExportDelivery, now = new Date()): ExportDeliveryStatus {
  if (delivery.expiresAt && delivery.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (delivery.downloadedAt) return 'downloaded';
  if (delivery.availableAt) return 'available';
  return 'awaiting_account';
}

function deliveryView(delivery: ExportDelivery): ExportDeliveryView {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: delivery.id,
    status: deliveryStatus(delivery),
    preparedAt: delivery.preparedAt.toISOString(),
    availableAt: iso(delivery.availableAt),
    expiresAt: iso(delivery.expiresAt),
    downloadedAt: iso(delivery.downloadedAt),
    lastDownloadedAt: iso(delivery.lastDownloadedAt),
    downloadCount: delivery.downloadCount,
  };
}

/**
 * Answers access and portability requests without showing their content to the privacy officer: completing
 * the request delivers the export to the person's own portal, where they download it (each download logged).
 * The officer sees the manifest (sections, counts, sizes) and the delivery's status, never a value.
 *
 * The content is generated at download time in the person's own session, with their own abilities (the same
 * machinery as `GET /me/export`), rather than stored: no second copy of health data exists to encrypt, expire
 * or forget at erasure, and crypto-shredding a person's keys still makes their export unreadable. It leaves as
 * one ZIP stream (JSON, the documents' files, a summary in Dutch), produced while it is read: the documents
 * are in it even after the case is closed, and nothing is held whole in memory or written to disk.
 */
@Injectable()
export class ExportDeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exports: ExportService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** An active portal account of the person: someone who can log in and download. */
  private async hasAccount(personId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      "SELECT 1 FROM public.users WHERE person_id = $1 AND role = 'participant' AND disabled_at IS NULL AND password_hash IS NOT NULL LIMIT 1",
      [personId],
    );
    return rows.length > 0;
  }

  /** Counts the person's export as they would get it: sections, counts, sizes. The content is discarded. */
  async count(personId: string, requestId: string): Promise<ExportManifestEntry[]> {
    const [person] = await this.dataSource.query('SELECT erased_at FROM public.people WHERE id = $1', [personId]);
    if (person?.erased_at)
      throw apiError(
        HttpStatus.CONFLICT,
        'PERSON_ERASED',
        "the person's data was erased: there is nothing left to export",
      );
    return manifestOf(await this.exports.exportAsPerson(personId, `privacy-request:${requestId}`));
  }

  /**
   * Completing a granted access or portability request: the delivery, in the completion's own transaction.
   * Available at once when the person has a portal account; otherwise it awaits one (the expiry clock starts
   * when it becomes available).
   */
  async deliver(
    officer: AuthenticatedUser,
    request: PrivacyRequest,
    manifest: ExportManifestEntry[],
    manager: EntityManager,
  ): Promise<ExportDeliveryView> {
    const now = new Date();
    const available = await this.hasAccount(request.personId, manager);
    const delivery = Object.assign(new ExportDelivery(), {
      id: randomUUID(),
      privacyRequestId: request.id,
      personId: request.personId,
      preparedAt: now,
      preparedBy: officer.id,
      availableAt: available ? now : null,
      expiresAt: available ? new Date(now.getTime() + EXPORT_DELIVERY_DAYS * DAY_MS) : null,
      downloadedAt: null,
      lastDownloadedAt: null,
      downloadCount: 0,
      manifest,
    });
    await manager.getRepository(ExportDelivery).insert(delivery);
    return deliveryView(delivery);
  }

  /**
   * Erasure removes the person's deliveries, in the erasure's own transaction: their manifests still counted
   * the person's (health) records. Answers how many were removed.
   */
  async removeForPerson(personId: string, manager: EntityManager): Promise<number> {
    const [, removed] = await manager.query('DELETE FROM public.export_deliveries WHERE person_id = $1', [personId]);
    return Number(removed ?? 0);
  }

  /** A delivery that awaited an account becomes available once the person has one; its 30 days start then. */
  private async makeAvailable(personId: string): Promise<void> {
    if (!(await this.hasAccount(personId))) return;
    await this.dataSource.query(
      `UPDATE public.export_deliveries SET available_at = now(), expires_at = now() + make_interval(days => $2)
        WHERE person_id = $1 AND available_at IS NULL`,
      [personId, EXPORT_DELIVERY_DAYS],
    );
  }

  /** The officer's view of a request's export: manifest and delivery status, never content. */
  async manifestForRequest(requestId: string): Promise<{ personId: string; view: ExportManifestView }> {
    const [request] = (await this.dataSource.query(
      'SELECT id, person_id, type, status FROM public.privacy_requests WHERE id = $1',
      [requestId],
    )) as Array<{ id: string; person_id: string; type: PrivacyRequestType; status: string }>;
    if (!request) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Privacy request not found');
    if (!answeredWithExport(request.type))
      throw apiError(
        HttpStatus.CONFLICT,
        'EXPORT_NOT_APPLICABLE',
        `a ${request.type} request is not answered with an export (only access and portability are)`,
      );
    const personId = request.person_id;
    await this.makeAvailable(personId);
    const delivery = await this.dataSource.getRepository(ExportDelivery).findOneBy({ privacyRequestId: requestId });
    // Open request: a preview of what completing it will deliver. Completed without a delivery (refused): nothing.
    const sections = delivery
      ? delivery.manifest
      : request.status === 'completed'
        ? []
        : await this.count(personId, requestId);
    return {
      personId,
      view: {
        requestId,
        requestType: request.type,
        personHasAccount: await this.hasAccount(personId),
        countedAt: (delivery?.preparedAt ?? new Date()).toISOString(),
        sections,
        totalBytes: sections.reduce((sum, s) => sum + s.bytes, 0),
        delivery: delivery ? deliveryView(delivery) : null,
      },
    };
  }

  /** The participant's deliveries, newest first. */
  async listOwn(user: AuthenticatedUser): Promise<OwnExportDeliveryView[]> {
    const personId = user.personId;
    if (!personId) return [];
    await this.makeAvailable(personId);
    const rows = await this.dataSource
      .getRepository(ExportDelivery)
      .createQueryBuilder('d')
      .where('d.personId = :personId', { personId })
      .andWhere('d.availableAt IS NOT NULL')
      .orderBy('d.preparedAt', 'DESC')
      .getMany();
    const types = await this.requestTypes(rows.map((r) => r.privacyRequestId));
    return rows.map((row) => ({
      ...deliveryView(row),
      requestId: row.privacyRequestId,
      requestType: types.get(row.privacyRequestId) ?? 'access',
    }));
  }

  private async requestTypes(ids: string[]): Promise<Map<string, PrivacyRequestType>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query('SELECT id, type FROM public.privacy_requests WHERE id = ANY($1)', [
      ids,
    ])) as Array<{ id: string; type: PrivacyRequestType }>;
    return new Map(rows.map((r) => [r.id, r.type]));
  }

  /**
   * The person downloads their delivery: generated now, in their own session, with their own abilities, as one
   * ZIP stream. The download and its access event commit together before the first byte; no event, no content.
   * Each document in it is opened (and its own download event committed) only when the stream reaches it.
   */
  async download(
    user: AuthenticatedUser,
    id: string,
    request: Request,
  ): Promise<{ stream: Readable; filename: string }> {
    const personId = user.personId;
    if (!personId) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Export delivery not found');
    await this.makeAvailable(personId);
    const delivery = await this.dataSource.getRepository(ExportDelivery).findOneBy({ id, personId });
    if (!delivery || !delivery.availableAt)
      throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Export delivery not found');
    if (deliveryStatus(delivery) === 'expired')
      throw apiError(
        HttpStatus.GONE,
        'EXPORT_DELIVERY_EXPIRED',
        'this export delivery has expired; GET /api/me/export gives the current data at any time',
      );
    const data = await this.exports.exportFor(user);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE public.export_deliveries
            SET downloaded_at = coalesce(downloaded_at, now()), last_downloaded_at = now(),
                download_count = download_count + 1
          WHERE id = $1`,
        [id],
      );
      await this.accessLog.record(
        user,
        request,
        {
          action: 'export',
          outcome: 'allowed',
          resource: 'export_delivery',
          resourceId: id,
          purpose: 'data_subject_access',
          personIds: [personId],
          fields: EXPORT_FIELDS,
        },
        manager,
      );
    });
    return { stream: this.exports.packageOf(user, request, data), filename: exportPackageFilename() };
  }
}

/** The package's file name: the date only, never a name or an id of the person. */
export function exportPackageFilename(now = new Date()): string {
  return `spoor-export-${amsterdamToday(now)}.zip`;
}
