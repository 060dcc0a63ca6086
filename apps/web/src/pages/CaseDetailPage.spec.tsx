/// <reference types="@testing-library/jest-dom" />
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionUser } from '@spoor/domain';
import { Route, Routes } from 'react-router-dom';
import { AbilityProvider } from '../auth/ability';
import i18n from '../i18n';
import { fakeApi, type FakeRoutes } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { CaseDetailPage } from './CaseDetailPage';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const COACH_ID = '00000000-0000-4000-8000-000000000002';

const CLIENT: SessionUser = {
  id: '00000000-0000-4000-8000-000000000003',
  email: 'client@acme.spoor.test',
  role: 'client',
  displayName: 'Ruud Kramer',
  organisationId: 'org1',
};
const COACH: SessionUser = { id: COACH_ID, email: 'coach@spoor.test', role: 'coach', displayName: 'Sanne Jacobs' };

/** The client's view of an outplacement case (no timeline, no reports asked for in these tests). */
const clientCase = {
  id: CASE_ID,
  reference: 'OP-2026-0007',
  type: 'outplacement',
  status: 'active',
  organisationName: 'Acme Logistiek',
  personName: 'Femke Zwanenburg',
  clientReference: 'P-10234',
  coachName: 'Sanne Jacobs',
  startDate: '2026-03-01',
  endDate: null,
  completedAt: null,
  nextMilestone: null,
};

const coachCase = {
  ...clientCase,
  organisationId: 'org1',
  personId: '00000000-0000-4000-8000-0000000000p1',
  personEmail: 'femke.zwanenburg@voorbeeld.nl',
  coachId: COACH_ID,
  labourExpertId: null,
  labourExpertName: null,
  version: 4,
};

function renderCase(user: SessionUser, routes: FakeRoutes) {
  const calls = fakeApi({
    'GET /api/auth/me': { status: 200, body: { user } },
    [`GET /api/cases/${CASE_ID}/progress-reports`]: { status: 200, body: { items: [], total: 0 } },
    ...routes,
  });
  renderPage(
    <AbilityProvider user={user}>
      <Routes>
        <Route path="/cases/:id" element={<CaseDetailPage />} />
      </Routes>
    </AbilityProvider>,
    `/cases/${CASE_ID}`,
  );
  return calls;
}

describe('CaseDetailPage: the client reference and the employee’s name (issue 17)', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it("shows the client contact its employee's name and its own reference, and no way to change them", async () => {
    renderCase(CLIENT, { [`GET /api/cases/${CASE_ID}`]: { status: 200, body: clientCase } });
    expect(await screen.findByText('Femke Zwanenburg')).toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(expect.arrayContaining(['Deelnemer', 'Uw kenmerk']));
    expect(terms).not.toEqual(expect.arrayContaining(['E-mail']));
    for (const hidden of ['E-mail', 'Telefoon', 'Geboortedatum', 'Adres'])
      expect({ hidden, shown: terms.includes(hidden) }).toEqual({ hidden, shown: false });
    expect(screen.getByText('P-10234')).toBeInTheDocument();
    expect(screen.getByText('U ziet de samenvatting die de opdrachtgever mag inzien.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Kenmerk opdrachtgever' })).not.toBeInTheDocument();
  });

  it("lets the case's coach enter the reference, checking it first and sending the case's version", async () => {
    const calls = renderCase(COACH, {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: coachCase },
      [`PUT /api/cases/${CASE_ID}/client-reference`]: [
        {
          status: 409,
          body: {
            statusCode: 409,
            code: 'CASE_VERSION_STALE',
            message: 'version is stale: the case was changed meanwhile; reload it',
            error: 'Conflict',
          },
        },
        { status: 200, body: { ...coachCase, clientReference: 'KP 4100/7', version: 5 } },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Kenmerk opdrachtgever' });
    // Staff read it as the client's reference.
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toContain('Kenmerk opdrachtgever');
    const input = within(form).getByRole('textbox', { name: 'Kenmerk' });
    expect(input).toHaveValue('P-10234');
    await userEvent.clear(input);
    await userEvent.type(input, 'KP 4100/7;');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Gebruik alleen letters, cijfers/));
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await userEvent.type(input, '{Backspace}');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Het dossier is intussen gewijzigd.');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Het kenmerk is opgeslagen.');
    const puts = calls.filter((call) => call.method === 'PUT');
    expect(puts.map((call) => call.body)).toEqual([
      { clientReference: 'KP 4100/7', version: 4 },
      { clientReference: 'KP 4100/7', version: 4 },
    ]);
  });

  it('removes the reference when the field is emptied', async () => {
    const calls = renderCase(COACH, {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: coachCase },
      [`PUT /api/cases/${CASE_ID}/client-reference`]: {
        status: 200,
        body: { ...coachCase, clientReference: null, version: 5 },
      },
    });
    const form = await screen.findByRole('form', { name: 'Kenmerk opdrachtgever' });
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Kenmerk' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByRole('status')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ clientReference: null, version: 4 });
  });
});
