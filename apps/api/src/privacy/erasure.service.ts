import { randomUUID } from 'node:crypto';
import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FileBlobStore, KeyRing } from '@spoor/crypto';
import type { ErasureRefusalReason, PrivacyRequestOutcome } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { systemActor } from '../security/system-actor';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { DOCUMENT_STORE, PROCESS_FIELDS, PROCESS_KEY_RING } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { shredSubjectInRing } from '../platform/crypto/shred';
import { apiError } from '../platform/http/api-error';
import { HealthDataService } from '../special-file/health-data.service';
import { ERASURE_STEPS, ErasurePlan, type ErasureStep, type ErasureStepState } from './erasure-plan.entity';
import { ExportDeliveriesService } from './export-deliveries.service';
import { PrivacyRequest } from './privacy-request.entity';

export interface ErasureResult {
  cases: number;
  progressReports: number;
  activities: number;
  documents: number;
  specialRecords: number;
  keysDestroyed: number;
}

/** Who carries an erasure out, for its access events. */
export interface ErasureActor {
  user: AuthenticatedUser;
  request: Request;
  /** Why (NEN 7513): the data subject's request by default, `retention` for the retention run. */
  purpose?: string;
}

/** What resuming open plans did (numbers only: the daily job and the start log them). */
export interface ErasureResumeResult {
  completed: number;
  /** Plans that stopped again (a stage failed, or a legal hold now blocks them); they stay open. */
  stopped: number;
  /** Plans another instance (or request) was carrying out at that moment. */
  busy: number;
}

/**
 * Test hook: `SPOOR_CRASH_AFTER_ERASURE_STEP=<stage>` kills the process (SIGKILL, as `kill -9`) right after that
 * stage committed — `accepted` or one of ERASURE_STEPS — so the crash-recovery suite can stop an erasure at each
 * stage deterministically. Never honoured in production.
 */
export const ERASURE_CRASH_VARIABLE = 'SPOOR_CRASH_AFTER_ERASURE_STEP';
export type ErasureStage = 'accepted' | ErasureStep;

/**
 * What stopped a plan, for its row and the log: an API error's stable code (`SERVICE_UNAVAILABLE`,
 * `ERASURE_REFUSED`), otherwise the error's name. Never a message: it could quote a statement or name a case.
 */
function failureOf(error: unknown): string {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    const code = typeof body === 'object' && body && 'code' in body ? String(body.code) : undefined;
    return code ?? String(error.getStatus());
  }
  return error instanceof Error ? error.name : 'unknown';
}

/** First key of the advisory lock that lets one executor at a time carry a plan out (the second: the plan). */
const PLAN_LOCK = "hashtext('spoor-erasure-plan')";

/**
 * Erasure (AVG art. 17): the person's data keys are destroyed in both rings (crypto-shredding reaches copies
 * and backups), content rows are deleted, documents removed. Cases keep only their administrative shell
 * (reference, type, dates) and the access log keeps its events, which never held content.
 *
 * The work spans two databases roles and a file store, so no single transaction can hold it. Instead a
 * **durable plan** (`public.erasure_plans`) is written first, in the transaction that accepts the erasure and
 * records its access event (after the refusal check, under a lock on the person's cases); then every stage runs
 * in its own transaction, one schema at a time, and marks itself done (the process and delivery stages in the
 * same transaction as their work). Every stage is safe to run twice. The plan — and its privacy request — is
 * completed only when every stage is done. A crash, a lost connection or a failing stage leaves the plan open:
 * completing the request again, the API's start and the periodic resume (jobs/) carry out what is left.
 * A legal hold placed while a plan is open stops it before its next stage until the hold is lifted.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('Erasure');
  private readonly crashAfter: string | undefined;

  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @Inject(PROCESS_KEY_RING) private readonly processRing: KeyRing,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    @Inject(DOCUMENT_STORE) private readonly documents: FileBlobStore,
    private readonly specialFile: HealthDataService,
    private readonly deliveries: ExportDeliveriesService,
    private readonly accessLog: AccessLogService,
    @InjectConfig() config: AppConfig,
  ) {
    this.crashAfter = config.nodeEnv === 'production' ? undefined : process.env[ERASURE_CRASH_VARIABLE] || undefined;
  }

  /**
   * Reasons erasure must be refused now (art. 17(3)): a legal hold, or a programme still running. With a
   * transaction, the person's cases are locked (FOR SHARE) until it ends: a legal hold placed meanwhile waits.
   */
  async refusals(
    personId: string,
    manager?: EntityManager,
  ): Promise<Array<ErasureRefusalReason & { message: string }>> {
    const cases: Array<{ reference: string; status: string; legal_hold: boolean }> = await (manager ?? this.app).query(
      `SELECT reference, status, legal_hold FROM public.cases WHERE person_id = $1 ORDER BY reference${manager ? ' FOR SHARE' : ''}`,
      [personId],
    );
    const reasons: Array<ErasureRefusalReason & { message: string }> = [];
    for (const c of cases) {
      if (c.legal_hold)
        reasons.push({
          code: 'ERASURE_LEGAL_HOLD',
          caseReference: c.reference,
          message: `case ${c.reference} is under a legal hold`,
        });
      else if (c.status !== 'completed' && c.status !== 'cancelled') {
        reasons.push({
          code: 'ERASURE_RETENTION',
          caseReference: c.reference,
          message: `case ${c.reference} is still running; its file must be kept while the programme lasts (Wet verbetering poortwachter)`,
        });
      }
    }
    return reasons;
  }

  private async refuseIfBlocked(personId: string, manager?: EntityManager): Promise<void> {
    const reasons = await this.refusals(personId, manager);
    if (!reasons.length) return;
    throw apiError(
      HttpStatus.CONFLICT,
      'ERASURE_REFUSED',
      `erasure refused: ${reasons.map((reason) => reason.message).join('; ')}`,
      { reasons: reasons.map(({ code, caseReference }) => ({ code, caseReference })) },
    );
  }

  /**
   * Erases a person without a request (the retention run). `by` names who erases, for the access events;
   * without it they name Spoor itself. An open plan for the person is carried out instead of a new one.
   */
  async erase(personId: string, by?: ErasureActor): Promise<ErasureResult> {
    const actor = this.actorOf(by);
    const planId = await this.accept({ personId, requestId: null, outcome: null, note: null }, actor);
    return this.carryOut(planId, actor, { wait: true });
  }

  /**
   * Completing a granted erasure request: the plan is accepted (or, when it was before, picked up again) and
   * carried out; the request is completed with the plan's last stage. A stage that fails leaves both open.
   */
  async eraseForRequest(
    request: PrivacyRequest,
    outcome: PrivacyRequestOutcome,
    note: string,
    by: ErasureActor,
  ): Promise<ErasureResult> {
    const actor = this.actorOf(by);
    const planId = await this.accept({ personId: request.personId, requestId: request.id, outcome, note }, actor);
    return this.carryOut(planId, actor, { wait: true });
  }

  /**
   * Carries out every open plan (the API's start and the periodic job): each under its own lock, as Spoor
   * itself, with the plan's own purpose. A plan that stops again stays open for the next try.
   */
  async resumeOpen(): Promise<ErasureResumeResult> {
    const open: Array<{ id: string; purpose: string }> = await this.app.query(
      'SELECT id, purpose FROM public.erasure_plans WHERE completed_at IS NULL ORDER BY created_at',
    );
    const result: ErasureResumeResult = { completed: 0, stopped: 0, busy: 0 };
    for (const plan of open) {
      const actor = this.actorOf({ ...systemActor('privacy_officer', 'erasure-resume'), purpose: plan.purpose });
      try {
        if (await this.carryOut(plan.id, actor, { wait: false })) result.completed++;
        else result.busy++;
      } catch (error) {
        result.stopped++;
        // The plan id and the error's code or name only: a message could name a case.
        this.logger.warn(`erasure plan ${plan.id} stopped: ${failureOf(error)}`);
      }
    }
    return result;
  }

  /** Restriction (art. 18): the person's cases are frozen against writes until lifted. */
  /** Freezes (or frees) the person's cases; pass the transaction whose access event must commit with it. */
  async restrict(personId: string, restricted: boolean, manager?: EntityManager): Promise<number> {
    const [, count] = await (manager ?? this.app).query(
      'UPDATE public.cases SET processing_restricted = $2, version = version + 1 WHERE person_id = $1',
      [personId, restricted],
    );
    return Number(count ?? 0);
  }

  private actorOf(by?: ErasureActor): Required<ErasureActor> {
    const { user, request } = by ?? systemActor('privacy_officer', 'erasure');
    return { user, request, purpose: by?.purpose ?? 'data_subject_request' };
  }

  private crashPoint(stage: ErasureStage): void {
    if (this.crashAfter === stage) process.kill(process.pid, 'SIGKILL');
  }

  /**
   * The plan, written with its access event in one transaction: refused (409, nothing written) under a legal
   * hold or while a programme runs. An erasure accepted before (the same request, or for retention an open plan
   * of the person) is returned instead.
   */
  private async accept(
    input: { personId: string; requestId: string | null; outcome: PrivacyRequestOutcome | null; note: string | null },
    actor: Required<ErasureActor>,
  ): Promise<string> {
    const { personId, requestId } = input;
    const existing = async (manager: EntityManager | DataSource): Promise<string | undefined> => {
      const [row]: Array<{ id: string }> = requestId
        ? await manager.query('SELECT id FROM public.erasure_plans WHERE request_id = $1', [requestId])
        : await manager.query(
            'SELECT id FROM public.erasure_plans WHERE person_id = $1 AND completed_at IS NULL ORDER BY created_at LIMIT 1',
            [personId],
          );
      return row?.id;
    };
    if (!(await existing(this.app))) await this.refuseIfBlocked(personId);
    // Blob ids of the health documents, through the special file's narrow door (before the transaction). A file
    // stored after this moment loses its row in the `special` stage and goes with the daily orphan sweep.
    const healthBlobs = await this.specialFile.documentBlobIds(personId);
    let accepted = false;
    const planId = await this.app.transaction(async (manager) => {
      if (requestId) {
        // Two officers completing the same request at once: the second waits for this row lock.
        const [locked] = await manager.query('SELECT status FROM public.privacy_requests WHERE id = $1 FOR UPDATE', [
          requestId,
        ]);
        if (locked?.status === 'completed')
          throw apiError(HttpStatus.CONFLICT, 'PRIVACY_REQUEST_COMPLETED', 'the request is already completed');
      }
      const before = await existing(manager);
      if (before) return before;
      await this.refuseIfBlocked(personId, manager);
      const processBlobs: Array<{ blob_id: string }> = await manager.query(
        'SELECT blob_id FROM public.process_documents WHERE person_id = $1',
        [personId],
      );
      const plan = await this.fields.seal(
        ErasurePlan,
        Object.assign(new ErasurePlan(), {
          id: randomUUID(),
          requestId,
          personId,
          purpose: actor.purpose,
          acceptedBy: actor.user.id,
          outcome: input.outcome,
          completionNote: input.note,
          blobIds: [...new Set([...processBlobs.map((row) => row.blob_id), ...healthBlobs])],
          steps: ERASURE_STEPS.map((step): ErasureStepState => ({ step, doneAt: null, counts: {} })),
          failures: 0,
          lastFailure: null,
          createdAt: new Date(),
          completedAt: null,
        }),
      );
      // No event, no erasure: the plan and its event commit together.
      await this.accessLog.record(
        actor.user,
        actor.request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'erasure_plan',
          resourceId: plan.id,
          personIds: [personId],
          purpose: actor.purpose,
          fields: [...ERASURE_STEPS],
        },
        manager,
      );
      await manager.getRepository(ErasurePlan).insert(plan);
      accepted = true;
      return plan.id;
    });
    if (accepted) this.crashPoint('accepted');
    return planId;
  }

  /**
   * Runs the plan's open stages in order, then completes it. One executor at a time per plan (an advisory lock
   * held on a connection of its own for the whole run; a killed process loses it with its connection). `wait`:
   * queue behind a running executor (then find the plan done); otherwise answer null at once.
   */
  private async carryOut(
    planId: string,
    actor: Required<ErasureActor>,
    options: { wait: true },
  ): Promise<ErasureResult>;
  private async carryOut(
    planId: string,
    actor: Required<ErasureActor>,
    options: { wait: false },
  ): Promise<ErasureResult | null>;
  private async carryOut(
    planId: string,
    actor: Required<ErasureActor>,
    { wait }: { wait: boolean },
  ): Promise<ErasureResult | null> {
    const holder = this.app.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      if (wait) await holder.query(`SELECT pg_advisory_xact_lock(${PLAN_LOCK}, hashtext($1))`, [planId]);
      else {
        const [{ locked }] = await holder.query(
          `SELECT pg_try_advisory_xact_lock(${PLAN_LOCK}, hashtext($1)) AS locked`,
          [planId],
        );
        if (!locked) return null;
      }
      let plan = await this.app.getRepository(ErasurePlan).findOneByOrFail({ id: planId });
      let current: ErasureStep | 'complete' = 'complete';
      try {
        for (const state of plan.steps) {
          if (state.doneAt) continue;
          current = state.step;
          await this.refuseIfBlocked(plan.personId);
          await this.runStep(plan, state.step, actor);
          this.crashPoint(state.step);
        }
        current = 'complete';
        plan = await this.app.getRepository(ErasurePlan).findOneByOrFail({ id: planId });
        if (!plan.completedAt) await this.complete(plan, actor);
      } catch (error) {
        await this.app
          .query(
            'UPDATE public.erasure_plans SET failures = failures + 1, last_failure = $2 WHERE id = $1 AND completed_at IS NULL',
            [planId, `${current}: ${failureOf(error)}`.slice(0, 120)],
          )
          .catch(() => undefined);
        throw error;
      }
      return this.resultOf(await this.app.getRepository(ErasurePlan).findOneByOrFail({ id: planId }));
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction().catch(() => undefined);
      await holder.release();
    }
  }

  /** Marks a stage done, in the transaction that did its work (or in its own, after work outside PostgreSQL). */
  private async markDone(
    manager: EntityManager,
    planId: string,
    step: ErasureStep,
    counts: Record<string, number>,
  ): Promise<void> {
    const [row]: Array<{ steps: ErasureStepState[] }> = await manager.query(
      'SELECT steps FROM public.erasure_plans WHERE id = $1 FOR UPDATE',
      [planId],
    );
    const steps = row.steps.map((state) =>
      state.step === step ? { ...state, doneAt: new Date().toISOString(), counts } : state,
    );
    await manager.query('UPDATE public.erasure_plans SET steps = $2::jsonb WHERE id = $1', [
      planId,
      JSON.stringify(steps),
    ]);
  }

  private async runStep(plan: ErasurePlan, step: ErasureStep, actor: Required<ErasureActor>): Promise<void> {
    const { personId } = plan;
    const { user, request, purpose } = actor;
    switch (step) {
      case 'special': {
        // In the special file's own transaction, its event first (as `spoor_special`); deleting again deletes
        // nothing. Marked done here afterwards: a crash in between only runs it once more.
        const specialRecords = await this.specialFile.erasePerson(personId, (special) =>
          this.accessLog.record(
            user,
            request,
            {
              action: 'delete',
              outcome: 'allowed',
              resource: 'special_file_erasure',
              resourceId: personId,
              personIds: [personId],
              purpose,
              fields: ['healthRecord', 'fml', 'occupationalAssessments', 'uwvOpinions', 'healthDocuments', 'dataKeys'],
            },
            special,
          ),
        );
        await this.app.transaction((manager) => this.markDone(manager, plan.id, step, { specialRecords }));
        return;
      }
      case 'process':
        await this.app.transaction(async (manager) => {
          // Under the cases' lock: a legal hold placed since the plan was accepted stops it here.
          await this.refuseIfBlocked(personId, manager);
          await this.accessLog.record(
            user,
            request,
            {
              action: 'delete',
              outcome: 'allowed',
              resource: 'person_erasure',
              resourceId: personId,
              personIds: [personId],
              purpose,
              fields: [
                'progressReports',
                'activities',
                'processDocuments',
                'milestones',
                'exportDeliveries',
                'account',
                'dataKeys',
              ],
            },
            manager,
          );
          const remove = async (table: string) =>
            Number((await manager.query(`DELETE FROM public.${table} WHERE person_id = $1`, [personId]))[1] ?? 0);
          const progressReports = await remove('progress_reports');
          const activities = await remove('activities');
          const processDocuments = await remove('process_documents');
          await remove('break_glass_grants');
          await remove('milestone_completions');
          await manager.query(
            'DELETE FROM public.case_milestones WHERE case_id IN (SELECT id FROM public.cases WHERE person_id = $1)',
            [personId],
          );
          await manager.query('UPDATE public.people SET erased_at = coalesce(erased_at, now()) WHERE id = $1', [
            personId,
          ]);
          await manager.query(
            'UPDATE public.users SET disabled_at = coalesce(disabled_at, now()), password_hash = NULL WHERE person_id = $1',
            [personId],
          );
          await manager.query(
            'DELETE FROM public.sessions WHERE user_id IN (SELECT id FROM public.users WHERE person_id = $1)',
            [personId],
          );
          const [{ cases }] = await manager.query(
            'SELECT count(*)::int AS cases FROM public.cases WHERE person_id = $1',
            [personId],
          );
          await this.markDone(manager, plan.id, step, { cases, progressReports, activities, processDocuments });
        });
        return;
      case 'documents': {
        // Removing a file that is already gone is no error: safe to repeat.
        for (const blobId of plan.blobIds) await this.documents.remove(blobId);
        await this.app.transaction((manager) =>
          this.markDone(manager, plan.id, step, { documents: plan.blobIds.length }),
        );
        return;
      }
      case 'keys': {
        // Shredding tombstones what is still live; a second run finds nothing left to destroy.
        let keysDestroyed = 0;
        const accounts: Array<{ id: string }> = await this.app.query(
          'SELECT id FROM public.users WHERE person_id = $1',
          [personId],
        );
        for (const subject of [personId, ...accounts.map((account) => account.id)]) {
          keysDestroyed += (await shredSubjectInRing('p', this.processRing, this.app, subject)).keys;
          keysDestroyed += await this.specialFile.shredSubject(subject);
        }
        await this.app.transaction((manager) => this.markDone(manager, plan.id, step, { keysDestroyed }));
        return;
      }
      case 'export_deliveries':
        await this.app.transaction(async (manager) => {
          const exportDeliveries = await this.deliveries.removeForPerson(personId, manager);
          await this.markDone(manager, plan.id, step, { exportDeliveries });
        });
        return;
    }
  }

  /** Every stage done: the plan is completed, and its request with it (the note moved under the officer's key). */
  private async complete(plan: ErasurePlan, actor: Required<ErasureActor>): Promise<void> {
    const note = plan.completionNote ? (await this.fields.open(ErasurePlan, plan)).completionNote : null;
    const sealed = plan.requestId
      ? await this.fields.seal(
          PrivacyRequest,
          Object.assign(new PrivacyRequest(), { id: plan.requestId, personId: plan.acceptedBy, completionNote: note }),
        )
      : null;
    await this.app.transaction(async (manager) => {
      const [row] = await manager.query('SELECT completed_at FROM public.erasure_plans WHERE id = $1 FOR UPDATE', [
        plan.id,
      ]);
      if (row.completed_at) return;
      await manager.query(
        'UPDATE public.erasure_plans SET completed_at = now(), completion_note = NULL WHERE id = $1',
        [plan.id],
      );
      if (!plan.requestId || !sealed) return;
      const [, updated] = await manager.query(
        `UPDATE public.privacy_requests
            SET status = 'completed', completed_at = now(), outcome = $2, completion_note = $3, completed_by = $4,
                version = version + 1
          WHERE id = $1 AND status <> 'completed'`,
        [plan.requestId, plan.outcome ?? 'granted', sealed.completionNote, plan.acceptedBy],
      );
      if (!updated) return;
      await this.accessLog.record(
        actor.user,
        actor.request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'privacy_request',
          resourceId: plan.requestId,
          personIds: [plan.personId],
          purpose: actor.purpose,
          fields: ['status', 'outcome', 'completionNote', 'erasure'],
        },
        manager,
      );
    });
  }

  private resultOf(plan: ErasurePlan): ErasureResult {
    const counts: Record<string, number> = Object.assign({}, ...plan.steps.map((state) => state.counts));
    return {
      cases: counts['cases'] ?? 0,
      progressReports: counts['progressReports'] ?? 0,
      activities: counts['activities'] ?? 0,
      documents: counts['documents'] ?? 0,
      specialRecords: counts['specialRecords'] ?? 0,
      keysDestroyed: counts['keysDestroyed'] ?? 0,
    };
  }
}
