import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  defineAbilityFor,
  type CaseView,
  type ExportedCase,
  type PersonalDataExport,
  type ProgressReportListItem,
  type SpecialFileView,
} from '@spoor/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { CasesService } from '../cases/cases.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';
import { Person } from '../people/person.entity';
import { ProcessDocument } from '../process-file/process-document.entity';
import { ProgressReportsService } from '../process-file/progress-reports.service';
import { SpecialFileService } from '../special-file/special-file.service';

/** Portability and access (art. 15, 20): everything Spoor holds about the caller, machine-readable. */
@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly cases: CasesService,
    private readonly reports: ProgressReportsService,
    private readonly specialFile: SpecialFileService,
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
      const reports = await this.reports.list(user, id);
      const special = await this.specialFile
        .read(user, id)
        .then((r) => r.body as unknown as SpecialFileView)
        .catch(() => null);
      const processDocuments = await this.fields.openMany(
        ProcessDocument,
        await this.dataSource
          .getRepository(ProcessDocument)
          .find({ where: { caseId: id }, order: { createdAt: 'ASC' } }),
      );
      cases.push({
        ...(item as CaseView),
        // The progress-report service answers with the view its role may see (a participant's: final only).
        progressReports: reports.items as ProgressReportListItem[],
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
    const accessLog = await this.dataSource.query(
      `SELECT e.at, e.actor_role AS "actorRole", e.action, e.resource, e.fields, e.purpose, e.break_glass AS "breakGlass"
         FROM audit.access_events e WHERE e.person_ids @> ARRAY[$1::uuid] AND e.outcome = 'allowed' ORDER BY e.id`,
      [personId],
    );
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
      format: 'spoor-export/v1',
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
      accessLog,
      disclosures,
      consents,
      privacyRequests: requests,
      documents: 'Each document is listed under its case with an href to download it (GET, with your session).',
    };
  }
}
