import type { Role } from '../roles';
import type { IsoDateTime } from './common';

/** `GET|POST|PATCH /admin/users`. */
export interface AdminUserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  personId: string | null;
  disabled: boolean;
  secondFactorEnrolled: boolean;
  passwordSet: boolean;
  createdAt: IsoDateTime;
}

/**
 * `POST /admin/people/search`: a person the admin may invite as a participant. Only what choosing needs: the
 * name, the references of the person's cases, and whether the person already has an account (one per person).
 */
export interface AdminPersonMatch {
  personId: string;
  name: string;
  caseReferences: string[];
  hasAccount: boolean;
}

/** `POST /admin/users/:id/reset-second-factor`. */
export interface SecondFactorResetView {
  id: string;
  secondFactorEnrolled: boolean;
}

/** `GET|POST|PATCH /admin/organisations`; the contact person is personal data (encrypted at rest). */
export interface OrganisationView {
  id: string;
  name: string;
  /** KvK: Kamer van Koophandel, the Dutch chamber of commerce number. */
  kvkNumber: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** One person's contact details handed to the survey bureau. */
export interface SurveyContact {
  name: string;
  email: string | null;
  phone: string | null;
}

/** `POST /admin/survey-export`. */
export interface SurveyExport {
  recipient: string;
  items: SurveyContact[];
  total: number;
}
