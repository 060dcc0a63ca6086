import { fakerNL } from '@faker-js/faker';
import { CASE_STATUSES, CASE_TYPES, formatCaseReference, formatIsoDate, isReintegration } from '@spoor/domain';
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
  await context.app.query(
    `INSERT INTO audit.access_events (actor_id, actor_role, action, outcome, person_ids, case_id, resource, fields, purpose)
     SELECT c.coach_id, 'coach', 'read', 'allowed', ARRAY[c.person_id], c.id, 'case', ARRAY['personName', 'status'], 'reintegration_guidance'
       FROM public.cases c WHERE c.created_at >= $1 AND c.coach_id IS NOT NULL`,
    [since],
  );
  await context.app.query(
    `INSERT INTO audit.access_events (actor_id, actor_role, action, outcome, person_ids, case_id, resource, fields, purpose)
     SELECT c.labour_expert_id, 'labour_expert', 'read', 'allowed', ARRAY[c.person_id], c.id, 'special_file', ARRAY['firstSickDay', 'fml'], 'occupational_assessment'
       FROM public.cases c WHERE c.created_at >= $1 AND c.labour_expert_id IS NOT NULL`,
    [since],
  );
  const [{ events }] = await context.app.query(
    'SELECT count(*)::int AS events FROM audit.access_events WHERE case_id IN (SELECT id FROM public.cases WHERE created_at >= $1)',
    [since],
  );
  writer.inserted.set('AccessEvent', events);
  return { cases: count, seconds: (Date.now() - started) / 1000, inserted: Object.fromEntries(writer.inserted) };
}
