/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PrivacyRequest } from '../../api/usePrivacyRequests';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { MyRequestsPage } from './MyRequestsPage';

const PERSON = '00000000-0000-4000-8000-0000000000b1';

const request = (id: string, overrides: Partial<PrivacyRequest>): PrivacyRequest => ({
  id,
  personId: PERSON,
  type: 'access',
  purpose: null,
  status: 'received',
  details: null,
  receivedAt: '2026-10-20T09:00:00.000Z',
  dueAt: '2026-11-20T09:00:00.000Z',
  overdue: false,
  extendedAt: null,
  extensionReason: null,
  completedAt: null,
  outcome: null,
  completionNote: null,
  version: 1,
  ...overrides,
});

const list = (...items: PrivacyRequest[]) => ({ status: 200, body: { items, total: items.length } });

describe('MyRequestsPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('shows a loading indicator, then says there are no requests yet', async () => {
    fakeApi({ 'GET /api/privacy-requests': list() });
    renderPage(<MyRequestsPage />, '/me/requests');
    expect(screen.getByRole('heading', { name: 'Mijn verzoeken' })).toBeInTheDocument();
    expect(
      screen.getByText('U hebt rechten over uw persoonsgegevens (AVG). Wij beantwoorden uw verzoek binnen een maand.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Bezig met laden…' })).toBeInTheDocument();
    expect(await screen.findByText('U hebt nog geen verzoeken ingediend.')).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Bezig met laden…' })).not.toBeInTheDocument();
  });

  it('says in plain words that the requests could not be loaded', async () => {
    fakeApi({
      'GET /api/privacy-requests': {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Not allowed', error: 'Forbidden' },
      },
    });
    renderPage(<MyRequestsPage />, '/me/requests');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze gegevens konden niet worden geladen. Probeer het later opnieuw.',
    );
    expect(screen.queryByText(/Not allowed|Forbidden/)).not.toBeInTheDocument();
    expect(screen.queryByText('U hebt nog geen verzoeken ingediend.')).not.toBeInTheDocument();
  });

  it('lists open requests with their answer date, and completed ones with their outcome', async () => {
    fakeApi({
      'GET /api/privacy-requests': list(
        request('r1', { type: 'erasure', details: 'Graag mijn oude dossier wissen.' }),
        request('r2', {
          type: 'rectification',
          status: 'extended',
          dueAt: '2027-01-20T09:00:00.000Z',
          extendedAt: '2026-11-01T09:00:00.000Z',
        }),
        request('r3', {
          type: 'access',
          status: 'completed',
          receivedAt: '2026-03-02T09:00:00.000Z',
          completedAt: '2026-03-20T09:00:00.000Z',
          outcome: 'partially_granted',
        }),
      ),
    });
    renderPage(<MyRequestsPage />, '/me/requests');
    const items = within(await screen.findByRole('list', { name: 'Mijn verzoeken' })).getAllByRole('listitem');
    expect(items).toHaveLength(3);

    expect(within(items[0]).getByText('Verwijdering (wissen)')).toBeInTheDocument();
    expect(within(items[0]).getByText('Ontvangen')).toBeInTheDocument();
    expect(within(items[0]).getByText('Ingediend op 20 okt 2026')).toBeInTheDocument();
    expect(within(items[0]).getByText('Antwoord uiterlijk 20 nov 2026')).toBeInTheDocument();
    expect(within(items[0]).getByText('Graag mijn oude dossier wissen.')).toBeInTheDocument();

    expect(within(items[1]).getByText('Correctie')).toBeInTheDocument();
    expect(within(items[1]).getByText('Verlengd')).toBeInTheDocument();
    expect(within(items[1]).getByText('Antwoord uiterlijk 20 jan 2027')).toBeInTheDocument();

    expect(within(items[2]).getByText('Inzage')).toBeInTheDocument();
    expect(within(items[2]).getByText('Afgehandeld')).toBeInTheDocument();
    expect(within(items[2]).getByText('Deels toegewezen')).toBeInTheDocument();
    // A completed request no longer waits for an answer.
    expect(within(items[2]).queryByText(/^Antwoord uiterlijk/)).not.toBeInTheDocument();
  });

  it('says in words what came of a rectification request: which data was corrected, or why nothing was', async () => {
    const completed = { status: 'completed' as const, completedAt: '2026-11-10T09:00:00.000Z' };
    fakeApi({
      'GET /api/privacy-requests': list(
        request('c1', {
          ...completed,
          type: 'rectification',
          outcome: 'granted',
          correctedFields: ['lastName', 'email'],
          outcomeReason: null,
        }),
        request('c2', {
          ...completed,
          type: 'rectification',
          outcome: 'refused',
          correctedFields: [],
          outcomeReason: 'no_change_needed',
        }),
        request('c3', {
          ...completed,
          type: 'rectification',
          outcome: 'refused',
          correctedFields: [],
          outcomeReason: 'identity_not_verified',
        }),
      ),
    });
    renderPage(<MyRequestsPage />, '/me/requests');
    const items = within(await screen.findByRole('list', { name: 'Mijn verzoeken' })).getAllByRole('listitem');
    expect(within(items[0]).getByText('Toegewezen')).toBeInTheDocument();
    expect(
      within(items[0]).getByText('Wij hebben uw gegevens gecorrigeerd: achternaam, e-mailadres.'),
    ).toBeInTheDocument();
    expect(
      within(items[1]).getByText('Wij hebben uw gegevens gecontroleerd. Ze bleken juist, dus er is niets gewijzigd.'),
    ).toBeInTheDocument();
    expect(within(items[2]).getByText(/wij konden niet vaststellen dat het verzoek van u kwam/)).toBeInTheDocument();
    // Never a code or a field name as the API spells it.
    expect(screen.queryByText(/no_change_needed|identity_not_verified|lastName/)).not.toBeInTheDocument();

    await act(() => i18n.changeLanguage('en'));
    expect(within(items[0]).getByText('We corrected your data: last name, e-mail address.')).toBeInTheDocument();
  });

  it('asks what the participant wants before filing, and files nothing until then', async () => {
    const calls = fakeApi({ 'GET /api/privacy-requests': list() });
    renderPage(<MyRequestsPage />, '/me/requests');
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw verzoek' }));
    const form = screen.getByRole('form', { name: 'Nieuw verzoek' });
    // Each right with a line that explains it.
    expect(within(form).getAllByRole('radio')).toHaveLength(6);
    expect(
      within(form).getByText(
        'U wilt dat wij uw gegevens verwijderen. Soms moeten wij gegevens bewaren, bijvoorbeeld zolang uw traject loopt.',
      ),
    ).toBeInTheDocument();
    expect(within(form).queryByText('Kies wat u wilt')).not.toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: 'Verzoek indienen' }));
    expect(within(form).getByText('Kies wat u wilt')).toBeInTheDocument();
    expect(within(form).getByRole('radiogroup', { name: /^Wat wilt u\?/ })).toHaveAccessibleDescription(
      'Kies wat u wilt',
    );
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    // Choosing clears the message.
    await userEvent.click(within(form).getByRole('radio', { name: /^Inzage/ }));
    expect(within(form).queryByText('Kies wat u wilt')).not.toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('form', { name: 'Nieuw verzoek' })).not.toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('files a request with the trimmed details, tells the answer date and lists it', async () => {
    const filed = request('r9', {
      type: 'erasure',
      details: 'Graag alles wissen.',
      receivedAt: '2026-11-23T10:00:00.000Z',
      dueAt: '2026-12-23T10:00:00.000Z',
    });
    const calls = fakeApi({
      'GET /api/privacy-requests': [list(), list(filed)],
      'POST /api/privacy-requests': { status: 201, body: filed },
    });
    renderPage(<MyRequestsPage />, '/me/requests');
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw verzoek' }));
    const form = screen.getByRole('form', { name: 'Nieuw verzoek' });
    await userEvent.click(within(form).getByRole('radio', { name: /^Verwijdering \(wissen\)/ }));
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Toelichting (optioneel)' }),
      '  Graag alles wissen.  ',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Verzoek indienen' }));

    expect(
      await screen.findByText('Uw verzoek is ontvangen. U krijgt uiterlijk 23 dec 2026 antwoord.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Nieuw verzoek' })).not.toBeInTheDocument();
    const items = within(await screen.findByRole('list', { name: 'Mijn verzoeken' })).getAllByRole('listitem');
    expect(within(items[0]).getByText('Verwijdering (wissen)')).toBeInTheDocument();

    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].url).toBe('/api/privacy-requests');
    // The API takes the person from the session: the participant sends no personId.
    expect(posts[0].body).toEqual({ type: 'erasure', details: 'Graag alles wissen.' });
    expect(posts[0].headers['X-CSRF-Token']).toBe('abc123');
  });

  it('sends no details when the participant wrote none', async () => {
    const calls = fakeApi({
      'GET /api/privacy-requests': list(),
      'POST /api/privacy-requests': {
        status: 201,
        body: request('r9', { type: 'portability', dueAt: '2026-12-23T10:00:00.000Z' }),
      },
    });
    renderPage(<MyRequestsPage />, '/me/requests');
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw verzoek' }));
    const form = screen.getByRole('form', { name: 'Nieuw verzoek' });
    await userEvent.click(within(form).getByRole('radio', { name: /^Overdraagbaarheid/ }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Toelichting (optioneel)' }), '   ');
    await userEvent.click(within(form).getByRole('button', { name: 'Verzoek indienen' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ type: 'portability' });
  });

  it('keeps the form and says in plain words when filing failed', async () => {
    fakeApi({
      'GET /api/privacy-requests': list(),
      'POST /api/privacy-requests': {
        status: 500,
        body: {
          statusCode: 500,
          code: 'INTERNAL_ERROR',
          message: 'Internal server error',
          error: 'Internal Server Error',
        },
      },
    });
    renderPage(<MyRequestsPage />, '/me/requests');
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw verzoek' }));
    const form = screen.getByRole('form', { name: 'Nieuw verzoek' });
    await userEvent.click(within(form).getByRole('radio', { name: /^Bezwaar/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Verzoek indienen' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Er ging iets mis. Probeer het opnieuw.');
    expect(screen.queryByText(/Internal server error/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/Uw verzoek is ontvangen/)).not.toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: /^Bezwaar/ })).toBeChecked();
  });
});
