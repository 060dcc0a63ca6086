import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { AccessLogFilters } from './useAccessLog';
import type { CaseFilters } from './useCases';
import type { PrivacyCaseFilters } from './usePrivacyCases';
import type { PrivacyRequestFilters } from './usePrivacyRequests';

/**
 * Every TanStack Query key of the web app, one factory per resource. A key is a prefix of the keys below it:
 * invalidating `cases.detail(id)` also refreshes that case's assignments, milestones, reports and activities
 * (they live under `['case', id, …]`), while `exact: true` touches the case alone.
 */
export const queryKeys = {
  auth: {
    all: () => ['auth'] as const,
    /** The logged-in user, or null without a session. */
    me: () => ['auth', 'me'] as const,
    /** Fetching it sets the CSRF cookie that pages used before login need for their first POST. */
    csrf: () => ['auth', 'csrf'] as const,
  },
  invitation: {
    byToken: (token: string | null) => ['invitation', token] as const,
  },
  cases: {
    /** Every list of cases, whatever its filters. */
    lists: () => ['cases'] as const,
    list: (filters: CaseFilters) => ['cases', filters] as const,
    /** One case; as a prefix, also everything shown on its page. */
    detail: (caseId: string) => ['case', caseId] as const,
  },
  caseWork: {
    assignments: (caseId: string) => ['case', caseId, 'assignments'] as const,
    milestones: (caseId: string) => ['case', caseId, 'milestones'] as const,
    reports: (caseId: string) => ['case', caseId, 'progress-reports'] as const,
    activities: (caseId: string) => ['case', caseId, 'activities'] as const,
    /** Process documents (not the health documents of the special file). */
    documents: (caseId: string) => ['case', caseId, 'documents'] as const,
  },
  specialFile: {
    ofCase: (caseId: string) => ['case', caseId, 'special-file'] as const,
    /** Sick reports and recoveries (dates only); under the special file, so refreshing it refreshes them too. */
    sicknessEvents: (caseId: string) => ['case', caseId, 'special-file', 'sickness-events'] as const,
    /** Extensions of the waiting period (dates and weeks), under the special file as the sickness events. */
    extensions: (caseId: string) => ['case', caseId, 'special-file', 'extensions'] as const,
  },
  accessLog: {
    list: (filters: AccessLogFilters, page: number, pageSize: number) =>
      ['access-log', filters, page, pageSize] as const,
    actors: () => ['access-log', 'actors'] as const,
    verify: () => ['access-log', 'verify'] as const,
    anomalies: () => ['access-log', 'anomalies'] as const,
  },
  worklists: {
    /** Every page of the milestone worklist. */
    allMilestones: () => ['worklists', 'milestones'] as const,
    milestones: (page: number) => ['worklists', 'milestones', page] as const,
    draftReports: (page: number) => ['worklists', 'draft-reports', page] as const,
    assessments: (page: number) => ['worklists', 'assessments', page] as const,
  },
  admin: {
    users: () => ['admin', 'users'] as const,
    organisations: () => ['admin', 'organisations'] as const,
  },
  privacyRequests: {
    all: () => ['privacy-requests'] as const,
    list: (filters: PrivacyRequestFilters) => ['privacy-requests', filters] as const,
    /** What a request's export holds and where its delivery stands (refreshed with every request change). */
    manifest: (requestId: string) => ['privacy-requests', 'manifest', requestId] as const,
    /** A rectification request's personalia and corrections (refreshed with every request change). */
    rectification: (requestId: string) => ['privacy-requests', 'rectification', requestId] as const,
  },
  /** The art. 30 register of processing activities. */
  processingRegister: () => ['privacy', 'register'] as const,
  privacyCases: {
    all: () => ['privacy', 'cases'] as const,
    list: (filters: PrivacyCaseFilters) => ['privacy', 'cases', 'list', filters] as const,
    detail: (caseId: string) => ['privacy', 'cases', 'detail', caseId] as const,
  },
  breaches: {
    all: () => ['breaches'] as const,
  },
  consents: {
    ofPerson: (personId: string) => ['me', 'consents', personId] as const,
  },
  reminders: {
    mine: () => ['me', 'reminders'] as const,
  },
  me: {
    accessLog: (page: number, pageSize: number) => ['me', 'access-log', page, pageSize] as const,
    disclosures: () => ['me', 'disclosures'] as const,
    exportDeliveries: () => ['me', 'export-deliveries'] as const,
  },
  newsletter: {
    /** The admin's newsletter mailing list: people with a current newsletter consent. */
    recipients: () => ['newsletter', 'recipients'] as const,
  },
};

const isAuthKey = (queryKey: QueryKey): boolean => queryKey[0] === queryKeys.auth.all()[0];

/**
 * After logout or an expired session: back to the login page (no user), and nothing of the previous user's
 * data left in memory. Only the auth queries stay (the CSRF cookie is not personal).
 */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.setQueryData(queryKeys.auth.me(), null);
  queryClient.removeQueries({ predicate: (query) => !isAuthKey(query.queryKey) });
}
