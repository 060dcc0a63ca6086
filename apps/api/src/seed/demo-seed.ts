import { fakerNL } from '@faker-js/faker';
import { hash } from '@node-rs/argon2';
import {
  CASE_TYPES,
  formatCaseReference,
  formatIsoDate,
  isReintegration,
  requiresSecondFactor,
  type CaseStatus,
  type Role,
} from '@spoor/domain';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { DEMO_TOTP_SECRET } from './demo-secret';
import { createCase } from './case-factory';
import type { JobContext } from './seed-context';
import { SeedWriter, newId } from './seed-writer';

/** Published in CONTRACT.md: demo data only. */
export const DEMO_PASSWORD = 'Spoor-demo-2026!';
export { DEMO_TOTP_SECRET };

export const DEMO_ACCOUNTS: ReadonlyArray<{
  email: string;
  role: Role;
  displayName: string;
  organisation?: 'acme' | 'globex';
  note?: string;
}> = [
  { email: 'admin@spoor.test', role: 'admin', displayName: 'Ilse Vermeulen' },
  { email: 'privacy@spoor.test', role: 'privacy_officer', displayName: 'Pieter de Graaf' },
  { email: 'coach@spoor.test', role: 'coach', displayName: 'Sanne Jacobs', note: 'caseload: even-numbered demo cases' },
  {
    email: 'coach2@spoor.test',
    role: 'coach',
    displayName: 'Mohamed El Amrani',
    note: 'caseload: odd-numbered demo cases',
  },
  { email: 'expert@spoor.test', role: 'labour_expert', displayName: 'Henk Willems', note: 'reintegration cases' },
  {
    email: 'client@acme.spoor.test',
    role: 'client',
    displayName: 'Ruud Kramer',
    organisation: 'acme',
    note: 'Acme Logistiek',
  },
  {
    email: 'client@globex.spoor.test',
    role: 'client',
    displayName: 'Anouk Dekker',
    organisation: 'globex',
    note: 'Globex Zorggroep',
  },
  {
    email: 'participant@spoor.test',
    role: 'participant',
    displayName: 'Jan de Vries',
    note: 'his Acme reintegration case',
  },
];

export const DEMO_CASE_COUNT = 44;
const STATUSES: CaseStatus[] = ['active', 'active', 'active', 'intake', 'on_hold', 'completed', 'active', 'cancelled'];

/** True when the database holds no users: the only state in which demo data is seeded. */
export async function isEmptyDatabase(context: JobContext): Promise<boolean> {
  const [{ count }] = await context.app.query('SELECT count(*)::int AS count FROM public.users');
  return count === 0;
}

/**
 * Seeds the demo data of CONTRACT.md on an empty database (idempotent: does nothing otherwise). Deterministic
 * names from a fixed faker seed; none of them belong to real people.
 */
export async function seedDemoData(context: JobContext, today = formatIsoDate(Date.now())): Promise<boolean> {
  // One seeder at a time across instances; the lock lives as long as this connection's session.
  const runner = context.app.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock(hashtext('spoor-demo-seed'))");
    if (!(await isEmptyDatabase(context))) return false;
    fakerNL.seed(2026);
    const writer = new SeedWriter(context);
    // The HR contacts are personal data: sealed (encrypted) by the writer like every other personal field.
    const acme = await writer.add(Organisation, {
      id: newId(),
      name: 'Acme Logistiek',
      kvkNumber: '12345678',
      contactName: 'Marloes Brink',
      contactEmail: 'hr@acme-logistiek.example',
      contactPhone: '010 234 5678',
    });
    const globex = await writer.add(Organisation, {
      id: newId(),
      name: 'Globex Zorggroep',
      kvkNumber: '87654321',
      contactName: 'Erik Jansen',
      contactEmail: 'personeelszaken@globex.example',
      contactPhone: null,
    });
    const participantPersonId = newId();
    const passwordHash = await hash(DEMO_PASSWORD);
    const ids = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) ids.set(account.email, newId());
    const id = (email: string) => ids.get(email) as string;

    // The participant's person must exist before their account (foreign key): create their case first.
    await createCase(
      writer,
      fakerNL,
      {
        reference: formatCaseReference('reintegration_track1', 2026, 1),
        type: 'reintegration_track1',
        status: 'active',
        organisationId: acme.id,
        coachId: id('coach@spoor.test'),
        labourExpertId: id('expert@spoor.test'),
        person: {
          id: participantPersonId,
          firstName: 'Jan',
          lastName: 'de Vries',
          birthDate: '1978-04-12',
          address: 'Voorbeeldstraat 12, 3511 AB Utrecht',
          email: 'participant@spoor.test',
          phone: '030 123 4567',
        },
        fullSpecialFile: true,
        withDocuments: true,
        adminId: id('admin@spoor.test'),
      },
      today,
    );
    for (const account of DEMO_ACCOUNTS) {
      await writer.add(User, {
        id: id(account.email),
        role: account.role,
        email: account.email,
        displayName: account.displayName,
        passwordHash,
        totpSecret: requiresSecondFactor(account.role) ? DEMO_TOTP_SECRET : null,
        mfaEnrolledAt: requiresSecondFactor(account.role) ? new Date('2026-01-05T09:00:00Z') : null,
        organisationId:
          account.organisation === 'acme' ? acme.id : account.organisation === 'globex' ? globex.id : null,
        personId: account.role === 'participant' ? participantPersonId : null,
        disabledAt: null,
      });
    }
    // Persons and users first: the cases below reference the coaches and the expert.
    await writer.flush();

    const sequences = new Map<string, number>([['RI', 1]]);
    for (let i = 1; i < DEMO_CASE_COUNT; i++) {
      const type = CASE_TYPES[i % CASE_TYPES.length];
      const prefix = type.startsWith('reintegration') ? 'RI' : type === 'outplacement' ? 'OP' : 'LB';
      const sequence = (sequences.get(prefix) ?? 0) + 1;
      sequences.set(prefix, sequence);
      await createCase(
        writer,
        fakerNL,
        {
          reference: formatCaseReference(type, 2026, sequence),
          type,
          status: STATUSES[i % STATUSES.length],
          organisationId: i < 24 ? acme.id : globex.id,
          // Disjoint caseloads: even cases for coach, odd for coach2.
          coachId: i % 2 === 0 ? id('coach@spoor.test') : id('coach2@spoor.test'),
          // The labour expert on most reintegration cases, not all.
          labourExpertId: isReintegration(type) && i % 5 !== 0 ? id('expert@spoor.test') : null,
          withDocuments: i % 3 === 0,
          adminId: id('admin@spoor.test'),
        },
        today,
      );
    }
    await writer.flush();
    return true;
  } finally {
    await runner.query("SELECT pg_advisory_unlock(hashtext('spoor-demo-seed'))").catch(() => undefined);
    await runner.release();
  }
}
