/// <reference types="@testing-library/jest-dom" />
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { RequestsPage } from './RequestsPage';
import { RequestsTable } from './RequestsTable';
import type { PrivacyRequest } from '../../api/usePrivacyRequests';

const PERSON = '00000000-0000-4000-8000-0000000000b1';
const DAY = 24 * 3600_000;
const NOW = new Date('2026-11-23T12:00:00.000Z');

const request = (id: string, overrides: Partial<PrivacyRequest>): PrivacyRequest => ({
  id,
  personId: PERSON,
  type: 'access',
  purpose: null,
  status: 'received',
  details: null,
  receivedAt: '2026-10-20T09:00:00.000Z',
  dueAt: '2026-12-20T09:00:00.000Z',
  overdue: false,
  extendedAt: null,
  extensionReason: null,
  completedAt: null,
  outcome: null,
  completionNote: null,
  version: 1,
  ...overrides,
});

describe('RequestsTable', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('marks overdue requests red and requests due within 7 days orange', () => {
    renderPage(
      <RequestsTable
        now={NOW}
        items={[
          request('late', { type: 'erasure', dueAt: new Date(NOW.getTime() - 2 * DAY).toISOString(), overdue: true }),
          request('soon', { type: 'rectification', dueAt: new Date(NOW.getTime() + 3 * DAY).toISOString() }),
          request('later', { type: 'objection', dueAt: new Date(NOW.getTime() + 20 * DAY).toISOString() }),
          request('done', {
            type: 'portability',
            status: 'completed',
            outcome: 'granted',
            dueAt: new Date(NOW.getTime() - 5 * DAY).toISOString(),
          }),
        ]}
      />,
    );
    const row = (type: string) => screen.getByRole('cell', { name: type }).closest('tr') as HTMLElement;
    expect(row('Verwijdering (wissen)')).toHaveAttribute('data-due', 'overdue');
    expect(within(row('Verwijdering (wissen)')).getByText(/te laat/)).toBeInTheDocument();
    expect(row('Correctie')).toHaveAttribute('data-due', 'dueSoon');
    expect(within(row('Correctie')).getByText(/binnenkort/)).toBeInTheDocument();
    expect(row('Bezwaar')).toHaveAttribute('data-due', 'normal');
    expect(within(row('Bezwaar')).queryByText(/te laat|binnenkort/)).not.toBeInTheDocument();
    // A completed request is never late, whatever its due date.
    expect(row('Overdraagbaarheid')).toHaveAttribute('data-due', 'done');
    // The colour itself: Mantine's red and orange text.
    const lateText = within(row('Verwijdering (wissen)')).getByText(/te laat/);
    expect(lateText.getAttribute('style') ?? '').toContain('--mantine-color-red-7');
    const soonText = within(row('Correctie')).getByText(/binnenkort/);
    expect(soonText.getAttribute('style') ?? '').toContain('--mantine-color-orange-7');
  });
});

describe('RequestsTable export manifest', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('offers the export\u2019s manifest for access and portability requests, and never a link to its content', () => {
    renderPage(
      <RequestsTable
        now={NOW}
        onExtend={() => undefined}
        onComplete={() => undefined}
        onManifest={() => undefined}
        items={[
          request('acc', { type: 'access' }),
          request('obj', { type: 'objection' }),
          request('port', { type: 'portability', status: 'completed', outcome: 'granted' }),
        ]}
      />,
    );
    // Completed ones too: the officer follows the delivery after completion.
    expect(screen.getAllByRole('button', { name: 'Overzicht export' })).toHaveLength(2);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(document.body.innerHTML).not.toContain('/export');
  });

  it('says what an objection objects to: the satisfaction survey', () => {
    renderPage(
      <RequestsTable
        now={NOW}
        items={[
          request('survey', { type: 'objection', purpose: 'satisfaction_survey' }),
          request('general', { type: 'objection' }),
        ]}
      />,
    );
    const [survey, general] = screen.getAllByRole('row').slice(1);
    expect(within(survey).getByRole('cell', { name: 'Bezwaar tegen het tevredenheidsonderzoek' })).toBeInTheDocument();
    expect(within(general).getByRole('cell', { name: 'Bezwaar' })).toBeInTheDocument();
  });
});

describe('RequestsPage export manifest', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  const manifest = (overrides: object) => ({
    requestId: 'r1',
    requestType: 'access',
    personHasAccount: true,
    countedAt: '2026-11-23T10:00:00.000Z',
    sections: [
      { section: 'personalia', items: 6, bytes: 180 },
      { section: 'cases', items: 1, bytes: 2048 },
      { section: 'specialFile', items: 1, bytes: 5 * 1024 * 1024 },
      { section: 'healthDocuments', items: 2, bytes: 300 },
    ],
    totalBytes: 5 * 1024 * 1024 + 2528,
    delivery: null,
    ...overrides,
  });

  it('shows sections, counts, sizes and the delivery status, translated', async () => {
    fakeApi({
      'GET /api/privacy-requests': {
        status: 200,
        body: { items: [request('r1', { status: 'completed', outcome: 'granted' })], total: 1 },
      },
      'GET /api/privacy-requests/r1/manifest': {
        status: 200,
        body: manifest({
          delivery: {
            id: 'd1',
            status: 'downloaded',
            preparedAt: '2026-11-23T10:00:00.000Z',
            availableAt: '2026-11-23T10:00:00.000Z',
            expiresAt: '2026-12-23T10:00:00.000Z',
            downloadedAt: '2026-11-24T09:00:00.000Z',
            lastDownloadedAt: '2026-11-24T09:00:00.000Z',
            downloadCount: 1,
          },
        }),
      },
    });
    renderPage(<RequestsPage />, '/privacy/requests');
    await userEvent.click(await screen.findByRole('button', { name: 'Overzicht export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export voor de betrokkene' });
    const sections = await within(dialog).findByRole('table', { name: 'Overzicht export' });
    const row = (label: string) => within(sections).getByText(label).closest('tr') as HTMLElement;
    expect(row('Medisch dossier (bijzondere gegevens)')).toHaveTextContent('1');
    expect(row('Medisch dossier (bijzondere gegevens)')).toHaveTextContent('5 MB');
    expect(row('Medische documenten')).toHaveTextContent('300 B');
    expect(row('Dossiers')).toHaveTextContent('2 kB');
    const delivery = within(dialog).getByRole('table', { name: 'Levering' });
    expect(within(delivery).getByText('Gedownload')).toBeInTheDocument();
    expect(within(dialog).getByText(/nooit de inhoud/)).toBeInTheDocument();

    await i18n.changeLanguage('en');
    expect(await within(dialog).findByText('Health file (special category data)')).toBeInTheDocument();
    expect(within(dialog).getByText('Downloaded')).toBeInTheDocument();
  });

  it('says when the person has no portal account, and when completing delivers the export', async () => {
    const calls = fakeApi({
      'GET /api/privacy-requests': { status: 200, body: { items: [request('r1', {})], total: 1 } },
      'GET /api/privacy-requests/r1/manifest': { status: 200, body: manifest({ personHasAccount: false }) },
      'POST /api/privacy-requests/r1/complete': {
        status: 200,
        body: {
          ...request('r1', { status: 'completed', outcome: 'granted' }),
          exportDelivery: {
            id: 'd1',
            status: 'awaiting_account',
            preparedAt: '2026-11-23T10:00:00.000Z',
            availableAt: null,
            expiresAt: null,
            downloadedAt: null,
            lastDownloadedAt: null,
            downloadCount: 0,
          },
        },
      },
    });
    renderPage(<RequestsPage />, '/privacy/requests');
    await userEvent.click(await screen.findByRole('button', { name: 'Overzicht export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export voor de betrokkene' });
    expect(await within(dialog).findByText(/nog geen account in het portaal/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Voorlopig overzicht/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: /sluiten|close/i }));

    await userEvent.click(screen.getByRole('button', { name: 'Afhandelen' }));
    const complete = await screen.findByRole('dialog', { name: 'Verzoek afhandelen' });
    await userEvent.selectOptions(within(complete).getByRole('combobox', { name: /^Uitkomst/ }), 'Toegewezen');
    await userEvent.type(within(complete).getByRole('textbox', { name: /^Toelichting/ }), 'Klaargezet.');
    await userEvent.click(within(complete).getByRole('button', { name: 'Afhandelen' }));
    expect(await screen.findByText(/De export wacht tot de betrokkene een account/)).toBeInTheDocument();
    expect(calls.filter((call) => call.url.endsWith('/export'))).toHaveLength(0);
  });
});

describe('RequestsPage erasure', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('completes an erasure only after WISSEN is typed, and shows why the API refused it', async () => {
    const calls = fakeApi({
      'GET /api/privacy-requests': { status: 200, body: { items: [request('r1', { type: 'erasure' })], total: 1 } },
      'POST /api/privacy-requests/r1/complete': {
        status: 409,
        body: {
          statusCode: 409,
          code: 'ERASURE_REFUSED',
          message:
            'erasure refused: case RI-2026-0001 is under a legal hold; case RI-2026-0002 is still running; its file must be kept while the programme lasts (Wet verbetering poortwachter)',
          error: 'Conflict',
          reasons: [
            { code: 'ERASURE_LEGAL_HOLD', caseReference: 'RI-2026-0001' },
            { code: 'ERASURE_RETENTION', caseReference: 'RI-2026-0002' },
          ],
        },
      },
    });
    renderPage(<RequestsPage />, '/privacy/requests');
    await userEvent.click(await screen.findByRole('button', { name: 'Afhandelen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verzoek afhandelen' });
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /^Uitkomst/ }), 'Toegewezen');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Toelichting/ }), 'Alle gegevens gewist.');

    expect(within(dialog).getByText(/Wissen kan niet ongedaan worden gemaakt/)).toBeInTheDocument();
    const confirmButton = within(dialog).getByRole('button', { name: 'Afhandelen' });
    expect(confirmButton).toBeDisabled();
    const word = within(dialog).getByRole('textbox', { name: 'Typ WISSEN om te bevestigen' });
    await userEvent.type(word, 'wissen');
    expect(confirmButton).toBeDisabled();
    await userEvent.clear(word);
    await userEvent.type(word, 'WISSEN');
    expect(confirmButton).toBeEnabled();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await userEvent.click(confirmButton);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Wissen is geweigerd: dossier RI-2026-0001 valt onder een bewaarplicht (legal hold); dossier RI-2026-0002 loopt nog',
    );
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.url).toBe('/api/privacy-requests/r1/complete');
    expect(post?.body).toEqual({ outcome: 'granted', note: 'Alle gegevens gewist.' });
  });

  it('does not ask for WISSEN when an erasure is refused', async () => {
    const calls = fakeApi({
      'GET /api/privacy-requests': { status: 200, body: { items: [request('r1', { type: 'erasure' })], total: 1 } },
      'POST /api/privacy-requests/r1/complete': {
        status: 200,
        body: request('r1', { type: 'erasure', status: 'completed', outcome: 'refused' }),
      },
    });
    renderPage(<RequestsPage />, '/privacy/requests');
    await userEvent.click(await screen.findByRole('button', { name: 'Afhandelen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verzoek afhandelen' });
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /^Uitkomst/ }), 'Afgewezen');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Toelichting/ }), 'Dossier loopt nog.');
    expect(within(dialog).queryByRole('textbox', { name: 'Typ WISSEN om te bevestigen' })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Afhandelen' }));
    expect(await screen.findByText('Het verzoek is afgehandeld.')).toBeInTheDocument();
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
  });
});
