/// <reference types="@testing-library/jest-dom" />
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionUser } from '@spoor/domain';
import { Route, Routes } from 'react-router-dom';
import { AbilityProvider } from '../auth/ability';
import i18n from '../i18n';
import { fakeApi, type FakeRoutes } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { CasesPage } from './CasesPage';

const ACME_ID = '00000000-0000-4000-8000-0000000000a1';
const COACH_ID = '00000000-0000-4000-8000-000000000002';
const EXPERT_ID = '00000000-0000-4000-8000-000000000004';
const CASE_ID = '00000000-0000-4000-8000-0000000000c1';

const ADMIN: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@spoor.test',
  role: 'admin',
  displayName: 'Ilse Vermeulen',
};
const COACH: SessionUser = { id: COACH_ID, email: 'coach@spoor.test', role: 'coach', displayName: 'Sanne Jacobs' };

const staff = (id: string, displayName: string, role: string, disabled = false) => ({
  id,
  email: `${id}@spoor.test`,
  displayName,
  role,
  organisationId: null,
  personId: null,
  disabled,
  secondFactorEnrolled: true,
  passwordSet: true,
  createdAt: '2026-01-01T00:00:00Z',
});

function withApi(extra: FakeRoutes = {}) {
  return fakeApi({
    'GET /api/cases': { status: 200, body: { items: [], total: 0 } },
    'GET /api/admin/organisations': {
      status: 200,
      body: { items: [{ id: ACME_ID, name: 'Acme Logistiek B.V.', kvkNumber: '12345678' }], total: 1 },
    },
    'GET /api/admin/users': {
      status: 200,
      body: {
        items: [
          staff(COACH_ID, 'Sanne Jacobs', 'coach'),
          staff('00000000-0000-4000-8000-000000000005', 'Oud Coach', 'coach', true),
          staff(EXPERT_ID, 'Pieter de Boer', 'labour_expert'),
        ],
        total: 3,
      },
    },
    ...extra,
  });
}

function render(user: SessionUser) {
  renderPage(
    <AbilityProvider user={user}>
      <Routes>
        <Route path="/cases" element={<CasesPage />} />
        <Route path="/cases/:id" element={<p>case detail</p>} />
      </Routes>
    </AbilityProvider>,
    '/cases',
  );
}

async function pick(input: HTMLElement, label: string) {
  await userEvent.click(input);
  // The page's own type filter holds the same options: take the dialog's, rendered last.
  const options = await screen.findAllByRole('option', { name: label, hidden: true });
  await userEvent.click(options[options.length - 1]);
}

describe('CasesPage new case', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('offers the button only to who may assign cases', async () => {
    withApi();
    render(COACH);
    expect(await screen.findByText('Geen dossiers gevonden.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuw dossier' })).not.toBeInTheDocument();
  });

  it('shows the problems of an API 400 at their inputs, then creates the case and opens it', async () => {
    const calls = withApi({
      'POST /api/cases': [
        {
          status: 400,
          body: {
            statusCode: 400,
            code: 'VALIDATION_FAILED',
            message: ['startDate must be a date (YYYY-MM-DD)', 'person.lastName must be at most 100 characters'],
            error: 'Bad Request',
            fields: [
              { field: 'startDate', code: 'NOT_A_DATE' },
              { field: 'person.lastName', code: 'TOO_LONG', params: { min: 1, max: 100 } },
            ],
          },
        },
        { status: 201, body: { id: CASE_ID, reference: 'RI-2026-0001' } },
      ],
    });
    render(ADMIN);
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw dossier' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuw dossier aanmaken' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));
    expect(within(dialog).getAllByText('Dit veld is verplicht').length).toBeGreaterThan(0);
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await pick(within(dialog).getByRole('textbox', { name: /^Soort traject/ }), 'Re-integratie 2e spoor');
    const organisation = within(dialog).getByRole('textbox', { name: /^Opdrachtgever/ });
    await waitFor(() => expect(organisation).toBeEnabled());
    await pick(organisation, 'Acme Logistiek B.V.');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Voornaam/ }), 'Jan');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Achternaam/ }), 'Jansen');
    const coach = within(dialog).getByRole('textbox', { name: /^Coach/ });
    await waitFor(() => expect(coach).toBeEnabled());
    await userEvent.click(coach);
    expect(screen.queryByRole('option', { name: 'Oud Coach', hidden: true })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('option', { name: 'Sanne Jacobs', hidden: true }));
    await pick(within(dialog).getByRole('textbox', { name: /^Arbeidsdeskundige/ }), 'Pieter de Boer');
    // Typed the Dutch way; the API gets the calendar day as YYYY-MM-DD.
    const start = within(dialog).getByRole('textbox', { name: /^Startdatum/ });
    await userEvent.type(start, '01-03-2026');
    expect(start).toHaveValue('01-03-2026');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));

    // Each problem under its own input (the API's `person.lastName` is the form's last name); the alert only
    // says that something must be fixed.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Niet alle velden zijn goed ingevuld. Controleer de invoer.',
    );
    await waitFor(() => expect(start).toHaveAccessibleDescription('Vul een geldige datum in'));
    expect(within(dialog).getByRole('textbox', { name: /^Achternaam/ })).toHaveAccessibleDescription(
      'Vul maximaal 100 tekens in',
    );
    expect(within(dialog).getByRole('textbox', { name: /^Voornaam/ })).not.toHaveAccessibleDescription();
    expect(within(dialog).queryByText(/must be a date|at most 100/)).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));
    expect(await screen.findByText('case detail')).toBeInTheDocument();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({
      type: 'reintegration_track2',
      organisationId: ACME_ID,
      person: { firstName: 'Jan', lastName: 'Jansen' },
      coachId: COACH_ID,
      labourExpertId: EXPERT_ID,
      startDate: '2026-03-01',
    });
  });
});

describe('CasesPage as the client contact (issue 17)', () => {
  const CLIENT: SessionUser = {
    id: '00000000-0000-4000-8000-000000000003',
    email: 'client@acme.spoor.test',
    role: 'client',
    displayName: 'Ruud Kramer',
    organisationId: ACME_ID,
  };
  // What the API gives a client: the summary with the employee's name and the employer's own reference.
  const femke = {
    id: CASE_ID,
    reference: 'OP-2026-0007',
    type: 'outplacement',
    status: 'active',
    organisationName: 'Acme Logistiek B.V.',
    personName: 'Femke Zwanenburg',
    clientReference: 'P-10234',
    coachName: 'Sanne Jacobs',
    startDate: '2026-03-01',
    endDate: null,
    completedAt: null,
    nextMilestone: null,
  };

  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('shows whose case it is and its own reference, and searches by name without putting it in the URL', async () => {
    const calls = withApi({
      'GET /api/auth/me': { status: 200, body: { user: CLIENT } },
      'GET /api/cases': { status: 200, body: { items: [femke], total: 1 } },
    });
    render(CLIENT);
    const table = await screen.findByRole('table', { name: 'Dossiers' });
    expect(await within(table).findByRole('columnheader', { name: 'Uw kenmerk' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Deelnemer' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /OP-2026-0007/ });
    expect(within(row).getByText('Femke Zwanenburg')).toBeInTheDocument();
    expect(within(row).getByText('P-10234')).toBeInTheDocument();
    // No column for contact details: the API sends none, the page asks for none.
    expect(within(table).queryByRole('columnheader', { name: /E-mail|Telefoon|Geboortedatum|Adres/ })).toBeNull();

    const search = screen.getByRole('textbox', { name: 'Zoeken' });
    expect(search).toHaveAttribute('placeholder', 'Zoeken op dossiernummer, achternaam of uw kenmerk');
    await userEvent.type(search, 'Zwanenburg');
    await waitFor(() =>
      expect(calls.some((call) => call.method === 'GET' && call.url.includes('q=Zwanenburg'))).toBe(true),
    );
    expect(window.location.search).not.toContain('Zwanenburg');
    expect(window.location.hash).not.toContain('Zwanenburg');
  });

  it('speaks of the client’s reference, not "your" reference, to staff', async () => {
    withApi({
      'GET /api/auth/me': { status: 200, body: { user: COACH } },
      'GET /api/cases': { status: 200, body: { items: [{ ...femke, personEmail: 'f@voorbeeld.nl' }], total: 1 } },
    });
    render(COACH);
    const table = await screen.findByRole('table', { name: 'Dossiers' });
    expect(await within(table).findByRole('columnheader', { name: 'Kenmerk opdrachtgever' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Uw kenmerk' })).toBeNull();
  });
});

describe('CasesPage new case: the client reference', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('checks the reference before sending and sends it trimmed with the new case', async () => {
    const calls = withApi({ 'POST /api/cases': { status: 201, body: { id: CASE_ID, reference: 'OP-2026-0001' } } });
    render(ADMIN);
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw dossier' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuw dossier aanmaken' });
    await pick(within(dialog).getByRole('textbox', { name: /^Soort traject/ }), 'Outplacement');
    const organisation = within(dialog).getByRole('textbox', { name: /^Opdrachtgever/ });
    await waitFor(() => expect(organisation).toBeEnabled());
    await pick(organisation, 'Acme Logistiek B.V.');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Voornaam/ }), 'Femke');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Achternaam/ }), 'Zwanenburg');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Startdatum/ }), '01-03-2026');
    const reference = within(dialog).getByRole('textbox', { name: /^Kenmerk opdrachtgever/ });
    await userEvent.type(reference, 'P<10234>');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));
    await waitFor(() => expect(reference).toHaveAccessibleDescription(/Gebruik alleen letters, cijfers/));
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await userEvent.clear(reference);
    await userEvent.type(reference, ' P-10234 ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));
    expect(await screen.findByText('case detail')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({ clientReference: 'P-10234' });
  });
});
