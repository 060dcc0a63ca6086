import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ObjectionPurpose } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { Person } from '../people/person.entity';
import { Disclosure } from './disclosure.entity';

/** The objection purpose of the satisfaction survey (tevredenheidsonderzoek). */
export const SURVEY_PURPOSE: ObjectionPurpose = 'satisfaction_survey';
export const SURVEY_RECIPIENT = 'Tevredenheidsonderzoek: Meetbureau Kompas BV (verwerker)';
export const SURVEY_LEGAL_BASIS = 'gerechtvaardigd belang (art. 6(1)(f) AVG); bezwaar gehonoreerd';

@Injectable()
export class DisclosuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly accessLog: AccessLogService,
  ) {}

  async record(manager: EntityManager, disclosure: Omit<Disclosure, 'id' | 'disclosedAt'>): Promise<void> {
    await manager.getRepository(Disclosure).insert({ id: randomUUID(), ...disclosure });
  }

  async forPerson(personId: string) {
    const items = await this.dataSource.query(
      `SELECT d.id, d.recipient, d.fields, d.legal_basis AS "legalBasis", d.disclosed_at AS "disclosedAt", c.reference AS "caseReference"
         FROM public.disclosures d LEFT JOIN public.cases c ON c.id = d.case_id WHERE d.person_id = $1 ORDER BY d.disclosed_at DESC`,
      [personId],
    );
    return { items, total: items.length };
  }

  /**
   * Contact details of people whose programme completed and who did not object, for the survey bureau: name,
   * e-mail and phone, nothing else. Each person gets a disclosure record; the export is logged.
   *
   * The survey rests on legitimate interest, never on consent (consents play no part here). Left out: anyone
   * with an objection to the survey — in effect from the moment it is recorded, whatever its status, because it
   * cannot be refused — and anyone with a general objection that was not refused.
   */
  async surveyExport(user: AuthenticatedUser, request: Request) {
    const rows: Array<{ id: string; case_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (p.id) p.id, c.id AS case_id FROM public.people p JOIN public.cases c ON c.person_id = p.id
        WHERE c.status = 'completed' AND p.erased_at IS NULL AND NOT c.processing_restricted
          AND NOT EXISTS (SELECT 1 FROM public.privacy_requests r WHERE r.person_id = p.id AND r.type = 'objection'
                           AND (r.purpose = $1 OR (r.purpose IS NULL AND coalesce(r.outcome, 'granted') <> 'refused')))
        ORDER BY p.id, c.completed_at DESC`,
      [SURVEY_PURPOSE],
    );
    const people = await this.fields.openMany(
      Person,
      rows.length ? await this.dataSource.getRepository(Person).findBy(rows.map((r) => ({ id: r.id }))) : [],
    );
    const caseOf = new Map(rows.map((r) => [r.id, r.case_id]));
    await this.dataSource.transaction(async (manager) => {
      for (const person of people) {
        await this.record(manager, {
          personId: person.id,
          caseId: caseOf.get(person.id) ?? null,
          recipient: SURVEY_RECIPIENT,
          fields: ['name', 'email', 'phone'],
          legalBasis: SURVEY_LEGAL_BASIS,
          disclosedBy: user.id,
        });
      }
      await this.accessLog.record(
        user,
        request,
        {
          action: 'export',
          outcome: 'allowed',
          resource: 'survey_export',
          personIds: people.map((p) => p.id),
          fields: ['name', 'email', 'phone'],
          purpose: 'satisfaction_survey',
        },
        manager,
      );
    });
    const items = people.map((p) => ({ name: `${p.firstName} ${p.lastName}`, email: p.email, phone: p.phone }));
    return { recipient: SURVEY_RECIPIENT, items, total: items.length };
  }
}
