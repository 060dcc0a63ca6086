import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  adReportCoachView,
  amsterdamToday,
  coachCapacities,
  fmlRubriekenOf,
  fmlRubriekenView,
  migrateRubriekLevelFml,
  poortwachterTimeline,
  type AdReport,
  type AdReportView,
  type FmlAssessment as FmlFormModel,
  type FmlAssessmentView,
  type FmlRubriek,
  type FmlRubriekLevelView,
  type UwvDecision,
  type UwvDecisionView,
} from '@spoor/domain';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { CaseAccessService } from '../cases/case-access.service';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';
import { AdReportRecord } from './ad-report.entity';
import { FmlAssessment } from './fml-assessment.entity';
import { FmlFormAssessment } from './fml-form-assessment.entity';
import { HealthDocument } from './health-document.entity';
import { HealthRecord } from './health-record.entity';
import { findSetsPrepared } from '../platform/database/prepared-query';
import { OccupationalAssessment } from './occupational-assessment.entity';
import { SicknessEventsService } from './sickness-events.service';
import { UwvDecisionRecord } from './uwv-decision.entity';
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
            forms: { entity: FmlFormAssessment, order: 'x.assessed_on DESC' },
            assessments: { entity: OccupationalAssessment, order: 'x.report_date DESC' },
            adReports: { entity: AdReportRecord, order: 'x.reported_on DESC, x.created_at DESC' },
          },
          'x.case_id = $1',
          [caseId],
        )
      : await findSetsPrepared(
          this.special,
          {
            fml: { entity: FmlAssessment, order: 'x.assessed_on DESC' },
            forms: { entity: FmlFormAssessment, order: 'x.assessed_on DESC' },
            assessments: { entity: OccupationalAssessment, order: 'x.report_date DESC' },
            adReports: { entity: AdReportRecord, order: 'x.reported_on DESC, x.created_at DESC' },
            decisions: { entity: UwvDecisionRecord, order: 'x.created_at DESC' },
            records: { entity: HealthRecord },
            opinions: { entity: UwvOpinion, order: 'x.opinion_date DESC' },
            documents: { entity: HealthDocument, order: 'x.created_at DESC' },
          },
          'x.case_id = $1',
          [caseId],
        );
    const { fml, forms, assessments, adReports } = sets;
    const openFml = await this.fields.openMany(FmlAssessment, fml);
    const openForms = await this.fields.openMany(FmlFormAssessment, forms);
    const openAssessments = await this.fields.openMany(OccupationalAssessment, assessments);
    const openAdReports = await this.fields.openMany(AdReportRecord, adReports);
    // Known fields only, copied one by one: stored JSON never reaches a reader as it is (the coach included).
    const rubriekenOf = (value: string): FmlRubriek[] => {
      try {
        return fmlRubriekenView(JSON.parse(value));
      } catch {
        return [];
      }
    };

    const fmlAssessments = fmlAssessmentsOf(openFml, openForms);
    // The rubriek-level view (older clients) of every FML: stored rubriek-level ones as they were, new ones derived.
    const formsAsRubrieken = openForms.flatMap((f) => {
      const assessment = parseJson<FmlFormModel>(f.assessment);
      return assessment ? [{ form: f, assessment }] : [];
    });

    if (capacitiesOnly) {
      const newest = fmlAssessments[0];
      const capacities = newest ? coachCapacities(newest.assessment) : null;
      const newestReport = openAdReports[0];
      const body = {
        caseId,
        scope: 'capacities',
        fml: [
          ...openFml.map((f) => ({ id: f.id, assessedOn: f.assessedOn, rubrieken: rubriekenOf(f.rubrieken) })),
          ...formsAsRubrieken.map(({ form, assessment }) => ({
            id: form.id,
            assessedOn: form.assessedOn,
            rubrieken: fmlRubriekenOf(assessment),
          })),
        ].sort(byAssessedOnDesc),
        // Structured and whitelisted by the domain (no free text, fails closed to null).
        capacities: newest && capacities ? { assessedOn: newest.assessedOn, capacities } : null,
        adReport: newestReport ? adReportCoachView(parseJson<AdReport>(newestReport.report)) : null,
      };
      return {
        body,
        personId: row.person_id,
        fields: ['fml.assessedOn', 'fml.rubrieken', 'capacities', 'adReport'],
        breakGlass: false,
      };
    }

    const whole = sets as unknown as {
      records: HealthRecord[];
      opinions: UwvOpinion[];
      documents: HealthDocument[];
      decisions: UwvDecisionRecord[];
    };
    const [record] = whole.records;
    const { opinions, documents, decisions } = whole;
    const openDecisions = await this.fields.openMany(UwvDecisionRecord, decisions);
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
      fml: [
        ...openFml.map(
          (f): FmlRubriekLevelView => ({
            id: f.id,
            assessedOn: f.assessedOn,
            assessor: f.assessor,
            rubrieken: rubriekenOf(f.rubrieken),
            notes: f.notes,
          }),
        ),
        ...formsAsRubrieken.map(
          ({ form, assessment }): FmlRubriekLevelView => ({
            id: form.id,
            assessedOn: form.assessedOn,
            rubrieken: fmlRubriekenOf(assessment),
            notes: assessment.explanation ?? null,
          }),
        ),
      ].sort(byAssessedOnDesc),
      fmlAssessments,
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
      adReports: openAdReports.flatMap((r): AdReportView[] => {
        const report = parseJson<AdReport>(r.report);
        return report
          ? [{ id: r.id, reportedOn: r.reportedOn, report, recordedAt: new Date(r.createdAt).toISOString() }]
          : [];
      }),
      uwvDecisions: openDecisions.flatMap((d): UwvDecisionView[] => {
        const decision = parseJson<UwvDecision>(d.decision);
        return decision ? [{ id: d.id, decision, recordedAt: new Date(d.createdAt).toISOString() }] : [];
      }),
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
      fields: [
        'firstSickDay',
        'prognosis',
        'fml',
        'fmlAssessments',
        'occupationalAssessments',
        'uwvOpinions',
        'adReports',
        'uwvDecisions',
        'documents',
      ],
      breakGlass,
      breakGlassGrantId: grantId,
    };
  }
}

function parseJson<T>(value: string): T | null {
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

function byAssessedOnDesc(a: { assessedOn: string }, b: { assessedOn: string }): number {
  return a.assessedOn < b.assessedOn ? 1 : a.assessedOn > b.assessedOn ? -1 : 0;
}

/**
 * Every FML of the case in the form model, newest first (by date, then by when it was recorded). The
 * rubriek-level FMLs stored before issue 16 are converted here, at read time (migrateRubriekLevelFml, marked
 * `rubriek_only`; their notes become the explanation): the stored original stays as it is, so the conversion
 * loses nothing and can be improved later. One that the old validation refuses is left out here (it still shows
 * in `fml`).
 */
function fmlAssessmentsOf(stored: readonly FmlAssessment[], forms: readonly FmlFormAssessment[]): FmlAssessmentView[] {
  const views: FmlAssessmentView[] = [];
  for (const f of forms) {
    const assessment = parseJson<FmlFormModel>(f.assessment);
    if (assessment)
      views.push({ id: f.id, assessedOn: f.assessedOn, assessment, recordedAt: new Date(f.createdAt).toISOString() });
  }
  for (const f of stored) {
    const migrated = migrateRubriekLevelFml(parseJson<unknown>(f.rubrieken));
    if (!migrated.ok) continue;
    const assessment: FmlFormModel = f.notes ? { ...migrated.assessment, explanation: f.notes } : migrated.assessment;
    views.push({ id: f.id, assessedOn: f.assessedOn, assessment, recordedAt: new Date(f.createdAt).toISOString() });
  }
  return views.sort(
    (a, b) => byAssessedOnDesc(a, b) || (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0),
  );
}
