import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { SPECIAL_DATA_SOURCE } from './special-file.tokens';

/** Which of some cases already have an FML and an AD report: a structured record or an uploaded document. */
export interface AssessmentCoverage {
  withFml: Set<string>;
  withOccupationalAssessment: Set<string>;
}

/**
 * Answers, for case ids the caller already may write the special file of, whether the FML and the
 * arbeidsdeskundig (AD) report exist. Reads only case ids from `special` (no content, nothing decrypted), so
 * other modules can build worklists without the special connection: `spoor_app` has no rights there, and the
 * join with the process side happens in code.
 */
@Injectable()
export class AssessmentCoverageService {
  constructor(@Inject(SPECIAL_DATA_SOURCE) private readonly special: DataSource) {}

  async coverage(caseIds: readonly string[]): Promise<AssessmentCoverage> {
    if (caseIds.length === 0) return { withFml: new Set(), withOccupationalAssessment: new Set() };
    const rows: Array<{ case_id: string; kind: 'fml' | 'occupational_assessment' }> = await this.special.query(
      `SELECT case_id, 'fml' AS kind FROM special.fml_assessments WHERE case_id = ANY($1::uuid[])
       UNION
       SELECT case_id, 'fml' FROM special.fml_form_assessments WHERE case_id = ANY($1::uuid[])
       UNION
       SELECT case_id, 'occupational_assessment' FROM special.occupational_assessments WHERE case_id = ANY($1::uuid[])
       UNION
       SELECT case_id, 'occupational_assessment' FROM special.ad_reports WHERE case_id = ANY($1::uuid[])
       UNION
       SELECT case_id, kind FROM special.health_documents WHERE case_id = ANY($1::uuid[]) AND kind IN ('fml', 'occupational_assessment')`,
      [caseIds],
    );
    const coverage: AssessmentCoverage = { withFml: new Set(), withOccupationalAssessment: new Set() };
    for (const row of rows)
      (row.kind === 'fml' ? coverage.withFml : coverage.withOccupationalAssessment).add(row.case_id);
    return coverage;
  }
}
