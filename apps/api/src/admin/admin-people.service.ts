import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeForIndex } from '@spoor/crypto';
import type { AdminPersonMatch } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { Person } from '../people/person.entity';
import type { AuthenticatedUser } from '../security/authenticated-user';

/** At most this many persons in one answer: enough to choose from, few enough to read. */
export const PERSON_SEARCH_LIMIT = 25;

/** The fields a match returns, for the access event (names, never values). */
export const PERSON_MATCH_FIELDS = ['name', 'caseReferences', 'hasAccount'];

interface MatchRow {
  id: string;
  first_name: string;
  last_name: string;
  has_account: boolean;
  case_references: string[];
  by_name: boolean;
  by_other: boolean;
}

/**
 * Finds the person a participant account is for. Names and e-mail addresses are encrypted and searchable only
 * through their blind indexes (HMAC of the normalised value), so a search is an exact match — on the last
 * name, on the full name (first name and last name), on the e-mail address or on a case reference — never a
 * substring: nothing is decrypted to search, only the few persons that matched are decrypted to be shown.
 */
@Injectable()
export class AdminPeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async search(user: AuthenticatedUser, q: string): Promise<{ items: AdminPersonMatch[]; total: number }> {
    const wanted = normalizeForIndex(q);
    const params: unknown[] = [];
    // Persons are reached through their cases: only cases the caller may read count, and name the person.
    const reach = this.caseAccess.listCondition(user, 'read', params);
    if (reach === null) return { items: [], total: 0 };
    // "Jan de Vries": the last name may be any tail of the words ("de Vries", "Vries") or all of them.
    const words = wanted.split(' ');
    const lastNames = await Promise.all(
      words.map((_, start) => this.fields.blindIndex(Person, 'lastName', words.slice(start).join(' '))),
    );
    params.push(lastNames, await this.fields.blindIndex(Person, 'email', wanted), wanted.toUpperCase());
    const [names, email, reference] = [params.length - 2, params.length - 1, params.length].map((n) => `$${n}`);
    const byName = `coalesce(p.last_name_index = ANY(${names}::varchar[]), false)`;
    const byEmail = `coalesce(p.email_index = ${email}, false)`;
    // A reference counts only as one of the reachable cases joined here (bool_or over them).
    const byReference = `bool_or(c.reference = ${reference})`;
    const rows: MatchRow[] = await this.dataSource.query(
      `SELECT p.id, p.first_name, p.last_name,
              EXISTS (SELECT 1 FROM public.users u WHERE u.person_id = p.id) AS has_account,
              array_agg(c.reference ORDER BY c.start_date, c.reference) AS case_references,
              ${byName} AS by_name, ${byEmail} OR ${byReference} AS by_other
         FROM public.people p
         JOIN public.cases c ON c.person_id = p.id
        WHERE p.erased_at IS NULL AND ${reach}
          AND (${byName} OR ${byEmail} OR p.id IN (SELECT r.person_id FROM public.cases r WHERE r.reference = ${reference}))
        GROUP BY p.id
       HAVING ${byName} OR ${byEmail} OR ${byReference}`,
      params,
    );
    const matches = await Promise.all(rows.map((row) => this.match(row, wanted)));
    const items = matches
      .filter((match): match is AdminPersonMatch => match !== null)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.personId.localeCompare(b.personId));
    return { items: items.slice(0, PERSON_SEARCH_LIMIT), total: items.length };
  }

  /**
   * The match as shown, or null when only a tail of the words matched a last name and the words before it are
   * not the person's first name ("Piet Vries" is no match for "Jan Vries").
   */
  private async match(row: MatchRow, wanted: string): Promise<AdminPersonMatch | null> {
    const firstName = await this.fields.openColumn(Person, 'firstName', row.id, row.first_name);
    const lastName = await this.fields.openColumn(Person, 'lastName', row.id, row.last_name);
    const name = `${firstName} ${lastName}`;
    if (!row.by_other && normalizeForIndex(lastName) !== wanted && normalizeForIndex(name) !== wanted) return null;
    return { personId: row.id, name, caseReferences: row.case_references, hasAccount: row.has_account };
  }
}
