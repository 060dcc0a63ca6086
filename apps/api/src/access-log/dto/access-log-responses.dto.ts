import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCESS_LOG_PROBLEM_CODES,
  ACCESS_OUTCOMES,
  type AccessLogProblem,
  type AccessLogProblemCode,
  type AccessEventView,
  type AccessLogActor,
  type AccessLogAnomalies,
  type AccessLogVerification,
  type AccessOutcome,
  BREAK_GLASS_REVIEW_OUTCOMES,
  type BreakGlassAwaitingReviewView,
  type BreakGlassBreachStarted,
  type BreakGlassFollowUpClosed,
  type BreakGlassFollowUpView,
  type BreakGlassReviewOutcome,
  type BreakGlassReviewed,
  type MassReadView,
  type OwnAccessEventView,
} from '@spoor/domain';
import { PagedDto } from '../../platform/http/openapi';

export class AccessLogActorDto implements AccessLogActor {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for an erased account' }) name!: string | null;
  @ApiProperty({ type: String }) role!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
}

export class AccessEventViewDto implements AccessEventView {
  @ApiProperty({ type: String }) id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ type: String }) actorRole!: string;
  @ApiProperty({ type: String, nullable: true }) actorOrganisation!: string | null;
  @ApiProperty({ type: String }) action!: string;
  @ApiProperty({ enum: ACCESS_OUTCOMES, enumName: 'AccessOutcome' }) outcome!: AccessOutcome;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) caseId!: string | null;
  @ApiProperty({ type: String, nullable: true }) caseReference!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The first of personIds' }) personId!:
    | string
    | null;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) personIds!: string[];
  @ApiProperty({ type: String }) resource!: string;
  @ApiProperty({ type: String, nullable: true }) resourceId!: string | null;
  @ApiProperty({ type: String, isArray: true, description: 'Field names, never values' }) fields!: string[];
  @ApiProperty({ type: String }) purpose!: string;
  @ApiProperty({ type: Boolean }) breakGlass!: boolean;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
}

export const PagedAccessEventViewDto = PagedDto(AccessEventViewDto);

export class MassReadViewDto implements MassReadView {
  @ApiProperty({ type: String, format: 'uuid' }) actorId!: string;
  @ApiProperty({ type: String }) actorRole!: string;
  @ApiProperty({ type: String, format: 'date-time' }) windowStart!: string;
  @ApiProperty({ type: Number }) people!: number;
}

export class BreakGlassAwaitingReviewViewDto implements BreakGlassAwaitingReviewView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String }) caseReference!: string;
  @ApiProperty({ type: String, format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, nullable: true }) userName!: string | null;
  @ApiProperty({ type: String }) userRole!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt!: string;
}

export class BreakGlassFollowUpViewDto implements BreakGlassFollowUpView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) grantId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String }) caseReference!: string;
  @ApiProperty({ type: String, format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, nullable: true }) userName!: string | null;
  @ApiProperty({ type: String }) userRole!: string;
  @ApiProperty({ enum: BREAK_GLASS_REVIEW_OUTCOMES, enumName: 'BreakGlassReviewOutcome' })
  outcome!: BreakGlassReviewOutcome;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: Boolean }) healthDataRead!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) breachId!: string | null;
}

export class AccessLogAnomaliesDto implements AccessLogAnomalies {
  @ApiProperty({ type: [MassReadViewDto] }) massReads!: MassReadViewDto[];
  @ApiProperty({ type: [BreakGlassAwaitingReviewViewDto] })
  breakGlassAwaitingReview!: BreakGlassAwaitingReviewViewDto[];
  @ApiProperty({ type: [BreakGlassFollowUpViewDto] })
  breakGlassFollowUps!: BreakGlassFollowUpViewDto[];
  @ApiProperty({ type: [AccessEventViewDto] }) outsideOfficeHours!: AccessEventViewDto[];
}

export class BreakGlassReviewedDto implements BreakGlassReviewed {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: Boolean }) reviewed!: boolean;
  @ApiProperty({ enum: BREAK_GLASS_REVIEW_OUTCOMES, enumName: 'BreakGlassReviewOutcome' })
  outcome!: BreakGlassReviewOutcome;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) followUpId!: string | null;
  @ApiProperty({ type: Boolean }) healthDataRead!: boolean;
}

export class BreakGlassBreachStartedDto implements BreakGlassBreachStarted {
  @ApiProperty({ type: String, format: 'uuid' }) grantId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) followUpId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) breachId!: string;
}

export class BreakGlassFollowUpClosedDto implements BreakGlassFollowUpClosed {
  @ApiProperty({ type: String, format: 'uuid' }) grantId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) followUpId!: string;
  @ApiProperty({ type: Boolean }) closed!: boolean;
}

class VerificationFailureDto {
  @ApiProperty({ type: String, description: 'Position of the first event that does not verify' }) position!: string;
  @ApiProperty({ type: String }) reason!: string;
}

class NewestSealDto {
  @ApiProperty({ type: String }) id!: string;
  @ApiProperty({ type: String }) toEventId!: string;
  @ApiProperty({ type: String }) sealHash!: string;
  @ApiProperty({ type: String, format: 'date-time' }) sealedAt!: string;
}

class VerificationProblemDto implements AccessLogProblem {
  @ApiProperty({ enum: ACCESS_LOG_PROBLEM_CODES, enumName: 'AccessLogProblemCode' }) code!: AccessLogProblemCode;
  @ApiProperty({ type: String, description: 'e.g. `event 17`, `seal 3`, `events 1–30 (seal 1)`' }) position!: string;
}

class VerificationMacsDto {
  @ApiProperty({ type: Number, description: 'Events whose MAC verified under a configured key' }) verified!: number;
  @ApiProperty({ type: Number, description: 'MAC-less events from before MACs, vouched for by a later seal' })
  legacy!: number;
  @ApiProperty({ type: Number, description: 'Events under a retired master key, vouched for by a later seal' })
  retiredKey!: number;
}

class VerificationAnchorsDto {
  @ApiProperty({ type: Boolean }) present!: boolean;
  @ApiProperty({ type: Number }) checked!: number;
  @ApiProperty({ type: String, nullable: true }) newestSealId!: string | null;
}

export class AccessLogVerificationDto implements AccessLogVerification {
  @ApiProperty({ type: Boolean }) ok!: boolean;
  @ApiProperty({ type: Number }) checked!: number;
  @ApiProperty({ type: Number }) seals!: number;
  @ApiProperty({ type: Number }) unsealed!: number;
  @ApiPropertyOptional({ type: VerificationFailureDto }) firstBad?: VerificationFailureDto;
  @ApiProperty({ type: [VerificationProblemDto], description: 'Every problem in chain order (at most 100)' })
  problems!: VerificationProblemDto[];
  @ApiProperty({ type: VerificationMacsDto }) macs!: VerificationMacsDto;
  @ApiPropertyOptional({ type: VerificationAnchorsDto }) anchors?: VerificationAnchorsDto;
  @ApiPropertyOptional({ type: NewestSealDto }) newestSeal?: NewestSealDto;
}

export class OwnAccessEventViewDto implements OwnAccessEventView {
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null when it was the caller' }) actorName!: string | null;
  @ApiProperty({ type: String }) actorRole!: string;
  @ApiProperty({ type: String, nullable: true }) actorOrganisation!: string | null;
  @ApiProperty({ type: Boolean }) byYou!: boolean;
  @ApiProperty({ type: String }) action!: string;
  @ApiProperty({ type: String }) resource!: string;
  @ApiProperty({ type: String, nullable: true }) caseReference!: string | null;
  @ApiProperty({ type: String, isArray: true }) fields!: string[];
  @ApiProperty({ type: String }) purpose!: string;
  @ApiProperty({ type: Boolean }) breakGlass!: boolean;
}

export const PagedOwnAccessEventViewDto = PagedDto(OwnAccessEventViewDto);
