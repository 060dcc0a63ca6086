import { ApiProperty } from '@nestjs/swagger';
import {
  ASSIGNABLE_ROLES,
  ROLES,
  type AdminPersonMatch,
  type AdminUserView,
  type AssignableRole,
  type CaseAssignmentView,
  type OrganisationView,
  type Role,
  type SecondFactorResetView,
} from '@spoor/domain';
import { PagedDto } from '../platform/http/openapi';

export class AdminUserViewDto implements AdminUserView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String }) email!: string;
  @ApiProperty({ type: String }) displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) personId!: string | null;
  @ApiProperty({ type: Boolean }) disabled!: boolean;
  @ApiProperty({ type: Boolean }) secondFactorEnrolled!: boolean;
  @ApiProperty({ type: Boolean }) passwordSet!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export const PagedAdminUserViewDto = PagedDto(AdminUserViewDto);

export class AdminPersonMatchDto implements AdminPersonMatch {
  @ApiProperty({ type: String, format: 'uuid' }) personId!: string;
  @ApiProperty({ type: String, description: 'First and last name' }) name!: string;
  @ApiProperty({ type: [String], description: "References of the person's cases" }) caseReferences!: string[];
  @ApiProperty({ type: Boolean, description: 'Whether the person already has an account (one per person)' })
  hasAccount!: boolean;
}

export const PagedAdminPersonMatchDto = PagedDto(AdminPersonMatchDto);

export class SecondFactorResetViewDto implements SecondFactorResetView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: Boolean }) secondFactorEnrolled!: boolean;
}

export class OrganisationViewDto implements OrganisationView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ type: String, description: 'KvK number (chamber of commerce)' }) kvkNumber!: string;
  @ApiProperty({ type: String, nullable: true }) contactName!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export const PagedOrganisationViewDto = PagedDto(OrganisationViewDto);

export class CaseAssignmentViewDto implements CaseAssignmentView {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ASSIGNABLE_ROLES, enumName: 'AssignableRole' }) role!: AssignableRole;
  @ApiProperty({ type: String, format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String }) userName!: string;
  @ApiProperty({ type: String, format: 'date-time' }) assignedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) unassignedAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assignedBy!: string | null;
}

export const PagedCaseAssignmentViewDto = PagedDto(CaseAssignmentViewDto);
