import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { DisclosuresService } from '../disclosures/disclosures.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { CaseAccessService } from '../cases/case-access.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError, invalidInput } from '../platform/http/api-error';
import { User } from '../users/user.entity';
import type { CreateProgressReportDto, UpdateProgressReportDto } from './dto/progress-report.dto';
import { ProgressReport } from './progress-report.entity';

const reportNotFound = () => apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Progress report not found');

/**
 * Progress reports (voortgangsrapportages). Who sees what: assigned coach and labour expert the whole report,
 * drafts included; the participant their final reports; the client only released client summaries.
 */
@Injectable()
export class ProgressReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly caseAccess: CaseAccessService,
    private readonly accessLog: AccessLogService,
    private readonly disclosures: DisclosuresService,
  ) {}

  private async authorName(authorId: string): Promise<string | null> {
    const author = await this.dataSource.getRepository(User).findOneBy({ id: authorId });
    if (!author) return null;
    return (await this.fields.open(User, author)).displayName;
  }

  private async full(report: ProgressReport) {
    return {
      id: report.id,
      caseId: report.caseId,
      title: report.title,
      body: report.body,
      clientSummary: report.clientSummary,
      releasedToClient: report.releasedToClient,
      status: report.status,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      correctsReportId: report.correctsReportId,
      authorId: report.authorId,
      authorName: await this.authorName(report.authorId),
      version: report.version,
      createdAt: report.createdAt,
      updatedAt: report.updatedAt,
      finalisedAt: report.finalisedAt,
    };
  }

  async list(
    user: AuthenticatedUser,
    caseId: string,
  ): Promise<{ items: object[]; personId: string; fields: string[] }> {
    const { row, subject: target } = await this.caseAccess.reach(user, caseId, 'read');
    const repository = this.dataSource.getRepository(ProgressReport);
    if (user.ability.can('read_process_file', target)) {
      const participant = user.role === 'participant';
      const reports = await repository.find({
        where: participant ? { caseId, status: 'final' } : { caseId },
        order: { createdAt: 'DESC' },
      });
      const open = await this.fields.openMany(ProgressReport, reports);
      const items = await Promise.all(
        open.map(async (report) => {
          const item = await this.full(report);
          // The participant reads the report itself, not what was written for the employer.
          return participant ? { ...item, clientSummary: undefined, releasedToClient: undefined } : item;
        }),
      );
      return {
        items,
        personId: row.person_id,
        fields: participant ? ['title', 'body', 'period'] : ['title', 'body', 'clientSummary', 'period'],
      };
    }
    if (user.ability.can('read_released_reports', target)) {
      const reports = await repository.find({
        where: { caseId, status: 'final', releasedToClient: true },
        order: { finalisedAt: 'DESC' },
      });
      const items = await Promise.all(
        reports.map(async (report) => ({
          id: report.id,
          periodStart: report.periodStart,
          periodEnd: report.periodEnd,
          finalisedAt: report.finalisedAt,
          clientSummary: report.clientSummary
            ? await this.fields.openColumn(ProgressReport, 'clientSummary', report.id, report.clientSummary)
            : null,
        })),
      );
      return { items, personId: row.person_id, fields: ['clientSummary', 'period'] };
    }
    throw apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Progress reports are not available to your role');
  }

  async create(user: AuthenticatedUser, caseId: string, input: CreateProgressReportDto, request: Request) {
    const access = await this.caseAccess.reach(user, caseId, 'write_process_file');
    access.assertWritable();
    const row = access.row;
    if (row.status === 'completed' || row.status === 'cancelled')
      throw apiError(HttpStatus.CONFLICT, 'CASE_CLOSED', `the case is ${row.status}: no new reports`);
    if (input.correctsReportId) {
      const original = await this.dataSource
        .getRepository(ProgressReport)
        .findOneBy({ id: input.correctsReportId, caseId });
      if (!original)
        throw invalidInput({
          field: 'correctsReportId',
          code: 'UNKNOWN_REFERENCE',
          message: 'correctsReportId must name a report of this case',
        });
      if (original.status !== 'final')
        throw apiError(
          HttpStatus.CONFLICT,
          'REPORT_NOT_FINAL',
          'only a final report needs a correction; edit the draft instead',
        );
    }
    const report = Object.assign(new ProgressReport(), {
      id: randomUUID(),
      correctsReportId: input.correctsReportId ?? null,
      caseId,
      personId: row.person_id,
      authorId: user.id,
      title: input.title,
      body: input.body,
      clientSummary: input.clientSummary ?? null,
      releasedToClient: false,
      status: 'draft' as const,
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd ?? null,
      finalisedAt: null,
    });
    const sealed = await this.fields.seal(ProgressReport, report);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ProgressReport).insert(sealed);
      await this.accessLog.record(
        user,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'progress_report',
          resourceId: report.id,
          caseId,
          personIds: [row.person_id],
          fields: Object.keys(input),
        },
        manager,
      );
    });
    const saved = await this.dataSource.getRepository(ProgressReport).findOneByOrFail({ id: report.id });
    return this.full(await this.fields.open(ProgressReport, saved));
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateProgressReportDto, request: Request) {
    const existing = await this.dataSource.getRepository(ProgressReport).findOneBy({ id });
    if (!existing) throw reportNotFound();
    // The report is reachable only through a case the caller may write: otherwise it "does not exist".
    const access = await this.caseAccess.reach(user, existing.caseId, 'write_process_file').catch(() => {
      throw reportNotFound();
    });
    access.assertWritable();
    const row = access.row;
    const changes: Partial<ProgressReport> = {};
    const contentChange = input.title !== undefined || input.body !== undefined || input.clientSummary !== undefined;
    if (existing.status === 'final' && (contentChange || input.status === 'draft')) {
      throw apiError(
        HttpStatus.CONFLICT,
        'REPORT_FINAL',
        'a final report cannot be edited; write a new report instead',
      );
    }
    if (input.title !== undefined) changes.title = input.title;
    if (input.body !== undefined) changes.body = input.body;
    if (input.clientSummary !== undefined) changes.clientSummary = input.clientSummary;
    if (input.status === 'final' && existing.status === 'draft') {
      changes.status = 'final';
      changes.finalisedAt = new Date();
    }
    if (input.releasedToClient !== undefined) {
      if ((changes.status ?? existing.status) !== 'final')
        throw apiError(HttpStatus.CONFLICT, 'REPORT_NOT_FINAL', 'only a final report can be released to the client');
      changes.releasedToClient = input.releasedToClient;
    }
    const sealed = await this.fields.seal(
      ProgressReport,
      Object.assign(new ProgressReport(), { id, personId: existing.personId, ...changes }),
    );
    const encrypted: Partial<ProgressReport> = { ...changes };
    for (const key of ['title', 'body', 'clientSummary'] as const)
      if (key in changes) encrypted[key] = sealed[key] as never;
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(ProgressReport)
        .set({ ...encrypted, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) {
        const [current] = await manager.query('SELECT version FROM public.progress_reports WHERE id = $1', [id]);
        throw apiError(
          HttpStatus.CONFLICT,
          'REPORT_VERSION_STALE',
          'version is stale: the report was changed meanwhile; nothing was overwritten',
          {
            currentVersion: current?.version ?? null,
          },
        );
      }
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'progress_report',
          resourceId: id,
          caseId: row.id,
          personIds: [row.person_id],
          fields: Object.keys(changes),
        },
        manager,
      );
      if (changes.releasedToClient && !existing.releasedToClient) {
        await this.disclosures.record(manager, {
          personId: row.person_id,
          caseId: row.id,
          recipient: `Opdrachtgever: ${row.organisation_name}`,
          fields: ['progressReport.clientSummary'],
          legalBasis:
            'uitvoering re-integratieverplichtingen werkgever (art. 6(1)(c) AVG, Wet verbetering poortwachter)',
          disclosedBy: user.id,
        });
      }
    });
    const saved = await this.dataSource.getRepository(ProgressReport).findOneByOrFail({ id });
    return this.full(await this.fields.open(ProgressReport, saved));
  }
}
