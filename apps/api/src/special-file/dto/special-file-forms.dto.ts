import { ApiProperty } from '@nestjs/swagger';
import type {
  AdReport,
  AdReportInput,
  FmlAssessment,
  FmlAssessmentInput,
  UwvDecision,
  UwvDecisionInput,
} from '@spoor/domain';
import { IsISO8601, IsObject } from 'class-validator';

const DATE = { strict: true } as const;
/** The shape is libs/domain/src/fml's, checked there field by field (an open object in the OpenAPI document). */
const FORM_OBJECT = { type: 'object', additionalProperties: true } as const;

/** `POST /cases/:id/special-file/fml-assessments`. */
export class FmlAssessmentInputDto implements FmlAssessmentInput {
  @ApiProperty({ type: String, format: 'date', example: '2026-11-01' })
  @IsISO8601(DATE, { message: 'assessedOn must be a date (YYYY-MM-DD)' })
  assessedOn!: string;

  @ApiProperty({ ...FORM_OBJECT, description: "FmlAssessment, level 'items', formVersion 'fml-2015'" })
  @IsObject({ message: 'assessment must be an object (an FML assessment)' })
  assessment!: FmlAssessment;
}

/** `POST /cases/:id/special-file/ad-reports`. */
export class AdReportInputDto implements AdReportInput {
  @ApiProperty({ type: String, format: 'date', example: '2026-11-10' })
  @IsISO8601(DATE, { message: 'reportedOn must be a date (YYYY-MM-DD)' })
  reportedOn!: string;

  @ApiProperty({ ...FORM_OBJECT, description: 'AdReport (libs/domain/src/fml/ad-report.ts)' })
  @IsObject({ message: 'report must be an object (an AD report)' })
  report!: AdReport;
}

/** `POST /cases/:id/special-file/uwv-decisions`. */
export class UwvDecisionInputDto implements UwvDecisionInput {
  @ApiProperty({ ...FORM_OBJECT, description: 'UwvDecision: wia_decision, loonsanctie or expert_opinion' })
  @IsObject({ message: 'decision must be an object (a UWV decision)' })
  decision!: UwvDecision;
}
