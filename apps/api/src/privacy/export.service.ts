import type { Readable } from 'node:stream';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  defineAbilityFor,
  type CaseView,
  type ExportedAccessEvent,
  type ExportedActivity,
  type ExportedCase,
  type ExportedClientSummary,
  type PersonalDataExport,
  type ProgressReportListItem,
  type SpecialFileView,
} from '@spoor/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogReadService } from '../access-log/access-log-read.service';
import { OwnAccessLogQuery } from '../access-log/dto/access-log.query';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { CaseAccessService } from '../cases/case-access.service';
import { CasesService } from '../cases/cases.service';
import { DocumentsService } from '../documents/documents.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';
import { Person } from '../people/person.entity';
import { Activity } from '../process-file/activity.entity';
import { ProcessDocument } from '../process-file/process-document.entity';
import { ProgressReport } from '../process-file/progress-report.entity';
import { ProgressReportsService } from '../process-file/progress-reports.service';
import { SpecialFileService } from '../special-file/special-file.service';
import { buildExportPackage, documentsOf } from './export-package';

/** The export's format: v2 added activities, released client summaries, who in the access log, and the package. */
export const EXPORT_FORMAT = 'spoor-export/v2';

/** What an export reads, for its access event (field names, never values). */
export const EXPORT_FIELDS = [
  'personalia',
  'cases',
  'progressReports',
  'clientSummaries',
  'activities',
  'processDocuments',
  'specialFile',
  'healthDocuments',
  'accessLog',
  'disclosures',
  'consents',
  'privacyRequests',
];

/** Every event of the person's access log, in one read (an export is never a page of it). */
const WHOLE_ACCESS_LOG = 10_000_000;

/**
 * Portability and access (art. 15, 20): everything Spoor holds about the caller, machine-readable as JSON, or
 * as one package (ZIP) with the documents themselves and a readable summary in Dutch.
 */
@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly cases: CasesService,
    private readonly caseAccess: CaseAccessService,
    private readonly reports: ProgressReportsService,
    private readonly specialFile: SpecialFileService,
    private readonly accessLog: AccessLogReadService,
    private readonly documents: DocumentsService,
  ) {}

  /**
   * The export exactly as a person would get it themselves — built with the participant's own abilities for
   * that person, never with the caller's. Used only to count an export for its manifest: the content never
   * leaves the server this way (the person downloads it in their own session).
   */
  async exportAsPerson(personId: string, label: string): Promise<PersonalDataExport> {
    const [account] = await this.dataSource.query(
      "SELECT id FROM public.users WHERE person_id = $1 AND role = 'participant' LIMIT 1",
      [personId],
    );
    const subject = {
      id: (account?.id as string | undefined) ?? '00000000-0000-0000-0000-000000000000',
      role: 'participant' as const,
      organisationId: null,
      personId,
      breakGlassCaseIds: [],
    };
    return this.exportFor({ ...subject, sessionId: label, ability: defineAbilityFor(subject) });
  }

  async exportFor(user: AuthenticatedUser): Promise<PersonalDataExport> {
    if (!user.personId)
      throw apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Only a participant has personal data to export');
    const personId = user.personId;
    const person = await this.fields.open(
      Person,
      await this.dataSource.getRepository(Person).findOneByOrFail({ id: personId }),
    );
    const list = await this.cases.list(user, { page: 1, pageSize: 100 });
    const cases: ExportedCase[] = [];
    for (const item of list.items) {
      const id = String(item.id);
      // The process file through the one case-access point (the list said the case is in reach; this says how).
      const processFile = await this.caseAccess
        .reach(user, id, 'read_process_file')
        .then(() => true)
        .catch(() => false);
      const reports = processFile ? await this.reports.list(user, id) : { items: [] };
      const special = await this.specialFile
        .read(user, id)
        .then((r) => r.body as unknown as SpecialFileView)
        .catch(() => null);
      const processDocuments = processFile
        ? await this.fields.openMany(
            ProcessDocument,
            await this.dataSource
              .getRepository(ProcessDocument)
              .find({ where: { caseId: id }, order: { createdAt: 'ASC' } }),
          )
        : [];
      cases.push({
        ...(item as CaseView),
        // The progress-report service answers with the view its role may see (a participant's: final only).
        progressReports: reports.items as ProgressReportListItem[],
        clientSummaries: processFile ? await this.clientSummariesOf(id, (item as CaseView).organisationName ?? '') : [],
        activities: processFile ? await this.activitiesOf(id) : [],
        processDocuments: processDocuments.map((d) => ({
          id: d.id,
          kind: d.kind,
          filename: d.filename,
          contentType: d.contentType,
          sizeBytes: d.sizeBytes,
          href: `/api/documents/${d.id}/content`,
        })),
        specialFile: special,
      });
    }
    const consents = await this.dataSource.query(
      'SELECT id, purpose, given_at AS "givenAt", withdrawn_at AS "withdrawnAt" FROM public.consents WHERE person_id = $1 ORDER BY given_at',
      [personId],
    );
    const requests = await this.dataSource.query(
      'SELECT id, type, status, received_at AS "receivedAt", due_at AS "dueAt", completed_at AS "completedAt", outcome FROM public.privacy_requests WHERE person_id = $1 ORDER BY received_at',
      [personId],
    );
    const disclosures = await this.dataSource.query(
      'SELECT recipient, fields, legal_basis AS "legalBasis", disclosed_at AS "disclosedAt" FROM public.disclosures WHERE person_id = $1 ORDER BY disclosed_at',
      [personId],
    );
    return {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      personalia: {
        firstName: person.firstName,
        lastName: person.lastName,
        birthDate: person.birthDate,
        address: person.address,
        email: person.email,
        phone: person.phone,
      },
      cases,
      accessLog: await this.accessLogOf(user),
      disclosures,
      consents,
      privacyRequests: requests,
      documents:
        'Each document is listed under its case with an href to download it (GET, with your session); the package (ZIP) holds the files themselves.',
    };
  }

  /**
   * The package for the caller: the export as built now, the documents decrypted into it, and a readable
   * summary, as one ZIP stream. Each document is opened only when the ZIP reaches it, through the documents
   * service (reach checked again, its download event committed before its bytes leave); nothing is held whole.
   */
  packageOf(user: AuthenticatedUser, request: Request, data: PersonalDataExport): Readable {
    return buildExportPackage(data, documentsOf(data), async (documentId) => {
      const download = await this.documents.download(user, documentId, request);
      return download.stream;
    });
  }

  /** The client summaries released to the employer: what the organisation was told about the person. */
  private async clientSummariesOf(caseId: string, recipient: string): Promise<ExportedClientSummary[]> {
    const released = await this.dataSource.getRepository(ProgressReport).find({
      where: { caseId, status: 'final', releasedToClient: true },
      order: { finalisedAt: 'ASC', createdAt: 'ASC' },
    });
    const summaries: ExportedClientSummary[] = [];
    for (const report of released) {
      if (!report.clientSummary) continue;
      summaries.push({
        reportId: report.id,
        recipient,
        periodStart: report.periodStart ?? null,
        periodEnd: report.periodEnd ?? null,
        finalisedAt: report.finalisedAt ? new Date(report.finalisedAt).toISOString() : null,
        clientSummary: await this.fields.openColumn(ProgressReport, 'clientSummary', report.id, report.clientSummary),
      });
    }
    return summaries;
  }

  /** The activities as the participant sees them in the app: what happened and when, not the coach's notes. */
  private async activitiesOf(caseId: string): Promise<ExportedActivity[]> {
    const rows = await this.dataSource
      .getRepository(Activity)
      .find({ where: { caseId }, order: { occurredOn: 'ASC', createdAt: 'ASC' } });
    return rows.map((a) => ({
      id: a.id,
      kind: a.kind,
      occurredOn: a.occurredOn,
      durationMinutes: a.durationMinutes,
      createdAt: new Date(a.createdAt).toISOString(),
    }));
  }

  /** The person's access log as they see it in the portal: who (name, role, organisation), what, when, why. */
  private async accessLogOf(user: AuthenticatedUser): Promise<ExportedAccessEvent[]> {
    const query = Object.assign(new OwnAccessLogQuery(), { page: 1, pageSize: WHOLE_ACCESS_LOG });
    const { items } = await this.accessLog.forParticipant(user, query);
    return items
      .map((event) => ({
        at: new Date(event.at).toISOString(),
        actorName: event.actorName,
        actorRole: event.actorRole,
        actorOrganisation: event.actorOrganisation,
        byYou: event.byYou,
        action: event.action,
        resource: event.resource,
        caseReference: event.caseReference,
        fields: event.fields,
        purpose: event.purpose,
        breakGlass: event.breakGlass,
      }))
      .reverse(); // oldest first, as a record reads
  }
}
