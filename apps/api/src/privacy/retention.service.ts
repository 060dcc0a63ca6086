import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RETENTION_RULES } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { ErasureService } from './erasure.service';

/**
 * Retention of programme data, run by the privacy officer (`POST /retention/run`), the daily job and
 * `npm run retention`. The access log's own retention is the CLI's (it needs the owner role).
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly erasure: ErasureService,
    private readonly accessLog: AccessLogService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Programme data two years after the programme ended, unless on legal hold; fiscal records seven years. */
  async run(user: AuthenticatedUser, dryRun: boolean, request: Request) {
    const due: Array<{ person_id: string; cases: number }> = await this.dataSource.query(
      `SELECT c.person_id, count(*)::int AS cases FROM public.cases c JOIN public.people p ON p.id = c.person_id
        WHERE p.erased_at IS NULL
        GROUP BY c.person_id
       HAVING bool_and(c.status IN ('completed', 'cancelled') AND NOT c.legal_hold
                       AND coalesce(c.completed_at, c.updated_at) < now() - $1::interval)`,
      [`${RETENTION_RULES.programme.years} years`],
    );
    const [{ held }] = await this.dataSource.query(
      `SELECT count(DISTINCT person_id)::int AS held FROM public.cases WHERE legal_hold AND coalesce(completed_at, updated_at) < now() - $1::interval`,
      [`${RETENTION_RULES.programme.years} years`],
    );
    let erased = 0;
    if (!dryRun) {
      // The run is on record before anything is erased (no event, no erasure: 503 and nothing changed); each
      // person's erasure then writes its own events inside its own transactions (ErasureService).
      await this.accessLog.record(user, request, {
        action: 'delete',
        outcome: 'allowed',
        resource: 'retention',
        personIds: due.map((d) => d.person_id),
        purpose: 'retention',
        fields: ['programme'],
      });
      for (const row of due) {
        await this.erasure.erase(row.person_id, { user, request, purpose: 'retention' });
        erased++;
      }
    }
    return {
      dryRun,
      categories: {
        programme: {
          rule: `${RETENTION_RULES.programme.years} years after ${RETENTION_RULES.programme.from}`,
          people: due.length,
          cases: due.reduce((sum, row) => sum + row.cases, 0),
          erased,
          keptForLegalHold: held,
        },
        fiscal: {
          rule: `${RETENTION_RULES.fiscal.years} years after ${RETENTION_RULES.fiscal.from}`,
          people: 0,
          note: 'Spoor keeps no fiscal records; invoicing lives in the financial system',
        },
        accessLog: {
          rule: `${this.config.accessLogRetentionYears} years`,
          note: 'removed by `npm run retention` as the owner role (whole sealed ranges)',
        },
      },
    };
  }
}
