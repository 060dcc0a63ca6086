import { SchemasAndRoles1795000000000 } from './1795000000000-SchemasAndRoles';
import { DataKeys1795456426811 } from './1795456426811-DataKeys';
import { DomainModel1795456783637 } from './1795456783637-DomainModel';
import { Authentication1795457139271 } from './1795457139271-Authentication';
import { AccessLog1795457823285 } from './1795457823285-AccessLog';
import { Invitations1795459504892 } from './1795459504892-Invitations';
import { AccessLogRetention1795459687400 } from './1795459687400-AccessLogRetention';
import { PrivacyOperations1795460021259 } from './1795460021259-PrivacyOperations';
import { CaseWork1795460327922 } from './1795460327922-CaseWork';
import { ReportCorrections1795460582133 } from './1795460582133-ReportCorrections';
import { DailyJobs1795461358513 } from './1795461358513-DailyJobs';
import { LegalHoldAndBreachUpdates1795461423066 } from './1795461423066-LegalHoldAndBreachUpdates';
import { CaseReferenceSearch1795462696795 } from './1795462696795-CaseReferenceSearch';
import { CaseloadIndexes1796168859254 } from './1796168859254-CaseloadIndexes';
import { OrganisationContacts1796169463727 } from './1796169463727-OrganisationContacts';
import { ExportDeliveries1796668537650 } from './1796668537650-ExportDeliveries';
import { AuthFailureScopes1796668508972 } from './1796668508972-AuthFailureScopes';
import { AccessLogIntegrity1796668700714 } from './1796668700714-AccessLogIntegrity';
import { PoortwachterTimeline1796669893830 } from './1796669893830-PoortwachterTimeline';
import { SpecialFileForms1796700000000 } from './1796700000000-SpecialFileForms';
import { WaitingPeriodExtensions1796700600000 } from './1796700600000-WaitingPeriodExtensions';
import { RectificationCorrections1796803000000 } from './1796803000000-RectificationCorrections';
import { CaseClientReference1796809000000 } from './1796809000000-CaseClientReference';
import { BreakGlassReview1796806000000 } from './1796806000000-BreakGlassReview';
import { ConsentPurposesAndObjection1796801000000 } from './1796801000000-ConsentPurposesAndObjection';
import { ErasurePlans1796805000000 } from './1796805000000-ErasurePlans';
import { ProcessDocumentSharing1796810000000 } from './1796810000000-ProcessDocumentSharing';

/** Every migration, in order. Listed explicitly because the API is bundled (no file globbing at run time). */
export const migrations = [
  SchemasAndRoles1795000000000,
  DataKeys1795456426811,
  DomainModel1795456783637,
  Authentication1795457139271,
  AccessLog1795457823285,
  Invitations1795459504892,
  AccessLogRetention1795459687400,
  PrivacyOperations1795460021259,
  CaseWork1795460327922,
  ReportCorrections1795460582133,
  DailyJobs1795461358513,
  LegalHoldAndBreachUpdates1795461423066,
  CaseReferenceSearch1795462696795,
  CaseloadIndexes1796168859254,
  OrganisationContacts1796169463727,
  ExportDeliveries1796668537650,
  AuthFailureScopes1796668508972,
  AccessLogIntegrity1796668700714,
  PoortwachterTimeline1796669893830,
  SpecialFileForms1796700000000,
  WaitingPeriodExtensions1796700600000,
  ConsentPurposesAndObjection1796801000000,
  ErasurePlans1796805000000,
  BreakGlassReview1796806000000,
  RectificationCorrections1796803000000,
  CaseClientReference1796809000000,
  ProcessDocumentSharing1796810000000,
];
