/// <reference types="@testing-library/jest-dom" />
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

function render(
  items: AccessEvent[] = [event('e1', 'read', 'special_file'), event('e2', 'frobnicate', 'mystery_thing')],
) {
  const calls = fakeApi({
    'GET /api/access-log': { status: 200, body: { items, total: items.length } },
    'GET /api/access-log/actors': {
      status: 200,
      body: [
        { id: '00000000-0000-4000-8000-000000000003', name: 'Sanne Jacobs', role: 'coach', organisation: null },
        { id: '00000000-0000-4000-8000-000000000004', name: 'Jan Pieters', role: 'client', organisation: 'Acme BV' },
      ],
    },
  });
  renderPage(
    <AbilityProvider user={OFFICER}>
      <AccessLogPage />
    </AbilityProvider>,
    '/privacy/access-log',
  );
  return calls;
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

  it('says in words which kinds of data were touched, with the field names behind a toggle', async () => {
    await i18n.changeLanguage('nl');
    render([
      {
        ...event('e3', 'list', 'case'),
        fields: ['id', 'reference', 'status', 'personName', 'personEmail', 'personPhone'],
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Toegangslog' });
    expect(within(table).getByText('naam en geboortedatum, contactgegevens, dossierstatus')).toBeInTheDocument();
    expect(within(table).queryByText(/personEmail/)).not.toBeVisible();
    await userEvent.click(within(table).getByRole('button', { name: 'Toon de 6 velden' }));
    await waitFor(() => expect(within(table).getByText(/personEmail/)).toBeVisible());
  });

  it('filters by name, case reference and a user chosen by name, never by typed UUIDs', async () => {
    await i18n.changeLanguage('nl');
    const calls = render();
    await screen.findByRole('table', { name: 'Toegangslog' });
    const filters = screen.getByRole('form', { name: 'Filters' });
    expect(within(filters).queryByText(/ID$/)).toBeNull();
    await userEvent.type(within(filters).getByRole('textbox', { name: /Persoon/ }), 'de Vries');
    await userEvent.type(within(filters).getByRole('textbox', { name: /Dossiernummer/ }), 'RI-2026-0001');
    await userEvent.click(within(filters).getByRole('textbox', { name: 'Gebruiker' }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Jan Pieters — Opdrachtgever, Acme BV', hidden: true }),
    );
    await userEvent.click(within(filters).getByRole('button', { name: 'Filteren' }));
    await waitFor(() =>
      expect(calls.map((call) => call.url)).toContainEqual(
        '/api/access-log?person=de+Vries&caseReference=RI-2026-0001&actorId=00000000-0000-4000-8000-000000000004&page=1&pageSize=50',
      ),
    );
  });

  it('refuses a case reference that is not one, before asking the API', async () => {
    await i18n.changeLanguage('nl');
    const calls = render();
    await screen.findByRole('table', { name: 'Toegangslog' });
    const filters = screen.getByRole('form', { name: 'Filters' });
    await userEvent.type(within(filters).getByRole('textbox', { name: /Dossiernummer/ }), 'RI 2026; DROP');
    await userEvent.click(within(filters).getByRole('button', { name: 'Filteren' }));
    expect(await within(filters).findByRole('alert')).toHaveTextContent('dossiernummer zoals RI-2026-0001');
    expect(calls.filter((call) => call.url.includes('caseReference'))).toEqual([]);
  });
});
