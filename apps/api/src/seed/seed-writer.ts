import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { CaseAssignment } from '../cases/case-assignment.entity';
import { Case } from '../cases/case.entity';
import { CaseMilestone } from '../cases/case-milestone.entity';
import { MilestoneCompletion } from '../poortwachter/milestone-completion.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Activity } from '../process-file/activity.entity';
import { ProcessDocument } from '../process-file/process-document.entity';
import { ProgressReport } from '../process-file/progress-report.entity';
import { FmlAssessment } from '../special-file/fml-assessment.entity';
import { HealthDocument } from '../special-file/health-document.entity';
import { HealthRecord } from '../special-file/health-record.entity';
import { OccupationalAssessment } from '../special-file/occupational-assessment.entity';
import { SicknessEvent } from '../special-file/sickness-event.entity';
import { UwvOpinion } from '../special-file/uwv-opinion.entity';
import { User } from '../users/user.entity';
import type { JobContext } from './seed-context';

type EntityClass = new () => object;

/** Insert order: parents before children (foreign keys are checked at once). */
const PROCESS_ORDER: EntityClass[] = [
  Organisation,
  Person,
  User,
  Case,
  CaseAssignment,
  CaseMilestone,
  MilestoneCompletion,
  ProgressReport,
  Activity,
  ProcessDocument,
];
const SPECIAL_ORDER: EntityClass[] = [
  HealthRecord,
  FmlAssessment,
  OccupationalAssessment,
  UwvOpinion,
  HealthDocument,
  SicknessEvent,
];

/**
 * Collects entities, seals their encrypted columns, and inserts them in multi-row batches in foreign-key
 * order. Used by the demo seed and the synthetic seed alike.
 */
export class SeedWriter {
  private readonly pending = new Map<EntityClass, object[]>();
  private count = 0;
  readonly inserted = new Map<string, number>();

  constructor(
    private readonly context: JobContext,
    private readonly batchSize = 1000,
  ) {}

  async add<T extends object>(entityClass: new () => T, values: Partial<T>): Promise<T> {
    const entity = Object.assign(new entityClass(), values);
    const sealed = await this.context.fields.seal(entityClass, entity);
    const list = this.pending.get(entityClass) ?? [];
    list.push(sealed);
    this.pending.set(entityClass, list);
    if (++this.count >= this.batchSize) await this.flush();
    return entity;
  }

  /** Encrypts a document into the store under the person's special-ring (or process-ring) key. */
  async storeDocument(
    ring: 'p' | 's',
    personId: string,
    content: Buffer,
    documentId: string,
  ): Promise<{ blobId: string; size: number }> {
    const keyRing = ring === 's' ? this.context.rings.special : this.context.rings.process;
    const { id: keyId, key } = await keyRing.dataKeyFor(personId);
    const scope = ring === 's' ? 'special/health_documents' : 'public/process_documents';
    const stored = await this.context.documents.write(Readable.from([content]), {
      ring,
      keyId,
      dataKey: key,
      context: () => `${scope}/${documentId}`,
    });
    return { blobId: stored.blobId, size: stored.size };
  }

  async flush(): Promise<void> {
    await this.flushInto(this.context.app, PROCESS_ORDER);
    await this.flushInto(this.context.special, SPECIAL_ORDER);
    this.count = 0;
  }

  private async flushInto(dataSource: DataSource, order: EntityClass[]): Promise<void> {
    for (const entityClass of order) {
      const rows = this.pending.get(entityClass);
      if (!rows?.length) continue;
      // Chunks keep each statement under PostgreSQL's 65,535-parameter limit.
      for (let i = 0; i < rows.length; i += 500) {
        await dataSource.getRepository(entityClass).insert(rows.slice(i, i + 500));
      }
      this.inserted.set(entityClass.name, (this.inserted.get(entityClass.name) ?? 0) + rows.length);
      this.pending.set(entityClass, []);
    }
  }
}

export const newId = (): string => randomUUID();
