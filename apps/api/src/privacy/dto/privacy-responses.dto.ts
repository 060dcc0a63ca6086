import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  CASE_STATUSES,
  CASE_TYPES,
  CONSENT_END_REASONS,
  EXPORT_DELIVERY_STATUSES,
  EXPORT_MANIFEST_SECTIONS,
  OBJECTION_PURPOSES,
  PRIVACY_REQUEST_OUTCOMES,
  PRIVACY_REQUEST_STATUSES,
  PRIVACY_REQUEST_TYPES,
  PROCESS_DOCUMENT_KINDS,
  ACTIVITY_KINDS,
  type ActivityKind,
  RECTIFIABLE_FIELDS,
  RECTIFICATION_REASON_CODES,
  type BreachView,
  type CaseStatus,
  type CaseType,
  type CompletedPrivacyRequestView,
  type ConsentEndReason,
  type ConsentView,
  type ErasureSummary,
  type ExportDeliveryStatus,
  type ExportDeliveryView,
  type ExportManifestEntry,
  type ExportManifestSection,
  type ExportManifestView,
  type OwnExportDeliveryView,
  type ExportedAccessEvent,
  type ExportedActivity,
  type ExportedCase,
  type ExportedClientSummary,
  type ExportedFile,
  type ExportedConsent,
  type ExportedDisclosure,
  type ExportedPrivacyRequest,
  type ExportedProcessDocument,
  type ObjectionPurpose,
  type LegalHoldView,
  type PersonalDataExport,
  type PrivacyCaseDetailView,
  type PrivacyCaseView,
  type PrivacyRequestOutcome,
  type PrivacyRequestStatus,
  type PrivacyRequestType,
  type PrivacyRequestView,
  type ProcessDocumentKind,
  type ProcessingActivity,
  type ProcessingRegister,
  type ProgressReportListItem,
  type RectifiableField,
  type RectificationReasonCode,
  type RectificationResult,
  type RemindersView,
  type RestrictionLiftedView,
  type RetentionRunResult,
  type SpecialFileView,
} from '@spoor/domain';
import { CaseViewDto } from '../../cases/dto/case-view.dto';
import { PagedDto } from '../../platform/http/openapi';
import {
  ClientProgressReportViewDto,
  ParticipantProgressReportViewDto,
  ProgressReportViewDto,
} from '../../process-file/dto/process-file-responses.dto';
import { SpecialFileCapacitiesDto, SpecialFileFullDto } from '../../special-file/dto/special-file-responses.dto';

export class PrivacyRequestViewDto implements PrivacyRequestView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) personId!: string;
  @ApiProperty({ enum: PRIVACY_REQUEST_TYPES, enumName: 'PrivacyRequestType' }) type!: PrivacyRequestType;
  @ApiProperty({
    enum: OBJECTION_PURPOSES,
    enumName: 'ObjectionPurpose',
    nullable: true,
    description: 'An objection to this processing on legitimate interest; null for other requests',
  })
  purpose!: ObjectionPurpose | null;
  @ApiProperty({ enum: PRIVACY_REQUEST_STATUSES, enumName: 'PrivacyRequestStatus' }) status!: PrivacyRequestStatus;
  @ApiProperty({ type: String, nullable: true }) details!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) receivedAt!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'One calendar month after receipt, or later when extended',
  })
  dueAt!: string;
  @ApiProperty({ type: Boolean }) overdue!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) extendedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) extensionReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ enum: PRIVACY_REQUEST_OUTCOMES, enumName: 'PrivacyRequestOutcome', nullable: true })
  outcome!: PrivacyRequestOutcome | null;
  @ApiProperty({ type: String, nullable: true }) completionNote!: string | null;
  @ApiPropertyOptional({
    enum: RECTIFIABLE_FIELDS,
    enumName: 'RectifiableField',
    isArray: true,
    description: 'Rectification requests only: the fields corrected under the request (names, never values)',
  })
  correctedFields?: RectifiableField[];
  @ApiPropertyOptional({
    enum: RECTIFICATION_REASON_CODES,
    enumName: 'RectificationReasonCode',
    nullable: true,
    description: 'Rectification requests only: why it was completed without a correction',
  })
  outcomeReason?: RectificationReasonCode | null;
  @ApiProperty({ type: Number }) version!: number;
}

export const PagedPrivacyRequestViewDto = PagedDto(PrivacyRequestViewDto);

export class ErasureSummaryDto implements ErasureSummary {
  @ApiProperty({ type: Number }) cases!: number;
  @ApiProperty({ type: Number }) progressReports!: number;
  @ApiProperty({ type: Number }) activities!: number;
  @ApiProperty({ type: Number }) documents!: number;
  @ApiProperty({ type: Number }) specialRecords!: number;
  @ApiProperty({ type: Number }) keysDestroyed!: number;
}

export class ExportDeliveryViewDto implements ExportDeliveryView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: EXPORT_DELIVERY_STATUSES, enumName: 'ExportDeliveryStatus' }) status!: ExportDeliveryStatus;
  @ApiProperty({ type: String, format: 'date-time' }) preparedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while awaiting an account' })
  availableAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'First download' })
  downloadedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastDownloadedAt!: string | null;
  @ApiProperty({ type: Number }) downloadCount!: number;
}

export class ExportManifestEntryDto implements ExportManifestEntry {
  @ApiProperty({ enum: EXPORT_MANIFEST_SECTIONS, enumName: 'ExportManifestSection' }) section!: ExportManifestSection;
  @ApiProperty({ type: Number }) items!: number;
  @ApiProperty({ type: Number, description: 'JSON size of the section plus the files it lists' }) bytes!: number;
}

export class ExportManifestViewDto implements ExportManifestView {
  @ApiProperty({ type: String, format: 'uuid' }) requestId!: string;
  @ApiProperty({ enum: PRIVACY_REQUEST_TYPES, enumName: 'PrivacyRequestType' }) requestType!: PrivacyRequestType;
  @ApiProperty({ type: Boolean }) personHasAccount!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) countedAt!: string;
  @ApiProperty({ type: [ExportManifestEntryDto] }) sections!: ExportManifestEntryDto[];
  @ApiProperty({ type: Number }) totalBytes!: number;
  @ApiProperty({ type: ExportDeliveryViewDto, nullable: true }) delivery!: ExportDeliveryViewDto | null;
}

export class OwnExportDeliveryViewDto extends ExportDeliveryViewDto implements OwnExportDeliveryView {
  @ApiProperty({ type: String, format: 'uuid' }) requestId!: string;
  @ApiProperty({ enum: PRIVACY_REQUEST_TYPES, enumName: 'PrivacyRequestType' }) requestType!: PrivacyRequestType;
}

export class OwnExportDeliveriesDto {
  @ApiProperty({ type: [OwnExportDeliveryViewDto] }) items!: OwnExportDeliveryViewDto[];
}

export class CompletedPrivacyRequestViewDto extends PrivacyRequestViewDto implements CompletedPrivacyRequestView {
  @ApiPropertyOptional({ type: ErasureSummaryDto, description: 'A granted erasure: what was removed' })
  erasure?: ErasureSummaryDto;
  @ApiPropertyOptional({ type: Number, description: 'A granted restriction: how many cases were frozen' })
  restrictedCases?: number;
  @ApiPropertyOptional({
    type: ExportDeliveryViewDto,
    description: 'A granted access or portability request: the export delivered to the person',
  })
  exportDelivery?: ExportDeliveryViewDto;
}

export class ConsentViewDto implements ConsentView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) personId!: string;
  @ApiProperty({ type: String }) purpose!: string;
  @ApiProperty({ type: String, format: 'date-time' }) givenAt!: string;
  @ApiProperty({ type: String, format: 'uuid' }) givenBy!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) withdrawnBy!: string | null;
  @ApiProperty({
    enum: CONSENT_END_REASONS,
    enumName: 'ConsentEndReason',
    nullable: true,
    description: 'Why the consent no longer counts; purpose_retired: ended by Spoor when the purpose was retired',
  })
  endReason!: ConsentEndReason | null;
}

export const PagedConsentViewDto = PagedDto(ConsentViewDto);

class BreachUpdateDto {
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, format: 'uuid' }) by!: string;
  @ApiProperty({ type: String, isArray: true }) fields!: string[];
}

export class BreachViewDto implements BreachView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) discoveredAt!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'Discovery + 72 hours' }) notifyAuthorityBy!: string;
  @ApiProperty({ type: Boolean }) overdue!: boolean;
  @ApiProperty({ type: String }) nature!: string;
  @ApiProperty({ type: String, isArray: true }) categoriesOfPeople!: string[];
  @ApiProperty({ type: Number, nullable: true }) approximatePeople!: number | null;
  @ApiProperty({ type: String, isArray: true }) categoriesOfRecords!: string[];
  @ApiProperty({ type: Number, nullable: true }) approximateRecords!: number | null;
  @ApiProperty({ type: String, nullable: true }) likelyConsequences!: string | null;
  @ApiProperty({ type: String, nullable: true }) measures!: string | null;
  @ApiProperty({ type: String, nullable: true }) contact!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) authorityNotifiedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) peopleNotifiedAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid' }) registeredBy!: string;
  @ApiProperty({ type: [BreachUpdateDto] }) updates!: BreachUpdateDto[];
  @ApiProperty({ type: Number }) version!: number;
}

export const PagedBreachViewDto = PagedDto(BreachViewDto);

export class LegalHoldViewDto implements LegalHoldView {
  @ApiProperty({ type: String, format: 'uuid', description: 'The case' }) id!: string;
  @ApiProperty({ type: Boolean }) legalHold!: boolean;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) by!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) at!: string | null;
}

export class RestrictionLiftedViewDto implements RestrictionLiftedView {
  @ApiProperty({ type: String, format: 'uuid' }) personId!: string;
  @ApiProperty({ type: Number }) restrictedCases!: number;
}

export class RemindersViewDto implements RemindersView {
  @ApiProperty({ type: Number }) requestsDueSoon!: number;
  @ApiProperty({ type: Number }) requestsOverdue!: number;
  @ApiProperty({ type: Number }) breachesToNotify!: number;
  @ApiProperty({ type: Number }) breachesOverdue!: number;
  @ApiProperty({ type: Number }) breakGlassToReview!: number;
  @ApiProperty({ type: Number }) breakGlassFollowUps!: number;
  @ApiProperty({ type: Number }) milestonesDueSoon!: number;
  @ApiProperty({ type: Number }) milestonesOverdue!: number;
}

class ProgrammeRetentionDto {
  @ApiProperty({ type: String }) rule!: string;
  @ApiProperty({ type: Number }) people!: number;
  @ApiProperty({ type: Number }) cases!: number;
  @ApiProperty({ type: Number }) erased!: number;
  @ApiProperty({ type: Number }) keptForLegalHold!: number;
}

class FiscalRetentionDto {
  @ApiProperty({ type: String }) rule!: string;
  @ApiProperty({ type: Number }) people!: number;
  @ApiProperty({ type: String }) note!: string;
}

class AccessLogRetentionDto {
  @ApiProperty({ type: String }) rule!: string;
  @ApiProperty({ type: String }) note!: string;
}

class RetentionCategoriesDto {
  @ApiProperty({ type: ProgrammeRetentionDto }) programme!: ProgrammeRetentionDto;
  @ApiProperty({ type: FiscalRetentionDto }) fiscal!: FiscalRetentionDto;
  @ApiProperty({ type: AccessLogRetentionDto }) accessLog!: AccessLogRetentionDto;
}

export class RetentionRunResultDto implements RetentionRunResult {
  @ApiProperty({ type: Boolean }) dryRun!: boolean;
  @ApiProperty({ type: RetentionCategoriesDto }) categories!: RetentionCategoriesDto;
}

export class PrivacyCaseViewDto implements PrivacyCaseView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String }) reference!: string;
  @ApiProperty({ enum: CASE_TYPES, enumName: 'CaseType' }) type!: CaseType;
  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' }) status!: CaseStatus;
  @ApiProperty({ type: String }) organisationName!: string;
  @ApiProperty({ type: String, format: 'uuid' }) personId!: string;
  @ApiProperty({ type: String, format: 'date' }) startDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: Boolean }) legalHold!: boolean;
  @ApiProperty({ type: Boolean }) processingRestricted!: boolean;
}

export const PagedPrivacyCaseViewDto = PagedDto(PrivacyCaseViewDto);

export class PrivacyCaseDetailViewDto extends PrivacyCaseViewDto implements PrivacyCaseDetailView {
  @ApiProperty({ type: String, nullable: true }) legalHoldReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) legalHoldAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) legalHoldByName!: string | null;
}

export class RectificationResultDto implements RectificationResult {
  @ApiProperty({ type: String, format: 'uuid', description: 'The person' }) id!: string;
  @ApiProperty({ type: String, isArray: true, description: 'Names of the rectified fields' }) changed!: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) privacyRequestId!: string | null;
}

export class ProcessingActivityDto implements ProcessingActivity {
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ type: String, isArray: true }) purposes!: string[];
  @ApiProperty({ type: String }) legalBasis!: string;
  @ApiProperty({ type: String, isArray: true }) dataSubjects!: string[];
  @ApiProperty({ type: String, isArray: true }) dataCategories!: string[];
  @ApiProperty({ type: String, isArray: true }) recipients!: string[];
  @ApiProperty({ type: String }) retention!: string;
}

export class ProcessingRegisterDto implements ProcessingRegister {
  @ApiProperty({ type: String }) controller!: string;
  @ApiProperty({ type: [ProcessingActivityDto] }) activities!: ProcessingActivityDto[];
  @ApiProperty({ type: String, isArray: true, description: 'Every category of personal data held about a person' })
  dataCategories!: string[];
  @ApiProperty({ type: String, isArray: true }) securityMeasures!: string[];
}

export class ExportedProcessDocumentDto implements ExportedProcessDocument {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PROCESS_DOCUMENT_KINDS, enumName: 'ProcessDocumentKind' }) kind!: ProcessDocumentKind;
  @ApiProperty({ type: String }) filename!: string;
  @ApiProperty({ type: String }) contentType!: string;
  @ApiProperty({ type: Number }) sizeBytes!: number;
  @ApiProperty({ type: String }) href!: string;
}

class ExportedClientSummaryDto implements ExportedClientSummary {
  @ApiProperty({ type: String, format: 'uuid' }) reportId!: string;
  @ApiProperty({ type: String, description: 'The organisation it was released to' }) recipient!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodStart!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodEnd!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalisedAt!: string | null;
  @ApiProperty({ type: String }) clientSummary!: string;
}

class ExportedActivityDto implements ExportedActivity {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS, enumName: 'ActivityKind' }) kind!: ActivityKind;
  @ApiProperty({ type: String, format: 'date' }) occurredOn!: string;
  @ApiProperty({ type: Number, nullable: true }) durationMinutes!: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

class ExportedFileDto implements ExportedFile {
  @ApiProperty({ type: String, description: 'Path inside the package' }) path!: string;
  @ApiProperty({ type: String, format: 'uuid' }) documentId!: string;
  @ApiProperty({ type: String }) caseReference!: string;
  @ApiProperty({ enum: ['process', 'special'] }) file!: 'process' | 'special';
  @ApiProperty({ type: String }) kind!: string;
  @ApiProperty({ type: String }) filename!: string;
  @ApiProperty({ type: String }) contentType!: string;
  @ApiProperty({ type: Number }) sizeBytes!: number;
  @ApiProperty({ type: String, description: 'SHA-256 of the file, hex' }) sha256!: string;
}

@ApiExtraModels(
  ProgressReportViewDto,
  ParticipantProgressReportViewDto,
  ClientProgressReportViewDto,
  SpecialFileCapacitiesDto,
  SpecialFileFullDto,
)
export class ExportedCaseDto extends CaseViewDto implements ExportedCase {
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [ProgressReportViewDto, ParticipantProgressReportViewDto, ClientProgressReportViewDto].map((dto) => ({
        $ref: getSchemaPath(dto),
      })),
    },
  })
  progressReports!: ProgressReportListItem[];

  @ApiProperty({ type: [ExportedClientSummaryDto], description: 'Released to the employer' })
  clientSummaries!: ExportedClientSummaryDto[];
  @ApiProperty({ type: [ExportedActivityDto] }) activities!: ExportedActivityDto[];
  @ApiProperty({ type: [ExportedProcessDocumentDto] }) processDocuments!: ExportedProcessDocumentDto[];

  @ApiProperty({
    oneOf: [SpecialFileCapacitiesDto, SpecialFileFullDto].map((dto) => ({ $ref: getSchemaPath(dto) })),
    nullable: true,
  })
  specialFile!: SpecialFileView | null;
}

class ExportedPersonaliaDto {
  @ApiProperty({ type: String }) firstName!: string;
  @ApiProperty({ type: String }) lastName!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) birthDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

class ExportedAccessEventDto implements ExportedAccessEvent {
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null when it was the person themselves' })
  actorName!: string | null;
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

class ExportedDisclosureDto implements ExportedDisclosure {
  @ApiProperty({ type: String }) recipient!: string;
  @ApiProperty({ type: String, isArray: true }) fields!: string[];
  @ApiProperty({ type: String }) legalBasis!: string;
  @ApiProperty({ type: String, format: 'date-time' }) disclosedAt!: string;
}

class ExportedConsentDto implements ExportedConsent {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String }) purpose!: string;
  @ApiProperty({ type: String, format: 'date-time' }) givenAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt!: string | null;
}

class ExportedPrivacyRequestDto implements ExportedPrivacyRequest {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PRIVACY_REQUEST_TYPES, enumName: 'PrivacyRequestType' }) type!: PrivacyRequestType;
  @ApiProperty({ enum: PRIVACY_REQUEST_STATUSES, enumName: 'PrivacyRequestStatus' }) status!: PrivacyRequestStatus;
  @ApiProperty({ type: String, format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) dueAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ enum: PRIVACY_REQUEST_OUTCOMES, enumName: 'PrivacyRequestOutcome', nullable: true })
  outcome!: PrivacyRequestOutcome | null;
}

export class PersonalDataExportDto implements PersonalDataExport {
  @ApiProperty({ type: String, example: 'spoor-export/v2' }) format!: string;
  @ApiProperty({ type: String, format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: ExportedPersonaliaDto }) personalia!: ExportedPersonaliaDto;
  @ApiProperty({ type: [ExportedCaseDto] }) cases!: ExportedCaseDto[];
  @ApiProperty({ type: [ExportedAccessEventDto] }) accessLog!: ExportedAccessEventDto[];
  @ApiProperty({ type: [ExportedDisclosureDto] }) disclosures!: ExportedDisclosureDto[];
  @ApiProperty({ type: [ExportedConsentDto] }) consents!: ExportedConsentDto[];
  @ApiProperty({ type: [ExportedPrivacyRequestDto] }) privacyRequests!: ExportedPrivacyRequestDto[];
  @ApiProperty({ type: String, description: 'How to fetch the documents themselves' }) documents!: string;
  @ApiPropertyOptional({ type: [ExportedFileDto], description: 'The package (ZIP) only: the files in it' })
  files?: ExportedFileDto[];
}
