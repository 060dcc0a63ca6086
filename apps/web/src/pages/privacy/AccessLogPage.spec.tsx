/// <reference types="@testing-library/jest-dom" />
import { screen, within } from '@testing-library/react';
import type { SessionUser } from '@spoor/domain';
import type { AccessEvent } from '../../api/useAccessLog';
import { AbilityProvider } from '../../auth/ability';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { AccessLogPage } from './AccessLogPage';

const OFFICER: SessionUser = {
  id: '00000000-0000-4000-8000-000000000009',
  email: 'fg@spoor.test',
  role: 'privacy_officer',
  displayName: 'Fatima Bakker',
};

const event = (id: string, action: string, resource: string): AccessEvent => ({
  id,
  at: '2026-11-20T10:00:00.000Z',
  actorId: null,
  actorName: 'Sanne Jacobs',
  actorRole: 'coach',
  actorOrganisation: null,
  action,
  outcome: 'allowed',
  caseId: null,
  caseReference: null,
  personId: null,
  personIds: [],
  resource,
  resourceId: null,
  fields: [],
  purpose: 'reintegration_guidance',
  breakGlass: false,
  requestId: null,
});

function render() {
  fakeApi({
    'GET /api/access-log': {
      status: 200,
      body: { items: [event('e1', 'read', 'special_file'), event('e2', 'frobnicate', 'mystery_thing')], total: 2 },
    },
  });
  renderPage(
    <AbilityProvider user={OFFICER}>
      <AccessLogPage />
    </AbilityProvider>,
    '/privacy/access-log',
  );
}

describe('AccessLogPage', () => {
  it('translates action and resource codes, and shows unknown codes as they are', async () => {
    await i18n.changeLanguage('nl');
    render();
    const table = await screen.findByRole('table', { name: 'Toegangslog' });
    expect(within(table).getByText('Bekijken')).toBeInTheDocument();
    expect(within(table).getByText('Bijzonder dossier')).toBeInTheDocument();
    expect(within(table).getByText('frobnicate')).toBeInTheDocument();
    expect(within(table).getByText('mystery_thing')).toBeInTheDocument();
    // The seal check answers too (here: it could not be checked).
    expect(await screen.findByText('De verzegeling kon niet worden gecontroleerd.')).toBeInTheDocument();
  });

  it('uses English labels in English', async () => {
    await i18n.changeLanguage('en');
    render();
    const table = await screen.findByRole('table', { name: 'Access log' });
    expect(within(table).getByText('View')).toBeInTheDocument();
    expect(within(table).getByText('Special file')).toBeInTheDocument();
    expect(await screen.findByText('The seal could not be checked.')).toBeInTheDocument();
    await i18n.changeLanguage('nl');
  });
});
