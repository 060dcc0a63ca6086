/**
 * Compile-time test (run by `nx typecheck api-client`): the OpenAPI document, as generated into schema.d.ts,
 * and the hand-written response types in @spoor/domain describe the same bodies for the key operations.
 * Each check holds only when both types are identical to the compiler (same properties, same optionality, same
 * nullability: mutual assignability would let a missing optional property through); a DTO that drifts from its
 * interface, or a stale schema.d.ts, breaks the typecheck here.
 */
import type {
  ActivityView,
  AdminUserView,
  ApiErrorBody,
  CaseAssignmentView,
  CaseMilestoneView,
  CaseView,
  HealthStatus,
  InvitationDetails,
  LoginResponse,
  MilestoneWorklist,
  Paged,
  ProgressReportListItem,
  ProgressReportView,
  SessionResponse,
  SpecialFileView,
} from '@spoor/domain';
import type { components, ResponseBody } from './index';

type Agree<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

/**
 * A milestone's `basis` is a discriminated union in the domain (`MilestoneBasis`, one shape per rule); the
 * OpenAPI document describes it as an open object. Everything else about the item must agree exactly.
 */
type MilestoneItem = ResponseBody<'/api/cases/{id}/milestones', 'get'>['items'][number];

/** Distributes over a union (a special file is one of two scopes), unlike Omit. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/**
 * The FML, AD report and UWV decision models are described as open objects in the OpenAPI document (their
 * structure is libs/domain/src/fml, validated there); the rest of the special file must agree exactly.
 */
type OpenForms = 'fmlAssessments' | 'adReports' | 'uwvDecisions' | 'adReport' | 'capacities';

export type DomainAgreement = [
  Expect<Agree<ResponseBody<'/api/auth/login', 'post'>, LoginResponse>>,
  Expect<Agree<ResponseBody<'/api/auth/me', 'get'>, SessionResponse>>,
  Expect<Agree<ResponseBody<'/api/cases', 'get'>, Paged<CaseView>>>,
  Expect<Agree<ResponseBody<'/api/cases/{id}', 'get'>, CaseView>>,
  Expect<Agree<ResponseBody<'/api/cases', 'post', 201>, CaseView>>,
  Expect<Agree<Omit<MilestoneItem, 'basis'>, Omit<CaseMilestoneView, 'basis'>>>,
  Expect<Agree<MilestoneItem['basis'], { [key: string]: unknown } | null>>,
  Expect<
    Agree<Omit<ResponseBody<'/api/cases/{id}/milestones', 'get'>, 'items'>, Omit<Paged<CaseMilestoneView>, 'items'>>
  >,
  Expect<Agree<ResponseBody<'/api/cases/{id}/progress-reports', 'get'>, Paged<ProgressReportListItem>>>,
  Expect<Agree<ResponseBody<'/api/progress-reports/{id}', 'patch'>, ProgressReportView>>,
  Expect<
    Agree<
      OmitEach<ResponseBody<'/api/cases/{id}/special-file', 'get'>, OpenForms>,
      OmitEach<SpecialFileView, OpenForms>
    >
  >,
  Expect<Agree<ResponseBody<'/api/cases/{id}/activities', 'get'>, Paged<ActivityView>>>,
  Expect<Agree<ResponseBody<'/api/cases/{id}/assignments', 'put'>, Paged<CaseAssignmentView>>>,
  Expect<Agree<ResponseBody<'/api/worklists/milestones', 'get'>, MilestoneWorklist>>,
  Expect<Agree<ResponseBody<'/api/admin/users', 'get'>, Paged<AdminUserView>>>,
  Expect<Agree<ResponseBody<'/api/invitations/inspect', 'post'>, InvitationDetails>>,
  Expect<Agree<ResponseBody<'/api/health', 'get'>, HealthStatus>>,
  Expect<Agree<components['schemas']['ApiErrorBodyDto'], ApiErrorBody>>,
];
