import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MILESTONE_ACTOR,
  MILESTONE_ACTORS,
  amsterdamToday,
  computePoortwachterTimeline,
  employerMilestones,
  isReintegration,
  visibleMilestoneActors,
  type CaseMilestoneView,
  type CaseType,
  type MilestoneEvidence,
  type PoortwachterTimeline,
  type SicknessPeriod,
  type TimelineMilestoneKind,
} from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService } from '../cases/case-access.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError, invalidInput } from '../platform/http/api-error';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { SicknessChanges } from '../special-file/sickness-changes';
import { SicknessEventsService } from '../special-file/sickness-events.service';
import { WaitingPeriodExtensionsService } from '../special-file/waiting-period-extensions.service';
import type { MilestoneCompletionDto } from './dto/milestones.dto';
import { MilestoneCompletion } from './milestone-completion.entity';
import { milestoneId, milestoneRows } from './milestone-rows';

/** A completion as stored (the current one of a milestone: not undone). */
interface CompletionRow {
  id: string;
  kind: TimelineMilestoneKind;
  sequence: number;
  completed_on: string;
  case_id: string;
  evidence_report_id: string | null;
  evidence_document_id: string | null;
  evidence_activity_id: string | null;
}

interface CurrentTimeline {
  period: SicknessPeriod;
  timeline: PoortwachterTimeline;
  completions: CompletionRow[];
}

/** Where each kind of evidence lives; each table has a `case_id`. Fixed identifiers, never input. */
const EVIDENCE_TABLES = {
  reportId: 'public.progress_reports',
  documentId: 'public.process_documents',
  activityId: 'public.activities',
} as const;
type EvidenceKey = keyof typeof EVIDENCE_TABLES;

function evidenceOf(row: CompletionRow | undefined): MilestoneEvidence | null {
  if (!row) return null;
  if (row.evidence_report_id) return { reportId: row.evidence_report_id };
  if (row.evidence_document_id) return { documentId: row.evidence_document_id };
  if (row.evidence_activity_id) return { activityId: row.evidence_activity_id };
  return null;
}

/**
 * The Poortwachter timeline of a case: computed from the person's current sickness period (the special file's
 * narrow SicknessEventsService: dates only) and the completions, which belong to the person's period (the
 * track-1 and track-2 cases of one person share both). The case's own route computes it live; the lists read
 * it materialised in public.case_milestones, rewritten by refreshPerson on every change of either input.
 */
@Injectable()
export class MilestonesService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Milestones');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly sickness: SicknessEventsService,
    private readonly extensions: WaitingPeriodExtensionsService,
    private readonly caseAccess: CaseAccessService,
    private readonly accessLog: AccessLogService,
    sicknessChanges: SicknessChanges,
  ) {
    // The special file says when a person's sickness events changed; the materialised milestones follow.
    sicknessChanges.follow((personId) => this.refreshPerson(personId));
  }

  /** First days of illness recorded before sickness events existed become events (once), and their timelines follow. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      for (const personId of await this.sickness.carryOverFirstSickDays()) await this.refreshPerson(personId);
    } catch (error) {
      // Not fatal: the next start tries again; the lists keep their last materialised dates meanwhile.
      this.logger.warn(`carrying first sick days over failed (${(error as Error).name})`);
    }
  }

  private async current(personId: string, today: string, manager?: EntityManager): Promise<CurrentTimeline | null> {
    const period = (await this.sickness.periodsOf(personId, today)).at(-1);
    if (!period) return null;
    const completions: CompletionRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT id, kind, sequence, to_char(completed_on, 'YYYY-MM-DD') AS completed_on, case_id,
              evidence_report_id, evidence_document_id, evidence_activity_id
         FROM public.milestone_completions
        WHERE person_id = $1 AND period_sequence = $2 AND undone_at IS NULL`,
      [personId, period.sequence],
    );
    const timeline = computePoortwachterTimeline({
      period,
      today,
      // Loonsanctie, voluntary extension, early IVA: the end of the waiting period and what counts back from it.
      extensions: await this.extensions.extensionsOf(personId, period, today),
      completions: completions.map((c) => ({
        kind: c.kind,
        ...(c.kind === 'evaluation' ? { sequence: c.sequence } : {}),
        completedOn: c.completed_on,
      })),
    });
    return { period, timeline, completions };
  }

  /**
   * Rewrites the materialised milestones of every reintegration case of the person from the current timeline
   * (none without sickness events). Ids are stable (milestoneId), so a row keeps its id across changes.
   */
  async refreshPerson(personId: string, manager?: EntityManager): Promise<void> {
    const today = amsterdamToday(new Date());
    const run = async (m: EntityManager) => {
      const current = await this.current(personId, today, m);
      const cases: Array<{ id: string }> = await m.query(
        "SELECT id FROM public.cases WHERE person_id = $1 AND type IN ('reintegration_track1', 'reintegration_track2')",
        [personId],
      );
      for (const { id } of cases) {
        const rows = current ? milestoneRows(id, current.timeline) : [];
        await m.query('DELETE FROM public.case_milestones WHERE case_id = $1 AND NOT (id = ANY($2::uuid[]))', [
          id,
          rows.map((r) => r.id),
        ]);
        if (rows.length === 0) continue;
        await m.query(
          `INSERT INTO public.case_milestones (id, case_id, kind, sequence, due_date, completed_on, state)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::int[], $5::date[], $6::date[], $7::varchar[])
           ON CONFLICT (case_id, kind, sequence) DO UPDATE
             SET id = EXCLUDED.id, due_date = EXCLUDED.due_date, completed_on = EXCLUDED.completed_on, state = EXCLUDED.state`,
          [
            rows.map((r) => r.id),
            rows.map((r) => r.caseId),
            rows.map((r) => r.kind),
            rows.map((r) => r.sequence),
            rows.map((r) => r.dueDate),
            rows.map((r) => r.completedOn),
            rows.map((r) => r.state),
          ],
        );
      }
    };
    if (manager) await run(manager);
    else await this.dataSource.transaction(run);
  }

  /** Every person with a reintegration case still open: the daily job refreshes their projected and lapsing dates. */
  async refreshOpenCases(): Promise<number> {
    const people: Array<{ person_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT person_id FROM public.cases
        WHERE type IN ('reintegration_track1', 'reintegration_track2') AND status IN ('intake', 'active', 'on_hold')`,
    );
    for (const { person_id } of people) await this.refreshPerson(person_id);
    return people.length;
  }

  /**
   * `GET /cases/:id/milestones`: the whole timeline for the assigned staff and the participant; the employer's
   * duties for the client (employerMilestones: no basis that reveals health data, no evidence). 404 outside
   * reach; 403 for a caller who may read the case but not its milestones.
   */
  async forCase(user: AuthenticatedUser, caseId: string): Promise<{ personId: string; items: CaseMilestoneView[] }> {
    const access = await this.caseAccess.reach(user, caseId, 'read_milestones', 'read');
    const actors = access.action === 'read_milestones' ? visibleMilestoneActors(user.ability, access.subject) : [];
    if (actors.length === 0)
      throw apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Milestones are not available to your role');
    const { row } = access;
    const current = isReintegration(row.type as CaseType)
      ? await this.current(row.person_id, amsterdamToday(new Date()))
      : null;
    if (!current) return { personId: row.person_id, items: [] };
    const idOf = (kind: TimelineMilestoneKind, sequence: number) =>
      milestoneId(caseId, current.period.sequence, kind, sequence);
    const everyActor = MILESTONE_ACTORS.every((actor) => actors.includes(actor));
    if (!everyActor) {
      // Built field by field from the employer's view: nothing the timeline may gain later leaves by accident.
      const items = actors.includes('employer') ? employerMilestones(current.timeline) : [];
      return {
        personId: row.person_id,
        items: items.map((m) => ({
          id: idOf(m.kind, m.sequence),
          kind: m.kind,
          sequence: m.sequence,
          dueDate: m.dueDate,
          completedOn: m.completedOn,
          state: m.state,
          actor: 'employer',
          basis: m.basis,
          evidence: null,
        })),
      };
    }
    return {
      personId: row.person_id,
      items: current.timeline.milestones.map((m) => {
        const completion = current.completions.find((c) => c.kind === m.kind && c.sequence === m.sequence);
        return {
          id: idOf(m.kind, m.sequence),
          kind: m.kind,
          sequence: m.sequence,
          dueDate: m.dueDate,
          completedOn: m.completedOn,
          state: m.state,
          actor: m.actor,
          basis: m.basis,
          // Evidence is a record of the case it was recorded in; the person's other case shows the date only.
          evidence: completion?.case_id === caseId ? evidenceOf(completion) : null,
        };
      }),
    };
  }

  /**
   * `PATCH /cases/:id/milestones/:milestoneId`: marks the milestone done (a previous completion is kept, undone)
   * or, with `completedOn: null` and a reason, undoes it. The change, its access event and the materialised
   * rows commit together.
   */
  async complete(
    user: AuthenticatedUser,
    caseId: string,
    id: string,
    input: MilestoneCompletionDto,
    request: Request,
  ): Promise<{ personId: string; item: CaseMilestoneView }> {
    const access = await this.caseAccess.reach(user, caseId, 'complete_milestones');
    access.assertWritable();
    const personId = access.row.person_id;
    const today = amsterdamToday(new Date());
    const current = isReintegration(access.row.type as CaseType) ? await this.current(personId, today) : null;
    const milestone = current?.timeline.milestones.find(
      (m) => milestoneId(caseId, current.period.sequence, m.kind, m.sequence) === id,
    );
    if (!current || !milestone) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Milestone not found');
    if (MILESTONE_ACTOR[milestone.kind] === 'uwv')
      throw apiError(
        HttpStatus.CONFLICT,
        'MILESTONE_NOT_COMPLETABLE',
        "UWV's own steps and the end of the waiting period cannot be marked done",
      );

    const undo = input.completedOn === null;
    let evidence: { key: EvidenceKey; id: string } | null = null;
    if (undo) {
      if (!input.reason)
        throw invalidInput({ field: 'reason', code: 'REQUIRED', message: 'reason is required to undo a completion' });
    } else {
      const completedOn = input.completedOn as string;
      if (completedOn > today)
        throw invalidInput({
          field: 'completedOn',
          code: 'DATE_IN_FUTURE',
          message: 'completedOn cannot be in the future',
        });
      if (completedOn < current.period.firstSickDay)
        throw invalidInput({
          field: 'completedOn',
          code: 'DATE_TOO_EARLY',
          params: { min: current.period.firstSickDay },
          message: 'completedOn cannot be before the first day of illness',
        });
      const named = (Object.keys(EVIDENCE_TABLES) as EvidenceKey[]).filter((key) => input.evidence?.[key]);
      if (named.length > 1)
        throw invalidInput({
          field: 'evidence',
          code: 'INVALID_FORMAT',
          message: 'evidence names one of reportId, documentId or activityId',
        });
      if (named.length === 1) {
        const key = named[0];
        evidence = { key, id: input.evidence?.[key] as string };
        const [found] = await this.dataSource.query(
          `SELECT 1 FROM ${EVIDENCE_TABLES[key]} WHERE id = $1 AND case_id = $2`,
          [evidence.id, caseId],
        );
        if (!found)
          throw invalidInput({
            field: `evidence.${key}`,
            code: 'UNKNOWN_REFERENCE',
            message: `evidence.${key} names no record of this case`,
          });
      }
    }

    await this.dataSource.transaction(async (manager) => {
      // One change per person at a time: the current completion read here is the one replaced.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 16))', [personId]);
      const [active]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM public.milestone_completions
          WHERE person_id = $1 AND period_sequence = $2 AND kind = $3 AND sequence = $4 AND undone_at IS NULL`,
        [personId, current.period.sequence, milestone.kind, milestone.sequence],
      );
      if (undo && !active) throw apiError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_CHANGE', 'The milestone is not done');
      if (active) {
        const reason = input.reason ?? null;
        const sealed = reason
          ? await this.fields.seal(
              MilestoneCompletion,
              Object.assign(new MilestoneCompletion(), { id: active.id, personId, undoReason: reason }),
            )
          : null;
        await manager.query(
          'UPDATE public.milestone_completions SET undone_at = now(), undone_by = $2, undo_reason = $3 WHERE id = $1',
          [active.id, user.id, sealed?.undoReason ?? null],
        );
      }
      if (!undo) {
        await manager.getRepository(MilestoneCompletion).insert({
          id: randomUUID(),
          personId,
          periodSequence: current.period.sequence,
          kind: milestone.kind,
          sequence: milestone.sequence,
          completedOn: input.completedOn as string,
          caseId,
          evidenceReportId: evidence?.key === 'reportId' ? evidence.id : null,
          evidenceDocumentId: evidence?.key === 'documentId' ? evidence.id : null,
          evidenceActivityId: evidence?.key === 'activityId' ? evidence.id : null,
          completedBy: user.id,
          undoneAt: null,
          undoneBy: null,
          undoReason: null,
        });
      }
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'case_milestones',
          resourceId: id,
          caseId,
          personIds: [personId],
          fields: undo ? ['completedOn', 'reason'] : ['completedOn', ...(evidence ? ['evidence'] : [])],
        },
        manager,
      );
      await this.refreshPerson(personId, manager);
    });

    const { items } = await this.forCase(user, caseId);
    const item = items.find((m) => m.id === id);
    if (!item) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Milestone not found');
    return { personId, item };
  }
}
