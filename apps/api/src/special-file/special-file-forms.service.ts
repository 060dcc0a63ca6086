import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  adReportProblems,
  amsterdamToday,
  fmlAssessmentProblems,
  uwvDecisionProblems,
  type AdReportView,
  type FieldProblem,
  type FmlAssessmentView,
  type SpecialFileIssue,
  type UwvDecisionView,
} from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { invalidInput } from '../platform/http/api-error';
import type { AdReportInputDto, FmlAssessmentInputDto, UwvDecisionInputDto } from './dto/special-file-forms.dto';
import { AdReportRecord } from './ad-report.entity';
import { FmlFormAssessment } from './fml-form-assessment.entity';
import { SpecialFileWriter } from './special-file-writes';
import { UwvDecisionRecord } from './uwv-decision.entity';
import { SPECIAL_DATA_SOURCE } from './special-file.tokens';

/**
 * The special file's forms (issue 16): the FML item by item, the AD report and the UWV decisions, written by
 * the assigned labour expert. Each is validated field by field by libs/domain/src/fml, sealed as one value under
 * the special key ring and inserted with its access event (field names only) in one transaction.
 */
@Injectable()
export class SpecialFileFormsService {
  constructor(
    @Inject(SPECIAL_DATA_SOURCE) private readonly special: DataSource,
    private readonly writer: SpecialFileWriter,
  ) {}

  async addFmlAssessment(
    user: AuthenticatedUser,
    caseId: string,
    input: FmlAssessmentInputDto,
    request: Request,
  ): Promise<FmlAssessmentView> {
    const row = await this.writer.writable(user, caseId);
    const problems = [
      ...futureDate(input.assessedOn, 'assessedOn'),
      ...inBody('assessment', 'fml', fmlAssessmentProblems(input.assessment)),
    ];
    if (problems.length) throw invalidInput(...problems);
    const recordedAt = new Date();
    const values = Object.assign(new FmlFormAssessment(), {
      id: randomUUID(),
      caseId,
      personId: row.person_id,
      assessedOn: input.assessedOn,
      formVersion: input.assessment.formVersion,
      assessment: JSON.stringify(input.assessment),
      createdBy: user.id,
      createdAt: recordedAt,
    });
    await this.writer.insert(user, request, caseId, row.person_id, FmlFormAssessment, values, 'fml_assessment', [
      'assessedOn',
      'assessment',
    ]);
    return {
      id: values.id,
      assessedOn: input.assessedOn,
      assessment: input.assessment,
      recordedAt: recordedAt.toISOString(),
    };
  }

  async addAdReport(
    user: AuthenticatedUser,
    caseId: string,
    input: AdReportInputDto,
    request: Request,
  ): Promise<AdReportView> {
    const row = await this.writer.writable(user, caseId);
    const problems = [
      ...futureDate(input.reportedOn, 'reportedOn'),
      ...inBody('report', 'adReport', adReportProblems(input.report)),
    ];
    // The date is given twice (the body's and the report's own): they must agree.
    if (problems.length === 0 && input.report.reportDate !== input.reportedOn)
      problems.push(problem({ field: 'reportedOn', code: 'INCONSISTENT', params: { with: 'report.reportDate' } }));
    if (problems.length) throw invalidInput(...problems);
    const recordedAt = new Date();
    const values = Object.assign(new AdReportRecord(), {
      id: randomUUID(),
      caseId,
      personId: row.person_id,
      reportedOn: input.reportedOn,
      report: JSON.stringify(input.report),
      createdBy: user.id,
      createdAt: recordedAt,
    });
    await this.writer.insert(user, request, caseId, row.person_id, AdReportRecord, values, 'ad_report', [
      'reportedOn',
      'report',
    ]);
    return { id: values.id, reportedOn: input.reportedOn, report: input.report, recordedAt: recordedAt.toISOString() };
  }

  async addUwvDecision(
    user: AuthenticatedUser,
    caseId: string,
    input: UwvDecisionInputDto,
    request: Request,
  ): Promise<UwvDecisionView> {
    const row = await this.writer.writable(user, caseId);
    const problems = inBody('decision', 'decision', uwvDecisionProblems(input.decision));
    // "Each with its document": a health document of this case's special file, or none.
    const documentId = input.decision.documentId;
    if (problems.length === 0 && documentId !== undefined) {
      const [found] = await this.special.query(
        'SELECT 1 FROM special.health_documents WHERE id = $1 AND case_id = $2',
        [documentId, caseId],
      );
      if (!found) problems.push(problem({ field: 'decision.documentId', code: 'UNKNOWN_REFERENCE' }));
    }
    if (problems.length) throw invalidInput(...problems);
    const recordedAt = new Date();
    const values = Object.assign(new UwvDecisionRecord(), {
      id: randomUUID(),
      caseId,
      personId: row.person_id,
      decision: JSON.stringify(input.decision),
      createdBy: user.id,
      createdAt: recordedAt,
    });
    await this.writer.insert(user, request, caseId, row.person_id, UwvDecisionRecord, values, 'uwv_decision', [
      'decision',
    ]);
    return { id: values.id, decision: input.decision, recordedAt: recordedAt.toISOString() };
  }
}

/** A problem with its English line for operators: the field's path and code, never the value sent. */
function problem(issue: Omit<FieldProblem, 'message'>): FieldProblem {
  return { ...issue, message: `${issue.field}: ${issue.code}` };
}

/** What an unknown key must look like to be named back (as the validation pipe does): else its parent is named. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;

/**
 * The domain's issues as fields of the request body: `rubrieken[2].grade` → `assessment.rubrieken[2].grade`. An
 * unknown key is the caller's input: named only when it looks like a field name.
 */
function inBody(key: string, root: string, issues: readonly SpecialFileIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    let path =
      issue.field === root ? '' : issue.field.startsWith(`${root}.`) ? issue.field.slice(root.length + 1) : issue.field;
    if (issue.code === 'UNKNOWN_FIELD') {
      const cut = path.lastIndexOf('.');
      if (!IDENTIFIER.test(path.slice(cut + 1))) path = cut < 0 ? '' : path.slice(0, cut);
    }
    const field = path ? `${key}.${path}` : key;
    return problem({ field, code: issue.code, ...(issue.params ? { params: issue.params } : {}) });
  });
}

function futureDate(date: string, field: string): FieldProblem[] {
  return date > amsterdamToday(new Date()) ? [problem({ field, code: 'DATE_IN_FUTURE' })] : [];
}
