import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { amsterdamToday, fmlRubriekenView, poortwachterTimeline, type FmlRubriek } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { CaseAccessService } from '../cases/case-access.service';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';
import { FmlAssessment } from './fml-assessment.entity';
import { HealthDocument } from './health-document.entity';
import { HealthRecord } from './health-record.entity';
import { findSetsPrepared } from '../platform/database/prepared-query';
import { OccupationalAssessment } from './occupational-assessment.entity';
import { SicknessEventsService } from './sickness-events.service';
import { UwvOpinion } from './uwv-opinion.entity';
import { SPECIAL_DATA_SOURCE, SPECIAL_FIELDS } from './special-file.tokens';

export interface SpecialFileResult {
  body: Record<string, unknown>;
  personId: string;
  fields: string[];
  breakGlass: boolean;
  breakGlassGrantId?: string;
}

/**
 * The special file (health data). Reads go through the `spoor_special` connection; which parts a caller gets
 * depends on the case abilities: the whole file (assigned labour expert, the participant, break-the-glass), or
 * only the functional capacities (assigned coach). Everyone else: 404 for a case out of reach, 403 otherwise.
 */
@Injectable()
export class SpecialFileService {
  constructor(
    @Inject(SPECIAL_DATA_SOURCE) private readonly special: DataSource,
    @Inject(SPECIAL_FIELDS) private readonly fields: EncryptedFields,
    private readonly caseAccess: CaseAccessService,
    private readonly sickness: SicknessEventsService,
  ) {}

  async read(user: AuthenticatedUser, caseId: string): Promise<SpecialFileResult> {
    // Reach: the whole file, its capacities, or (a client, say) the case without either: then 403, as before.
    const access = await this.caseAccess.reach(user, caseId, 'read_special_file', 'read_capacities', 'read');
    const { row } = access;
    const full = access.action === 'read_special_file';
    const capacitiesOnly = access.action === 'read_capacities';
    if (!full && !capacitiesOnly)
      throw apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'The special file is not available to your role');
    const breakGlass = full && access.breakGlass;
    const grantId = access.breakGlassGrantId ?? undefined;

    // One prepared statement for the whole special file (this is the labour expert's hottest read); the coach's
    // capacities view reads only the two sets it may see.
    const sets = capacitiesOnly
      ? await findSetsPrepared(
          this.special,
          {
            fml: { entity: FmlAssessment, order: 'x.assessed_on DESC' },
            assessments: { entity: OccupationalAssessment, order: 'x.report_date DESC' },
          },
          'x.case_id = $1',
          [caseId],
        )
      : await findSetsPrepared(
          this.special,
          {
            fml: { entity: FmlAssessment, order: 'x.assessed_on DESC' },
            assessments: { entity: OccupationalAssessment, order: 'x.report_date DESC' },
            records: { entity: HealthRecord },
            opinions: { entity: UwvOpinion, order: 'x.opinion_date DESC' },
            documents: { entity: HealthDocument, order: 'x.created_at DESC' },
          },
          'x.case_id = $1',
          [caseId],
        );
    const { fml, assessments } = sets;
    const openFml = await this.fields.openMany(FmlAssessment, fml);
    const openAssessments = await this.fields.openMany(OccupationalAssessment, assessments);
    // Known fields only, copied one by one: stored JSON never reaches a reader as it is (the coach included).
    const rubriekenOf = (value: string): FmlRubriek[] => {
      try {
        return fmlRubriekenView(JSON.parse(value));
      } catch {
        return [];
      }
    };

    if (capacitiesOnly) {
      const body = {
        caseId,
        scope: 'capacities',
        fml: openFml.map((f) => ({ id: f.id, assessedOn: f.assessedOn, rubrieken: rubriekenOf(f.rubrieken) })),
        occupationalAssessments: openAssessments.map((a) => ({
          id: a.id,
          reportDate: a.reportDate,
          suitableWork: a.suitableWork,
        })),
      };
      return {
        body,
        personId: row.person_id,
        fields: [
          'fml.assessedOn',
          'fml.rubrieken',
          'occupationalAssessments.reportDate',
          'occupationalAssessments.suitableWork',
        ],
        breakGlass: false,
      };
    }

    const whole = sets as unknown as { records: HealthRecord[]; opinions: UwvOpinion[]; documents: HealthDocument[] };
    const [record] = whole.records;
    const { opinions, documents } = whole;
    const openRecord = record ? await this.fields.open(HealthRecord, record) : null;
    const openOpinions = await this.fields.openMany(UwvOpinion, opinions);
    const openDocuments = await this.fields.openMany(HealthDocument, documents);
    const today = amsterdamToday(new Date());
    // The first day of illness of the person's current sickness period (the events), else the record's own.
    const period = (await this.sickness.periodsOf(row.person_id, today)).at(-1);
    const firstSickDay = period?.firstSickDay ?? openRecord?.firstSickDay ?? null;
    const body = {
      caseId,
      scope: 'full',
      firstSickDay,
      prognosis: openRecord?.prognosis ?? null,
      poortwachter: firstSickDay ? poortwachterTimeline(firstSickDay, today) : [],
      fml: openFml.map((f) => ({
        id: f.id,
        assessedOn: f.assessedOn,
        assessor: f.assessor,
        rubrieken: rubriekenOf(f.rubrieken),
        notes: f.notes,
      })),
      occupationalAssessments: openAssessments.map((a) => ({
        id: a.id,
        reportDate: a.reportDate,
        conclusionOwnWork: a.conclusionOwnWork,
        suitableWork: a.suitableWork,
        advice: a.advice,
      })),
      uwvOpinions: openOpinions.map((o) => ({
        id: o.id,
        kind: o.kind,
        opinionDate: o.opinionDate,
        outcome: o.outcome,
      })),
      documents: openDocuments.map((d) => ({
        id: d.id,
        kind: d.kind,
        filename: d.filename,
        contentType: d.contentType,
        sizeBytes: d.sizeBytes,
        uploadedAt: d.createdAt,
        href: `/api/documents/${d.id}/content`,
      })),
    };
    return {
      body,
      personId: row.person_id,
      fields: ['firstSickDay', 'prognosis', 'fml', 'occupationalAssessments', 'uwvOpinions', 'documents'],
      breakGlass,
      breakGlassGrantId: grantId,
    };
  }
}
