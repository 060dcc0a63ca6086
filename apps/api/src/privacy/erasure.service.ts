import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FileBlobStore, KeyRing } from '@spoor/crypto';
import type { ErasureRefusalReason } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { systemActor } from '../security/system-actor';
import { DOCUMENT_STORE, PROCESS_KEY_RING } from '../platform/crypto/crypto.module';
import { shredSubjectInRing } from '../platform/crypto/shred';
import { apiError } from '../platform/http/api-error';
import { HealthDataService } from '../special-file/health-data.service';

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

/**
 * Erasure (AVG art. 17): the person's data keys are destroyed in both rings (crypto-shredding reaches copies
 * and backups), content rows are deleted, documents removed. Cases keep only their administrative shell
 * (reference, type, dates) and the access log keeps its events, which never held content.
 *
 * No event, no erasure. The work spans two roles (two connections), so it runs in this order:
 *  1. the process transaction opens and writes its access event first, then deletes the process rows;
 *  2. inside it, the special transaction (HealthDataService) writes its own event as `spoor_special`, then
 *     deletes the special rows, and commits;
 *  3. the process transaction commits;
 *  4. only then the data keys are shredded and the documents removed (irreversible; every step is already
 *     on record).
 * Either event failing rolls back both transactions: 503, nothing changed. The one gap left is a process
 * commit failing after the special one (a lost connection): then the special rows are gone with their own
 * event, the request stays open, and erasing again completes it (every step is idempotent).
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @Inject(PROCESS_KEY_RING) private readonly processRing: KeyRing,
    @Inject(DOCUMENT_STORE) private readonly documents: FileBlobStore,
    private readonly specialFile: HealthDataService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Reasons erasure must be refused now (art. 17(3)): a legal hold, or a programme still running. */
  async refusals(personId: string): Promise<Array<ErasureRefusalReason & { message: string }>> {
    const cases: Array<{ reference: string; status: string; legal_hold: boolean }> = await this.app.query(
      'SELECT reference, status, legal_hold FROM public.cases WHERE person_id = $1 ORDER BY reference',
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

  /**
   * `by` names who erases, for the access events. Without it the events name Spoor itself (kept for callers
   * not yet passing it; pass the privacy officer and the request).
   */
  async erase(personId: string, by?: ErasureActor): Promise<ErasureResult> {
    const { user, request } = by ?? systemActor('privacy_officer', 'erasure');
    const purpose = by?.purpose ?? 'data_subject_request';
    const reasons = await this.refusals(personId);
    if (reasons.length) {
      throw apiError(
        HttpStatus.CONFLICT,
        'ERASURE_REFUSED',
        `erasure refused: ${reasons.map((reason) => reason.message).join('; ')}`,
        {
          reasons: reasons.map(({ code, caseReference }) => ({ code, caseReference })),
        },
      );
    }
    const processBlobs: Array<{ blob_id: string }> = await this.app.query(
      'SELECT blob_id FROM public.process_documents WHERE person_id = $1',
      [personId],
    );
    const healthBlobs = await this.specialFile.documentBlobIds(personId);
    let specialRecords = 0;
    const counts = await this.app.transaction(async (manager) => {
      // The event first: if it cannot be written, nothing below runs and the transaction rolls back (503).
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
      const documents = await remove('process_documents');
      await remove('break_glass_grants');
      // Deliveries of earlier access requests: their manifests still counted the person's health records.
      await remove('export_deliveries');
      await remove('milestone_completions');
      await manager.query(
        'DELETE FROM public.case_milestones WHERE case_id IN (SELECT id FROM public.cases WHERE person_id = $1)',
        [personId],
      );
      await manager.query('UPDATE public.people SET erased_at = now() WHERE id = $1', [personId]);
      await manager.query(
        'UPDATE public.users SET disabled_at = coalesce(disabled_at, now()), password_hash = NULL WHERE person_id = $1',
        [personId],
      );
      await manager.query(
        'DELETE FROM public.sessions WHERE user_id IN (SELECT id FROM public.users WHERE person_id = $1)',
        [personId],
      );
      const [{ cases }] = await manager.query('SELECT count(*)::int AS cases FROM public.cases WHERE person_id = $1', [
        personId,
      ]);
      // The special file last, in its own transaction with its own event (as `spoor_special`), committed just
      // before this one: a failure there rolls this one back too.
      specialRecords = await this.specialFile.erasePerson(personId, (special) =>
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
      return { progressReports, activities, documents, cases };
    });
    let keysDestroyed = 0;
    const accounts: Array<{ id: string }> = await this.app.query('SELECT id FROM public.users WHERE person_id = $1', [
      personId,
    ]);
    for (const subject of [personId, ...accounts.map((a) => a.id)]) {
      keysDestroyed += (await shredSubjectInRing('p', this.processRing, this.app, subject)).keys;
      keysDestroyed += await this.specialFile.shredSubject(subject);
    }
    for (const blobId of [...processBlobs.map((b) => b.blob_id), ...healthBlobs]) await this.documents.remove(blobId);
    return {
      cases: counts.cases,
      progressReports: counts.progressReports,
      activities: counts.activities,
      documents: counts.documents + healthBlobs.length,
      specialRecords,
      keysDestroyed,
    };
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
}
