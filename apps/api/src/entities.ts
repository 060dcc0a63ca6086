import type { EntitySchema, MixedList } from 'typeorm';
import { AccessEvent } from './access-log/access-event.entity';
import { AccessLogCut } from './access-log/access-log-cut.entity';
import { AccessSeal } from './access-log/access-seal.entity';
import { AuthFailure } from './auth/auth-failure.entity';
import { BreakGlassGrant } from './auth/break-glass-grant.entity';
import { LoginChallenge } from './auth/login-challenge.entity';
import { Session } from './auth/session.entity';
import { CaseAssignment } from './cases/case-assignment.entity';
import { Case } from './cases/case.entity';
import { CaseMilestone } from './cases/case-milestone.entity';
import { ProcessDataKey, SpecialDataKey } from './platform/crypto/data-key.entity';
import { Disclosure } from './disclosures/disclosure.entity';
import { Invitation } from './invitations/invitation.entity';
import { Organisation } from './organisations/organisation.entity';
import { Person } from './people/person.entity';
import { MilestoneCompletion } from './poortwachter/milestone-completion.entity';
import { Breach } from './privacy/breach.entity';
import { BreakGlassFollowUp } from './privacy/break-glass-follow-up.entity';
import { JobRun } from './jobs/job-run.entity';
import { Consent } from './privacy/consent.entity';
import { ErasurePlan } from './privacy/erasure-plan.entity';
import { ExportDelivery } from './privacy/export-delivery.entity';
import { PrivacyRequest } from './privacy/privacy-request.entity';
import { RectificationCorrection } from './privacy/rectification-correction.entity';
import { Activity } from './process-file/activity.entity';
import { ProcessDocument } from './process-file/process-document.entity';
import { ProgressReport } from './process-file/progress-report.entity';
import { AdReportRecord } from './special-file/ad-report.entity';
import { FmlAssessment } from './special-file/fml-assessment.entity';
import { FmlFormAssessment } from './special-file/fml-form-assessment.entity';
import { HealthDocument } from './special-file/health-document.entity';
import { HealthRecord } from './special-file/health-record.entity';
import { OccupationalAssessment } from './special-file/occupational-assessment.entity';
import { SicknessEvent } from './special-file/sickness-event.entity';
import { UwvDecisionRecord } from './special-file/uwv-decision.entity';
import { UwvOpinion } from './special-file/uwv-opinion.entity';
import { WaitingPeriodExtension } from './special-file/waiting-period-extension.entity';
import { User } from './users/user.entity';

type EntityClass = (new (...args: never[]) => unknown) | EntitySchema;

/** Process side (schema `public`), connection `spoor_app`. */
export const processEntities: EntityClass[] = [
  ProcessDataKey,
  Organisation,
  User,
  Person,
  Case,
  CaseAssignment,
  CaseMilestone,
  MilestoneCompletion,
  ProgressReport,
  Activity,
  ProcessDocument,
  Session,
  LoginChallenge,
  AuthFailure,
  BreakGlassGrant,
  Invitation,
  PrivacyRequest,
  RectificationCorrection,
  ExportDelivery,
  ErasurePlan,
  Consent,
  Breach,
  BreakGlassFollowUp,
  Disclosure,
  JobRun,
  AccessEvent,
  AccessSeal,
  AccessLogCut,
];

/** Special file (schema `special`), connection `spoor_special` only. */
export const specialEntities: EntityClass[] = [
  AccessEvent,
  SpecialDataKey,
  HealthRecord,
  FmlAssessment,
  OccupationalAssessment,
  UwvOpinion,
  HealthDocument,
  SicknessEvent,
  WaitingPeriodExtension,
  FmlFormAssessment,
  AdReportRecord,
  UwvDecisionRecord,
];

export const allEntities: MixedList<EntityClass> = [...processEntities, ...specialEntities];
