import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NewsletterRecipientView } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { Person } from '../people/person.entity';

/**
 * The newsletter's recipients: exactly the people with a current newsletter consent — withdrawing takes them off
 * at once. Left out as well: erased people and anyone whose processing is restricted (art. 18 AVG).
 */
@Injectable()
export class NewsletterRecipientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
  ) {}

  async list(): Promise<{ items: NewsletterRecipientView[]; total: number }> {
    const rows: Array<{ person_id: string; given_at: Date }> = await this.dataSource.query(
      `SELECT c.person_id, c.given_at FROM public.consents c JOIN public.people p ON p.id = c.person_id
        WHERE c.purpose = 'newsletter' AND c.withdrawn_at IS NULL AND p.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM public.cases k WHERE k.person_id = p.id AND k.processing_restricted)`,
    );
    if (rows.length === 0) return { items: [], total: 0 };
    const givenAt = new Map(rows.map((row) => [row.person_id, row.given_at]));
    const people = await this.fields.openMany(
      Person,
      await this.dataSource.getRepository(Person).findBy(rows.map((row) => ({ id: row.person_id }))),
    );
    // Without an e-mail address there is nothing to send to.
    const items = people
      .filter((person): person is Person & { email: string } => Boolean(person.email))
      .map((person) => ({
        personId: person.id,
        name: `${person.firstName} ${person.lastName}`,
        email: person.email,
        consentGivenAt: (givenAt.get(person.id) as Date).toISOString(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return { items, total: items.length };
  }
}
