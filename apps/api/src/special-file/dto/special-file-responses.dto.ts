import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FML_CAPACITIES,
  FML_RUBRIEKEN,
  HEALTH_DOCUMENT_KINDS,
  MILESTONE_KINDS,
  MILESTONE_STATES,
  UWV_OPINION_KINDS,
  type AdReport,
  type AdReportCoachView,
  type AdReportView,
  type BreakGlassGrantView,
  type CoachCapacities,
  type CoachCapacitiesView,
  type FmlAssessment,
  type FmlAssessmentView,
  type FmlRubriekLevelView,
  type FmlCapacity,
  type FmlItem,
  type FmlRubriek,
  type FmlRubriekNumber,
  type HealthDocumentKind,
  type HealthDocumentView,
  type HealthRecordView,
  type Milestone,
  type MilestoneKind,
  type MilestoneState,
  type OccupationalAssessmentView,
  type SpecialFileCapacities,
  type SpecialFileEntryCreated,
  type SpecialFileFull,
  type UwvOpinionKind,
  type UwvDecision,
  type UwvDecisionView,
  type UwvOpinionView,
} from '@spoor/domain';

export class FmlItemDto implements FmlItem {
  @ApiProperty({ type: String, example: '4.5' }) code!: string;
  @ApiProperty({ enum: FML_CAPACITIES, enumName: 'FmlCapacity' }) capacity!: FmlCapacity;
}

export class FmlRubriekDto implements FmlRubriek {
  @ApiProperty({ type: Number, enum: FML_RUBRIEKEN.map((r) => r.number) }) number!: FmlRubriekNumber;
  @ApiProperty({ enum: FML_CAPACITIES, enumName: 'FmlCapacity' }) capacity!: FmlCapacity;
  @ApiProperty({ type: [FmlItemDto] }) items!: FmlItemDto[];
  @ApiPropertyOptional({ type: Number, description: 'Rubriek 6 (working hours), when limited' }) hoursPerDay?: number;
}

/** The rubriek-level FML view (older clients); the schema keeps its name. */
export class FmlAssessmentViewDto implements FmlRubriekLevelView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date' }) assessedOn!: string;
  @ApiPropertyOptional({ type: String, description: 'Absent in the coach\u2019s capacities view' }) assessor?: string;
  @ApiProperty({ type: [FmlRubriekDto] }) rubrieken!: FmlRubriekDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) notes?: string | null;
}

/** Objects whose shape libs/domain/src/fml defines (and validates); open objects in the OpenAPI document. */
const FORM_OBJECT = { type: 'object', additionalProperties: true } as const;

export class FmlFormAssessmentViewDto implements FmlAssessmentView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date' }) assessedOn!: string;
  @ApiProperty({ ...FORM_OBJECT, description: 'FmlAssessment (libs/domain/src/fml); rubriek_only when migrated' })
  assessment!: FmlAssessment;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt!: string;
}

export class CoachCapacitiesViewDto implements CoachCapacitiesView {
  @ApiProperty({ type: String, format: 'date' }) assessedOn!: string;
  @ApiProperty({ ...FORM_OBJECT, description: 'CoachCapacities (libs/domain/src/fml): structured, no free text' })
  capacities!: CoachCapacities;
}

export class AdReportViewDto implements AdReportView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date' }) reportedOn!: string;
  @ApiProperty({ ...FORM_OBJECT, description: 'AdReport (libs/domain/src/fml)' }) report!: AdReport;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt!: string;
}

export class UwvDecisionViewDto implements UwvDecisionView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ ...FORM_OBJECT, description: 'UwvDecision (libs/domain/src/fml)' }) decision!: UwvDecision;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt!: string;
}

export class OccupationalAssessmentViewDto implements OccupationalAssessmentView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date' }) reportDate!: string;
  @ApiPropertyOptional({ type: String }) conclusionOwnWork?: string;
  @ApiProperty({ type: String }) suitableWork!: string;
  @ApiPropertyOptional({ type: String }) advice?: string;
}

export class UwvOpinionViewDto implements UwvOpinionView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: UWV_OPINION_KINDS, enumName: 'UwvOpinionKind' }) kind!: UwvOpinionKind;
  @ApiProperty({ type: String, format: 'date' }) opinionDate!: string;
  @ApiProperty({ type: String }) outcome!: string;
}

export class HealthDocumentViewDto implements HealthDocumentView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: HEALTH_DOCUMENT_KINDS, enumName: 'HealthDocumentKind' }) kind!: HealthDocumentKind;
  @ApiProperty({ type: String }) filename!: string;
  @ApiProperty({ type: String }) contentType!: string;
  @ApiProperty({ type: Number }) sizeBytes!: number;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ type: String, example: '/api/documents/…/content' }) href!: string;
}

/** A Poortwachter milestone computed from the first day of illness. */
export class PoortwachterMilestoneDto implements Milestone {
  @ApiProperty({ enum: MILESTONE_KINDS, enumName: 'MilestoneKind' }) kind!: MilestoneKind;
  @ApiProperty({ type: Number }) sequence!: number;
  @ApiProperty({ type: Number, description: 'Statutory week of illness' }) week!: number;
  @ApiProperty({ type: String, format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: MILESTONE_STATES, enumName: 'MilestoneState' }) state!: MilestoneState;
}

export class SpecialFileCapacitiesDto implements SpecialFileCapacities {
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, enum: ['capacities'] }) scope!: 'capacities';
  @ApiProperty({ type: [FmlAssessmentViewDto] }) fml!: FmlAssessmentViewDto[];
  @ApiProperty({ type: CoachCapacitiesViewDto, nullable: true }) capacities!: CoachCapacitiesViewDto | null;
  @ApiProperty({ ...FORM_OBJECT, nullable: true, description: 'AdReportCoachView of the newest AD report' })
  adReport!: AdReportCoachView | null;
}

export class SpecialFileFullDto implements SpecialFileFull {
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, enum: ['full'] }) scope!: 'full';
  @ApiProperty({ type: String, format: 'date', nullable: true }) firstSickDay!: string | null;
  @ApiProperty({ type: String, nullable: true }) prognosis!: string | null;
  @ApiProperty({ type: [PoortwachterMilestoneDto] }) poortwachter!: PoortwachterMilestoneDto[];
  @ApiProperty({ type: [FmlAssessmentViewDto] }) fml!: FmlAssessmentViewDto[];
  @ApiProperty({ type: [FmlFormAssessmentViewDto] }) fmlAssessments!: FmlFormAssessmentViewDto[];
  @ApiProperty({ type: [OccupationalAssessmentViewDto] }) occupationalAssessments!: OccupationalAssessmentViewDto[];
  @ApiProperty({ type: [UwvOpinionViewDto] }) uwvOpinions!: UwvOpinionViewDto[];
  @ApiProperty({ type: [AdReportViewDto] }) adReports!: AdReportViewDto[];
  @ApiProperty({ type: [UwvDecisionViewDto] }) uwvDecisions!: UwvDecisionViewDto[];
  @ApiProperty({ type: [HealthDocumentViewDto] }) documents!: HealthDocumentViewDto[];
}

export class HealthRecordViewDto implements HealthRecordView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) firstSickDay!: string | null;
  @ApiProperty({ type: String, nullable: true }) prognosis!: string | null;
}

export class SpecialFileEntryCreatedDto implements SpecialFileEntryCreated {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
}

export class BreakGlassGrantViewDto implements BreakGlassGrantView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt!: string;
}
