/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionUser } from '@spoor/domain';
import { Route, Routes } from 'react-router-dom';
import { AbilityProvider } from '../../auth/ability';
import i18n from '../../i18n';
import { fakeApi, type FakeRoutes } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { PrivacyCasePage } from './PrivacyCasePage';
import { PrivacyCasesPage } from './PrivacyCasesPage';

const OFFICER: SessionUser = {
  id: '00000000-0000-4000-8000-000000000009',
  email: 'privacy@spoor.test',
  role: 'privacy_officer',
  displayName: 'Pieter de Graaf',
};
const ADMIN: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@spoor.test',
  role: 'admin',
  displayName: 'Ilse Vermeulen',
};
const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const PERSON_ID = '00000000-0000-4000-8000-0000000000b1';

const base = {
  id: CASE_ID,
  reference: 'RI-2026-0003',
  type: 'reintegration_track2',
  status: 'completed',
  organisationName: 'Acme Logistiek',
  personId: PERSON_ID,
  startDate: '2024-02-01',
  endDate: null,
  completedAt: '2024-09-30T12:00:00Z',
  legalHold: false,
  processingRestricted: false,
  legalHoldReason: null,
  legalHoldAt: null,
  legalHoldByName: null,
};
const held = {
  ...base,
  legalHold: true,
  legalHoldReason: 'Procedure bij de kantonrechter',
  legalHoldAt: '2026-11-30T09:30:00Z',
  legalHoldByName: 'Pieter de Graaf',
};

function render(user: SessionUser, routes: FakeRoutes, path = `/privacy/cases/${CASE_ID}`) {
  const calls = fakeApi(routes);
  renderPage(
    <AbilityProvider user={user}>
      <Routes>
        <Route path="/privacy/cases" element={<PrivacyCasesPage />} />
        <Route path="/privacy/cases/:id" element={<PrivacyCasePage />} />
      </Routes>
    </AbilityProvider>,
    path,
  );
  return calls;
}

describe('PrivacyCasePage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('places a legal hold only with a reason, and shows it with reason and author', async () => {
    const calls = render(OFFICER, {
      [`GET /api/privacy/cases/${CASE_ID}`]: [
        { status: 200, body: base },
        { status: 200, body: held },
      ],
      [`PUT /api/cases/${CASE_ID}/legal-hold`]: { status: 200, body: { id: CASE_ID, legalHold: true } },
    });
    const hold = await screen.findByRole('region', { name: 'Juridische bewaarplicht' });
    expect(within(hold).getByText('Er rust geen bewaarplicht op dit dossier.')).toBeInTheDocument();
    await userEvent.click(within(hold).getByRole('button', { name: 'Bewaarplicht plaatsen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bewaarplicht plaatsen' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reden van de bewaarplicht/ }), 'kort');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bewaarplicht plaatsen' }));
    expect(within(dialog).getByText('Vul een reden in van 5 tot 500 tekens')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reden van de bewaarplicht/ }),
      ' geding bij de rechtbank',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bewaarplicht plaatsen' }));
    expect(await within(hold).findByText('De bewaarplicht is geplaatst.')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      hold: true,
      reason: 'kort geding bij de rechtbank',
    });
    expect(await within(hold).findByText('Reden: Procedure bij de kantonrechter')).toBeInTheDocument();
    expect(within(hold).getByText(/Door: Pieter de Graaf/)).toBeInTheDocument();
  });

  it('lifts a legal hold after confirmation', async () => {
    const calls = render(OFFICER, {
      [`GET /api/privacy/cases/${CASE_ID}`]: [
        { status: 200, body: held },
        { status: 200, body: base },
      ],
      [`PUT /api/cases/${CASE_ID}/legal-hold`]: { status: 200, body: { id: CASE_ID, legalHold: false } },
    });
    const hold = await screen.findByRole('region', { name: 'Juridische bewaarplicht' });
    await userEvent.click(within(hold).getByRole('button', { name: 'Bewaarplicht opheffen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bewaarplicht opheffen?' });
    expect(dialog).toHaveTextContent('Daarna valt dossier RI-2026-0003 weer onder de gewone bewaartermijnen');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, opheffen' }));
    expect(await within(hold).findByText('De bewaarplicht is opgeheven.')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ hold: false });
  });

  it('offers to lift a restriction only while processing is restricted, for the whole person', async () => {
    const calls = render(OFFICER, {
      [`GET /api/privacy/cases/${CASE_ID}`]: [
        { status: 200, body: { ...base, processingRestricted: true } },
        { status: 200, body: base },
      ],
      [`POST /api/people/${PERSON_ID}/restriction/lift`]: {
        status: 200,
        body: { personId: PERSON_ID, restrictedCases: 0 },
      },
    });
    const restriction = await screen.findByRole('region', { name: 'Beperking van de verwerking (AVG art. 18)' });
    expect(within(restriction).getByText(/De verwerking is beperkt/)).toBeInTheDocument();
    await userEvent.click(within(restriction).getByRole('button', { name: 'Beperking opheffen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Beperking opheffen?' });
    expect(dialog).toHaveTextContent('alle dossiers van deze persoon');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, opheffen' }));
    expect(await within(restriction).findByText('De beperking is opgeheven.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      `/api/people/${PERSON_ID}/restriction/lift`,
    ]);
    await waitFor(() =>
      expect(within(restriction).queryByRole('button', { name: 'Beperking opheffen' })).not.toBeInTheDocument(),
    );
  });

  it('shows the controls only to a role the API lets use them', async () => {
    render(ADMIN, {
      [`GET /api/privacy/cases/${CASE_ID}`]: { status: 200, body: { ...base, processingRestricted: true } },
    });
    expect(await screen.findByRole('heading', { name: /RI-2026-0003/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Juridische bewaarplicht' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Beperking opheffen' })).not.toBeInTheDocument();
  });

  it('says when the case does not exist', async () => {
    render(OFFICER, {
      [`GET /api/privacy/cases/${CASE_ID}`]: {
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: 'Case not found', error: 'Not Found' },
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Dossier niet gevonden.');
    expect(screen.getByRole('link', { name: /Terug naar dossiers/ })).toHaveAttribute('href', '/privacy/cases');
  });
});

describe('PrivacyCasesPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('lists the cases of a person from the link, and filters on legal hold', async () => {
    const calls = render(
      OFFICER,
      { 'GET /api/privacy/cases': { status: 200, body: { items: [{ ...held }], total: 1 } } },
      `/privacy/cases?personId=${PERSON_ID}`,
    );
    const table = await screen.findByRole('table', { name: 'Dossiers: bewaarplicht en beperking' });
    expect(within(table).getByRole('link', { name: 'RI-2026-0003' })).toHaveAttribute(
      'href',
      `/privacy/cases/${CASE_ID}`,
    );
    expect(calls[0].url).toBe(`/api/privacy/cases?page=1&pageSize=25&personId=${PERSON_ID}`);
    await userEvent.click(screen.getByRole('radio', { name: 'Met bewaarplicht' }));
    await waitFor(() => expect(calls.some((call) => call.url.endsWith('legalHold=true'))).toBe(true));
  });

  it('does not search with an incomplete person ID, and says so', async () => {
    const calls = render(
      OFFICER,
      { 'GET /api/privacy/cases': { status: 200, body: { items: [], total: 0 } } },
      '/privacy/cases',
    );
    expect(await screen.findByText('Geen dossiers gevonden.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Persoon-ID' }), '1234');
    expect(screen.getByText('Vul een volledig persoon-ID in (UUID)')).toBeInTheDocument();
    expect(calls.map((call) => call.url)).toEqual(['/api/privacy/cases?page=1&pageSize=25']);
    // Completed, the same field does search: the refusal above was the incomplete ID's, not a dead field.
    await userEvent.clear(screen.getByRole('textbox', { name: 'Persoon-ID' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Persoon-ID' }), PERSON_ID);
    await waitFor(() =>
      expect(calls.map((call) => call.url)).toContain(`/api/privacy/cases?page=1&pageSize=25&personId=${PERSON_ID}`),
    );
  });
});
