import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FileBlobStore, KeyRing } from '@spoor/crypto';
import type { ErasureRefusalReason } from '@spoor/domain';
import type { DataSource, EntityManager } from 'typeorm';
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

/**
 * Erasure (AVG art. 17): the person's data keys are destroyed in both rings (crypto-shredding reaches copies
 * and backups), content rows are deleted, documents removed. Cases keep only their administrative shell
 * (reference, type, dates) and the access log keeps its events, which never held content.
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @Inject(PROCESS_KEY_RING) private readonly processRing: KeyRing,
    @Inject(DOCUMENT_STORE) private readonly documents: FileBlobStore,
    private readonly specialFile: HealthDataService,
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

  async erase(personId: string): Promise<ErasureResult> {
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
    const specialRecords = await this.specialFile.erasePerson(personId);
    const counts = await this.app.transaction(async (manager) => {
      const remove = async (table: string) =>
        Number((await manager.query(`DELETE FROM public.${table} WHERE person_id = $1`, [personId]))[1] ?? 0);
      const progressReports = await remove('progress_reports');
      const activities = await remove('activities');
      const documents = await remove('process_documents');
      await remove('break_glass_grants');
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
