import { fakerNL } from '@faker-js/faker';
import { CASE_STATUSES, CASE_TYPES, formatCaseReference, formatIsoDate, isReintegration } from '@spoor/domain';
import { insertAccessEvents, type AccessEventContent } from '../access-log/access-log.service';
import { Organisation } from '../organisations/organisation.entity';
import { createCase } from './case-factory';
import type { JobContext } from './seed-context';
import { SeedWriter, newId } from './seed-writer';

export interface SyntheticSeedResult {
  cases: number;
  seconds: number;
  inserted: Record<string, number>;
}

/**
 * `npm run seed -- --cases N`: N more cases with people, process files and special files, spread over the
 * existing organisations and demo staff (so a demo account sees a large caseload), in batches.
 */
export async function seedSynthetic(
  context: JobContext,
  count: number,
  options: { onProgress?: (done: number) => void } = {},
): Promise<SyntheticSeedResult> {
  const started = Date.now();
  const today = formatIsoDate(Date.now());
  fakerNL.seed(Date.now() % 100_000);
  const writer = new SeedWriter(context, 2000);
  let organisations: Array<{ id: string }> = await context.app.query(
    'SELECT id FROM public.organisations ORDER BY name',
  );
  if (organisations.length === 0) {
    const organisation = await writer.add(Organisation, {
      id: newId(),
      name: 'Synthetische Opdrachtgever BV',
      kvkNumber: String(fakerNL.number.int({ min: 10000000, max: 99999999 })),
    });
    await writer.flush();
    organisations = [organisation];
  }
  const staff: Array<{ id: string; role: string }> = await context.app.query(
    "SELECT id, role FROM public.users WHERE role IN ('coach', 'labour_expert', 'admin') AND disabled_at IS NULL ORDER BY created_at, id",
  );
  const coaches = staff.filter((u) => u.role === 'coach').map((u) => u.id);
  const experts = staff.filter((u) => u.role === 'labour_expert').map((u) => u.id);
  const adminId = staff.find((u) => u.role === 'admin')?.id ?? coaches[0] ?? newId();
  const year = new Date().getUTCFullYear();
  const [{ next }] = await context.app.query(
    `SELECT coalesce(max(split_part(reference, '-', 3)::int), 0) + 1 AS next FROM public.cases WHERE split_part(reference, '-', 2) = $1`,
    [String(year)],
  );
  for (let i = 0; i < count; i++) {
    const type = CASE_TYPES[i % CASE_TYPES.length];
    await createCase(
      writer,
      fakerNL,
      {
        // One sequence across prefixes keeps references unique without coordination.
        reference: formatCaseReference(type, year, Number(next) + i),
        type,
        status: CASE_STATUSES[(i * 7) % CASE_STATUSES.length],
        organisationId: organisations[i % organisations.length].id,
        coachId: coaches.length ? coaches[i % coaches.length] : null,
        labourExpertId: isReintegration(type) && experts.length && i % 4 !== 0 ? experts[i % experts.length] : null,
        withDocuments: false,
        adminId,
      },
      today,
    );
    if ((i + 1) % 1000 === 0) options.onProgress?.(i + 1);
  }
  await writer.flush();
  // A realistic access log for load work: the coach read each new case, the labour expert its special file.
  const since = new Date(started - 1000);
  // Written through the access log's own insert, so each event carries its MAC and `audit verify` passes.
  const seeded: Array<{ id: string; person_id: string; coach_id: string | null; labour_expert_id: string | null }> =
    await context.app.query(
      'SELECT id, person_id, coach_id, labour_expert_id FROM public.cases WHERE created_at >= $1 ORDER BY created_at',
      [since],
    );
  const read = (
    actorId: string,
    actorRole: 'coach' | 'labour_expert',
    row: { id: string; person_id: string },
    resource: string,
    fields: string[],
    purpose: string,
  ): AccessEventContent => ({
    actorId,
    actorRole,
    actorOrganisationId: null,
    action: 'read',
    outcome: 'allowed',
    personIds: [row.person_id],
    caseId: row.id,
    resource,
    resourceId: null,
    fields,
    purpose,
    breakGlass: false,
    breakGlassGrantId: null,
    requestId: null,
    sourceAddress: null,
    userAgent: null,
  });
  const events = seeded.flatMap((row) => [
    ...(row.coach_id
      ? [read(row.coach_id, 'coach', row, 'case', ['personName', 'status'], 'reintegration_guidance')]
      : []),
    ...(row.labour_expert_id
      ? [
          read(
            row.labour_expert_id,
            'labour_expert',
            row,
            'special_file',
            ['firstSickDay', 'fml'],
            'occupational_assessment',
          ),
        ]
      : []),
  ]);
  await insertAccessEvents(context.app, context.auditKeys, events);
  writer.inserted.set('AccessEvent', events.length);
  return { cases: count, seconds: (Date.now() - started) / 1000, inserted: Object.fromEntries(writer.inserted) };
}
