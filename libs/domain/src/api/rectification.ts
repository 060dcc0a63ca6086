import type { PrivacyRequestStatus } from '../privacy';
import type { RectifiableField } from '../rectification';
import type { IsoDate, IsoDateTime } from './common';

/** A correction made under a rectification request: when, and which fields (names only, never values). */
export interface RectificationCorrectionView {
  at: IsoDateTime;
  fields: RectifiableField[];
}

/**
 * `GET /privacy-requests/:id/rectification`: what the privacy officer needs to carry out a rectification request.
 * The current personalia only while the request is open (afterwards there is nothing left to correct).
 */
export interface RectificationView {
  requestId: string;
  personId: string;
  status: PrivacyRequestStatus;
  personalia: {
    firstName: string;
    lastName: string;
    birthDate: IsoDate | null;
    address: string | null;
    email: string | null;
    phone: string | null;
  } | null;
  corrections: RectificationCorrectionView[];
}
