import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FML_CAPACITIES,
  FML_RUBRIEKEN,
  HEALTH_DOCUMENT_KINDS,
  MILESTONE_KINDS,
  MILESTONE_STATES,
  UWV_OPINION_KINDS,
  type BreakGlassGrantView,
  type FmlAssessmentView,
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

export class FmlAssessmentViewDto implements FmlAssessmentView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date' }) assessedOn!: string;
  @ApiPropertyOptional({ type: String, description: 'Absent in the coach\u2019s capacities view' }) assessor?: string;
  @ApiProperty({ type: [FmlRubriekDto] }) rubrieken!: FmlRubriekDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) notes?: string | null;
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
  @ApiProperty({ type: [OccupationalAssessmentViewDto] }) occupationalAssessments!: OccupationalAssessmentViewDto[];
}

export class SpecialFileFullDto implements SpecialFileFull {
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, enum: ['full'] }) scope!: 'full';
  @ApiProperty({ type: String, format: 'date', nullable: true }) firstSickDay!: string | null;
  @ApiProperty({ type: String, nullable: true }) prognosis!: string | null;
  @ApiProperty({ type: [PoortwachterMilestoneDto] }) poortwachter!: PoortwachterMilestoneDto[];
  @ApiProperty({ type: [FmlAssessmentViewDto] }) fml!: FmlAssessmentViewDto[];
  @ApiProperty({ type: [OccupationalAssessmentViewDto] }) occupationalAssessments!: OccupationalAssessmentViewDto[];
  @ApiProperty({ type: [UwvOpinionViewDto] }) uwvOpinions!: UwvOpinionViewDto[];
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
