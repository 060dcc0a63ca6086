import type { Faker } from '@faker-js/faker';
import {
  ACTIVITY_KINDS,
  FML_CAPACITIES,
  FML_RUBRIEKEN,
  addDays,
  formatIsoDate,
  isReintegration,
  type CaseStatus,
  type CaseType,
  type FmlRubriek,
} from '@spoor/domain';
import { CaseAssignment } from '../cases/case-assignment.entity';
import { Case } from '../cases/case.entity';
import { CaseMilestone } from '../cases/case-milestone.entity';
import { MilestoneCompletion } from '../poortwachter/milestone-completion.entity';
import { milestoneRows } from '../poortwachter/milestone-rows';
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
import { demoPdf } from './demo-pdf';
import { seedSickness } from './seed-sickness';
import { newId, type SeedWriter } from './seed-writer';

export interface CaseSpec {
  reference: string;
  type: CaseType;
  status: CaseStatus;
  organisationId: string;
  coachId: string | null;
  labourExpertId: string | null;
  /** Use this person instead of generating one (the demo participant). */
  person?: Partial<Person> & { id: string };
  /** Give a reintegration case a full special file (FML, AD report, UWV opinion, PDF documents). */
  fullSpecialFile?: boolean;
  /** Generate PDF documents (slower; the synthetic seed leaves them out). */
  withDocuments?: boolean;
  adminId: string;
}

const REPORT_TOPICS = [
  [
    'Intake en verkenning',
    'Kennismaking, wensen en mogelijkheden in kaart gebracht. Afspraken gemaakt over frequentie van de gesprekken.',
  ],
  [
    'Voortgang eerste periode',
    'Wekelijkse gesprekken gevoerd. Cv bijgewerkt en een netwerkoverzicht gemaakt; drie vacatures besproken.',
  ],
  [
    'Tussenevaluatie',
    'Betrokkene werkt aan de doelen uit het plan van aanpak. Opbouw in uren verloopt volgens afspraak.',
  ],
  ['Eindrapportage', 'Traject afgerond. Betrokkene heeft een passende functie gevonden en de overdracht is besproken.'],
];

/** Creates one case with its person, assignments, process file and (for reintegration) special file. */
export async function createCase(
  writer: SeedWriter,
  faker: Faker,
  spec: CaseSpec,
  today: string,
): Promise<{ caseId: string; personId: string }> {
  const personId = spec.person?.id ?? newId();
  if (!spec.person || Object.keys(spec.person).length > 1) {
    const firstName = spec.person?.firstName ?? faker.person.firstName();
    const lastName = spec.person?.lastName ?? faker.person.lastName();
    await writer.add(Person, {
      id: personId,
      firstName,
      lastName,
      birthDate:
        spec.person?.birthDate ?? formatIsoDate(faker.date.birthdate({ min: 20, max: 63, mode: 'age' }).getTime()),
      address:
        spec.person?.address ??
        `${faker.location.streetAddress()}, ${faker.location.zipCode('#### ??')} ${faker.location.city()}`,
      email:
        spec.person?.email ?? faker.internet.email({ firstName, lastName, provider: 'voorbeeld.nl' }).toLowerCase(),
      phone: spec.person?.phone ?? faker.phone.number({ style: 'national' }),
    });
  }
  const startDate = formatIsoDate(faker.date.between({ from: '2025-01-06', to: '2026-10-01' }).getTime());
  const completed = spec.status === 'completed';
  const caseId = newId();
  await writer.add(Case, {
    id: caseId,
    reference: spec.reference,
    type: spec.type,
    status: spec.status,
    organisationId: spec.organisationId,
    personId,
    coachId: spec.coachId,
    labourExpertId: spec.labourExpertId,
    startDate,
    endDate: addDays(startDate, faker.number.int({ min: 120, max: 540 })),
    completedAt: completed ? new Date(`${addDays(startDate, 150)}T12:00:00Z`) : null,
    legalHold: false,
    processingRestricted: false,
  });
  const assignedAt = new Date(`${startDate}T09:00:00Z`);
  for (const [role, userId] of [
    ['coach', spec.coachId],
    ['labour_expert', spec.labourExpertId],
  ] as const) {
    if (userId)
      await writer.add(CaseAssignment, {
        id: newId(),
        caseId,
        userId,
        role,
        assignedAt,
        unassignedAt: null,
        assignedBy: spec.adminId,
      });
  }

  const authorId = spec.coachId ?? spec.adminId;
  const reportCount = spec.status === 'intake' ? 1 : faker.number.int({ min: 2, max: 3 });
  let firstReportId: string | undefined;
  for (let i = 0; i < reportCount; i++) {
    const [title, body] = REPORT_TOPICS[Math.min(i, REPORT_TOPICS.length - 1)];
    const final = i < reportCount - 1 || completed;
    const periodStart = addDays(startDate, i * 42);
    const reportId = newId();
    if (i === 0) firstReportId = reportId;
    await writer.add(ProgressReport, {
      id: reportId,
      caseId,
      personId,
      authorId,
      title,
      body: `${body} ${faker.lorem.sentence({ min: 6, max: 12 })}`,
      clientSummary: final ? 'Traject verloopt volgens plan; volgende stap is besproken met betrokkene.' : null,
      releasedToClient: final && i % 2 === 0,
      status: final ? 'final' : 'draft',
      periodStart,
      periodEnd: addDays(periodStart, 41),
      finalisedAt: final ? new Date(`${addDays(periodStart, 42)}T16:00:00Z`) : null,
    });
  }
  const activityCount = faker.number.int({ min: 2, max: 4 });
  let firstActivityId: string | undefined;
  for (let i = 0; i < activityCount; i++) {
    const activityId = newId();
    firstActivityId ??= activityId;
    await writer.add(Activity, {
      id: activityId,
      caseId,
      personId,
      kind: faker.helpers.arrayElement(ACTIVITY_KINDS),
      occurredOn: addDays(startDate, 7 + i * 14),
      durationMinutes: faker.helpers.arrayElement([45, 60, 90, 120]),
      notes: faker.helpers.maybe(() => 'Gesprek gevoerd over doelen en vervolgstappen.', { probability: 0.6 }) ?? null,
      createdBy: authorId,
    });
  }

  let planDocumentId: string | undefined;
  if (spec.withDocuments) {
    const documentId = newId();
    planDocumentId = documentId;
    const content = await demoPdf('Plan van aanpak', [
      `Dossier ${spec.reference}`,
      'Doelen, activiteiten en planning van het traject.',
    ]);
    const blob = await writer.storeDocument('p', personId, content, documentId);
    await writer.add(ProcessDocument, {
      id: documentId,
      caseId,
      personId,
      kind: 'plan_of_approach',
      filename: `Plan van aanpak ${spec.reference}.pdf`,
      contentType: 'application/pdf',
      sizeBytes: blob.size,
      blobId: blob.blobId,
      // The plan van aanpak is the employee's to sign: shared with them.
      sharedWithParticipant: true,
      uploadedBy: authorId,
    });
  }

  if (isReintegration(spec.type)) {
    const reportedSick = addDays(startDate, -faker.number.int({ min: 14, max: 60 }));
    // The person's sickness events (special file), the milestones done, and the timeline they make.
    const seeded = seedSickness(spec.reference, reportedSick, today, {
      demo: spec.fullSpecialFile,
      planDocumentId,
      activityId: firstActivityId,
      reportId: firstReportId,
    });
    const firstSickDay = seeded?.timeline.firstSickDay ?? reportedSick;
    await writer.add(HealthRecord, {
      id: newId(),
      caseId,
      personId,
      firstSickDay,
      prognosis: faker.helpers.arrayElement([
        'Gedeeltelijke werkhervatting binnen drie maanden verwacht.',
        'Herstel naar verwachting binnen zes maanden; opbouw in uren.',
        'Duurzame beperkingen; passend werk bij een andere werkgever onderzoeken.',
      ]),
    });
    if (seeded) {
      for (const [index, event] of seeded.events.entries())
        await writer.add(SicknessEvent, {
          id: newId(),
          personId,
          caseId,
          position: index + 1,
          kind: event.kind,
          date: event.date,
          recordedBy: spec.labourExpertId ?? authorId,
        });
      for (const completion of seeded.completions)
        await writer.add(MilestoneCompletion, {
          id: newId(),
          personId,
          periodSequence: seeded.periodSequence,
          kind: completion.kind,
          sequence: completion.sequence,
          completedOn: completion.completedOn,
          caseId,
          evidenceReportId:
            completion.evidence && 'reportId' in completion.evidence ? completion.evidence.reportId : null,
          evidenceDocumentId:
            completion.evidence && 'documentId' in completion.evidence ? completion.evidence.documentId : null,
          evidenceActivityId:
            completion.evidence && 'activityId' in completion.evidence ? completion.evidence.activityId : null,
          completedBy: authorId,
          undoneAt: null,
          undoneBy: null,
          undoReason: null,
        });
      for (const row of milestoneRows(caseId, seeded.timeline)) await writer.add(CaseMilestone, row);
    }
    const withFml = spec.fullSpecialFile || faker.datatype.boolean({ probability: 0.6 });
    if (withFml) {
      const rubrieken: FmlRubriek[] = FML_RUBRIEKEN.map((r) => ({
        number: r.number,
        capacity: faker.helpers.arrayElement(FML_CAPACITIES),
        items: [{ code: `${r.number}.1`, capacity: faker.helpers.arrayElement(FML_CAPACITIES) }],
        ...(r.number === 6 ? { hoursPerDay: faker.helpers.arrayElement([4, 6, 8]) } : {}),
      }));
      await writer.add(FmlAssessment, {
        id: newId(),
        caseId,
        personId,
        assessedOn: addDays(firstSickDay, 40),
        assessor: `${faker.person.firstName()} ${faker.person.lastName()}, bedrijfsarts`,
        rubrieken: JSON.stringify(rubrieken),
        notes: 'Belastbaarheid besproken met werknemer; herbeoordeling over zes weken.',
        createdBy: spec.labourExpertId ?? spec.adminId,
      });
    }
    if (spec.fullSpecialFile || faker.datatype.boolean({ probability: 0.3 })) {
      await writer.add(OccupationalAssessment, {
        id: newId(),
        caseId,
        personId,
        reportDate: addDays(firstSickDay, 70),
        conclusionOwnWork: 'Eigen werk is op dit moment niet passend vanwege de belasting in rubriek IV.',
        suitableWork:
          'Passend: administratief en coördinerend werk, zittend en staand afgewisseld, maximaal 6 uur per dag.',
        advice: 'Spoor 1 voortzetten met aangepaste taken; spoor 2 verkennen als herstel stagneert.',
        authorId: spec.labourExpertId ?? spec.adminId,
      });
    }
    if (spec.fullSpecialFile) {
      await writer.add(UwvOpinion, {
        id: newId(),
        caseId,
        personId,
        kind: 'expert_opinion',
        opinionDate: addDays(firstSickDay, 120),
        outcome: 'De werkgever doet voldoende aan re-integratie; het ingezette spoor is passend.',
        createdBy: spec.labourExpertId ?? spec.adminId,
      });
    }
    if (spec.withDocuments && withFml) {
      const documentId = newId();
      const content = await demoPdf('Functionele Mogelijkhedenlijst', [
        `Dossier ${spec.reference}`,
        'Rubriek I–VI: zie de gestructureerde gegevens in Spoor.',
        'Opgesteld door de bedrijfsarts.',
      ]);
      const blob = await writer.storeDocument('s', personId, content, documentId);
      await writer.add(HealthDocument, {
        id: documentId,
        caseId,
        personId,
        kind: 'fml',
        filename: `FML ${spec.reference}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: blob.size,
        blobId: blob.blobId,
        uploadedBy: spec.labourExpertId ?? spec.adminId,
      });
    }
  }
  return { caseId, personId };
}
