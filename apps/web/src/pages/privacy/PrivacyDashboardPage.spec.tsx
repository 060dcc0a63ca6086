/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen } from '@testing-library/react';
import type { SessionUser } from '@spoor/domain';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { PrivacyDashboardPage } from './PrivacyDashboardPage';

const OFFICER: SessionUser = {
  id: '00000000-0000-4000-8000-000000000009',
  email: 'privacy@spoor.test',
  role: 'privacy_officer',
  displayName: 'Pieter de Graaf',
};

describe('PrivacyDashboardPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('shows the reminder counts, reading no personal data to count them', async () => {
    const calls = fakeApi({
      'GET /api/me/reminders': {
        status: 200,
        body: {
          requestsDueSoon: 2,
          requestsOverdue: 1,
          breachesToNotify: 1,
          breachesOverdue: 3,
          breakGlassToReview: 4,
          breakGlassFollowUps: 2,
          milestonesDueSoon: 0,
          milestonesOverdue: 0,
        },
      },
      'GET /api/access-log/verify': { status: 200, body: { ok: true, checked: 10, seals: 1, newestSeal: null } },
    });
    renderPage(<PrivacyDashboardPage user={OFFICER} />, '/');
    expect(await screen.findByLabelText('Verzoeken te laat: 1')).toBeInTheDocument();
    expect(screen.getByLabelText('Verzoeken binnen 7 dagen: 2')).toBeInTheDocument();
    expect(screen.getByLabelText('Datalekken binnen 72 uur: 1')).toBeInTheDocument();
    expect(screen.getByText('3 niet op tijd gemeld')).toBeInTheDocument();
    expect(screen.getByLabelText('Noodtoegang te beoordelen: 4')).toBeInTheDocument();
    expect(screen.getByText('2 beoordeelde noodtoegangen met een open opvolgpunt')).toBeInTheDocument();
    const read = calls.map((call) => call.url.split('?')[0]);
    expect(read).not.toContain('/api/privacy-requests');
    expect(read).not.toContain('/api/breaches');
  });

  it('says so when the counts cannot be loaded', async () => {
    fakeApi({
      'GET /api/me/reminders': {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Not allowed', error: 'Forbidden' },
      },
      'GET /api/access-log/verify': { status: 200, body: { ok: true, checked: 10, seals: 1, newestSeal: null } },
    });
    renderPage(<PrivacyDashboardPage user={OFFICER} />, '/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze gegevens konden niet worden geladen.');
    expect(screen.queryByText('Not allowed')).not.toBeInTheDocument();
  });
});
