import type { AppAbility, SessionUser } from '@spoor/domain';
import { lazy, type FunctionComponent, type LazyExoticComponent } from 'react';

/** Every page gets the logged-in user (most ignore it); public pages get none. */
export interface PageProps {
  user: SessionUser;
}

type Page<Props> = LazyExoticComponent<FunctionComponent<Props>>;

/** A page that works without a session. */
export interface PublicRoute {
  path: string;
  access: 'public';
  page: Page<object>;
}

/** A path of a session. Pages are downloaded when first opened: each persona downloads the pages it opens. */
export interface SessionRoute {
  path: string;
  /** Whether the user may reach the path: the same ability as the API's, which refuses the rest anyway. */
  access: (ability: AppAbility) => boolean;
  page?: Page<PageProps>;
  /** Instead of a page: where the path sends its visitor. */
  redirect?: string;
  /** The i18n key of the path's link in the navigation; no key, no link. */
  navLabel?: string;
}

export type AppRoute = PublicRoute | SessionRoute;

const sessionPage = (load: () => Promise<FunctionComponent<PageProps>>): Page<PageProps> =>
  lazy(async () => ({ default: await load() }));
const publicPage = (load: () => Promise<FunctionComponent<object>>): Page<object> =>
  lazy(async () => ({ default: await load() }));

const always = () => true;
const readsCases = (ability: AppAbility) => ability.can('read', 'Case');
// "Mijn werk": for whoever does case work (coaches, labour experts), across their own caseload.
const hasWorklist = (ability: AppAbility) =>
  ability.can('write_process_file', 'Case') || ability.can('write_special_file', 'Case');

/**
 * The one list of the app's paths, in the order of the navigation. It drives the router (`App`) and the
 * navigation (`AppLayout`). Where a path is listed more than once, the first entry the user may reach is the one.
 */
export const ROUTES: readonly AppRoute[] = [
  // Pages that work without a session: someone following an e-mailed link, or who forgot their password.
  {
    path: '/invitation',
    access: 'public',
    page: publicPage(() => import('../pages/InvitationPage').then((m) => m.InvitationPage)),
  },
  {
    path: '/password-reset',
    access: 'public',
    page: publicPage(() => import('../pages/PasswordResetPage').then((m) => m.PasswordResetPage)),
  },

  // Home: whoever reads cases starts at the case list, the privacy officer at the dashboard.
  { path: '/', access: readsCases, redirect: '/cases', navLabel: 'nav.home' },
  {
    path: '/',
    access: (ability) => ability.can('read', 'AccessLog'),
    page: sessionPage(() => import('../pages/privacy/PrivacyDashboardPage').then((m) => m.PrivacyDashboardPage)),
    navLabel: 'nav.home',
  },
  {
    path: '/',
    access: always,
    page: sessionPage(() => import('../pages/HomePage').then((m) => m.HomePage)),
    navLabel: 'nav.home',
  },

  {
    path: '/worklist',
    access: hasWorklist,
    page: sessionPage(() => import('../pages/MyWorkPage').then((m) => m.MyWorkPage)),
    navLabel: 'nav.worklist',
  },
  {
    path: '/cases',
    access: readsCases,
    page: sessionPage(() => import('../pages/CasesPage').then((m) => m.CasesPage)),
    navLabel: 'nav.cases',
  },
  {
    // Noodtoegang: whoever may break the glass finds a case outside their caseload by its reference.
    path: '/break-glass',
    access: (ability) => ability.can('break_glass', 'Case'),
    page: sessionPage(() => import('../pages/BreakGlassPage').then((m) => m.BreakGlassPage)),
    navLabel: 'breakGlass.nav',
  },
  {
    path: '/cases/:id',
    access: readsCases,
    page: sessionPage(() => import('../pages/CaseDetailPage').then((m) => m.CaseDetailPage)),
  },
  {
    path: '/admin/users',
    access: (ability) => ability.can('manage', 'User'),
    page: sessionPage(() => import('../pages/AdminUsersPage').then((m) => m.AdminUsersPage)),
    navLabel: 'nav.users',
  },
  {
    path: '/admin/organisations',
    access: (ability) => ability.can('manage', 'Organisation'),
    page: sessionPage(() => import('../pages/AdminOrganisationsPage').then((m) => m.AdminOrganisationsPage)),
    navLabel: 'nav.organisations',
  },
  {
    // The newsletter consent's visible effect: the mailing list (the admin sends the newsletter).
    path: '/admin/newsletter',
    access: (ability) => ability.can('manage', 'User'),
    page: sessionPage(() => import('../pages/AdminNewsletterPage').then((m) => m.AdminNewsletterPage)),
    navLabel: 'privacy.nav.newsletter',
  },
  {
    path: '/privacy/access-log',
    access: (ability) => ability.can('read', 'AccessLog'),
    page: sessionPage(() => import('../pages/privacy/AccessLogPage').then((m) => m.AccessLogPage)),
    navLabel: 'privacy.nav.accessLog',
  },
  {
    path: '/privacy/anomalies',
    access: (ability) => ability.can('read', 'AccessLog'),
    page: sessionPage(() => import('../pages/privacy/AnomaliesPage').then((m) => m.AnomaliesPage)),
    navLabel: 'privacy.nav.anomalies',
  },
  {
    path: '/privacy/requests',
    access: (ability) => ability.can('manage', 'PrivacyRequest'),
    page: sessionPage(() => import('../pages/privacy/RequestsPage').then((m) => m.RequestsPage)),
    navLabel: 'privacy.nav.requests',
  },
  {
    path: '/privacy/breaches',
    access: (ability) => ability.can('manage', 'Breach'),
    page: sessionPage(() => import('../pages/privacy/BreachesPage').then((m) => m.BreachesPage)),
    navLabel: 'privacy.nav.breaches',
  },
  {
    path: '/privacy/cases',
    access: (ability) => ability.can('manage', 'Retention'),
    page: sessionPage(() => import('../pages/privacy/PrivacyCasesPage').then((m) => m.PrivacyCasesPage)),
    navLabel: 'privacy.nav.cases',
  },
  {
    path: '/privacy/cases/:id',
    access: (ability) => ability.can('manage', 'Retention'),
    page: sessionPage(() => import('../pages/privacy/PrivacyCasePage').then((m) => m.PrivacyCasePage)),
  },
  {
    path: '/privacy/retention',
    access: (ability) => ability.can('manage', 'Retention'),
    page: sessionPage(() => import('../pages/privacy/RetentionPage').then((m) => m.RetentionPage)),
    navLabel: 'privacy.nav.retention',
  },
  {
    path: '/privacy/register',
    access: (ability) => ability.can('read', 'AccessLog'),
    page: sessionPage(() => import('../pages/privacy/ProcessingRegisterPage').then((m) => m.ProcessingRegisterPage)),
    navLabel: 'processingRegister.nav',
  },
  {
    path: '/me/access-log',
    access: (ability) => ability.can('read', 'OwnAccessLog'),
    page: sessionPage(() => import('../pages/me/MyAccessLogPage').then((m) => m.MyAccessLogPage)),
    navLabel: 'privacy.nav.myAccessLog',
  },
  {
    path: '/me/requests',
    access: (ability) => ability.can('read', 'OwnPrivacyRequest'),
    page: sessionPage(() => import('../pages/me/MyRequestsPage').then((m) => m.MyRequestsPage)),
    navLabel: 'privacy.nav.myRequests',
  },
  {
    path: '/me/consents',
    access: (ability) => ability.can('read', 'OwnData'),
    page: sessionPage(() => import('../pages/me/MyConsentsPage').then((m) => m.MyConsentsPage)),
    navLabel: 'privacy.nav.myConsents',
  },
  {
    path: '/me/export',
    access: (ability) => ability.can('export', 'OwnData'),
    page: sessionPage(() => import('../pages/me/MyDataPage').then((m) => m.MyDataPage)),
    navLabel: 'privacy.nav.myData',
  },
];

export const PUBLIC_ROUTES: PublicRoute[] = ROUTES.filter((route): route is PublicRoute => route.access === 'public');

/** The routes of a session, one per path: the first entry of each path that the ability reaches. */
export function sessionRoutes(ability: AppAbility): SessionRoute[] {
  const reached = new Map<string, SessionRoute>();
  for (const route of ROUTES) {
    if (route.access === 'public' || reached.has(route.path) || !route.access(ability)) continue;
    reached.set(route.path, route);
  }
  return [...reached.values()];
}

/** The navigation of a session: its routes that have a link, in the order of ROUTES. */
export function navigation(ability: AppAbility): Array<SessionRoute & { navLabel: string }> {
  return sessionRoutes(ability).filter(
    (route): route is SessionRoute & { navLabel: string } => route.navLabel !== undefined,
  );
}
