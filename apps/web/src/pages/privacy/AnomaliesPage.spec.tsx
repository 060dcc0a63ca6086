/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccessEvent, Anomalies, BreakGlassAwaitingReview, BreakGlassFollowUp } from '../../api/useAccessLog';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { AnomaliesPage } from './AnomaliesPage';

const GRANT_ID = '00000000-0000-4000-8000-0000000000g1';
const COACH_ID = '00000000-0000-4000-8000-000000000002';
const EXPERT_ID = '00000000-0000-4000-8000-000000000004';

// The API also sends caseId and userId; the page does not use them.
const grant = (overrides: Partial<BreakGlassAwaitingReview>): BreakGlassAwaitingReview => ({
  id: GRANT_ID,
  caseId: '00000000-0000-4000-8000-0000000000c1',
  userId: COACH_ID,
  caseReference: 'RI-2026-0001',
  userName: 'Sanne Jacobs',
  userRole: 'coach',
  reason: 'Deelnemer belde in paniek, plan van aanpak nodig',
  openedAt: '2026-11-20T12:00:00.000Z',
  expiresAt: '2026-11-20T13:00:00.000Z',
  ...overrides,
});

const event = (overrides: Partial<AccessEvent>): AccessEvent => ({
  id: 'e1',
  at: '2026-11-21T12:00:00.000Z',
  actorId: EXPERT_ID,
  actorName: 'Henk Willems',
  actorRole: 'labour_expert',
  actorOrganisation: null,
  action: 'read',
  outcome: 'allowed',
  caseId: '00000000-0000-4000-8000-0000000000c2',
  caseReference: 'RI-2026-0002',
  personId: '00000000-0000-4000-8000-0000000000b1',
  personIds: ['00000000-0000-4000-8000-0000000000b1'],
  resource: 'special_file',
  resourceId: null,
  fields: ['fml'],
  purpose: 'reintegration',
  breakGlass: true,
  requestId: null,
  ...overrides,
});

const NONE: Anomalies = {
  massReads: [],
  breakGlassAwaitingReview: [],
  breakGlassFollowUps: [],
  outsideOfficeHours: [],
};

const followUp = (overrides: Partial<BreakGlassFollowUp>): BreakGlassFollowUp => ({
  id: '00000000-0000-4000-8000-0000000000f1',
  grantId: GRANT_ID,
  caseId: '00000000-0000-4000-8000-0000000000c1',
  caseReference: 'RI-2026-0001',
  userId: COACH_ID,
  userName: 'Sanne Jacobs',
  userRole: 'coach',
  outcome: 'not_justified',
  note: 'Geen spoed; gewone afspraak',
  healthDataRead: true,
  openedAt: '2026-11-21T09:00:00.000Z',
  breachId: null,
  ...overrides,
});

const FULL: Anomalies = {
  massReads: [{ actorId: COACH_ID, actorRole: 'coach', windowStart: '2026-11-22T12:00:00.000Z', people: 31 }],
  breakGlassAwaitingReview: [
    grant({}),
    grant({ id: '00000000-0000-4000-8000-0000000000g2', caseReference: 'RI-2026-0003', userName: null, reason: null }),
  ],
  breakGlassFollowUps: [],
  outsideOfficeHours: [event({})],
};

describe('AnomaliesPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('shows a loading indicator, then says per section that nothing was found', async () => {
    const calls = fakeApi({ 'GET /api/access-log/anomalies': { status: 200, body: NONE } });
    renderPage(<AnomaliesPage />, '/privacy/anomalies');
    expect(screen.getByRole('heading', { name: 'Afwijkingen' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Bezig met laden…' })).toBeInTheDocument();

    expect(await screen.findByText('Er is geen noodtoegang die op beoordeling wacht.')).toBeInTheDocument();
    expect(screen.getByText('Geen massale inzage gevonden.')).toBeInTheDocument();
    expect(screen.getByText('Geen inzage buiten kantoortijden.')).toBeInTheDocument();
    expect(
      screen.getByText('Eén gebruiker bekeek binnen 10 minuten gegevens van 25 of meer personen.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Bezig met laden…' })).not.toBeInTheDocument();
    expect(screen.getByText('Er staan geen opvolgpunten open.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Beoordelen' })).not.toBeInTheDocument();
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual(['GET /api/access-log/anomalies']);
  });

  it('says in plain words that the anomalies could not be loaded', async () => {
    fakeApi({
      'GET /api/access-log/anomalies': {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Forbidden resource', error: 'Forbidden' },
      },
    });
    renderPage(<AnomaliesPage />, '/privacy/anomalies');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze gegevens konden niet worden geladen. Probeer het later opnieuw.',
    );
    expect(screen.queryByText(/Forbidden/)).not.toBeInTheDocument();
    expect(screen.queryByText('Geen massale inzage gevonden.')).not.toBeInTheDocument();
  });

  it('lists break-the-glass to review, mass reads and out-of-hours access in Dutch', async () => {
    fakeApi({ 'GET /api/access-log/anomalies': { status: 200, body: FULL } });
    renderPage(<AnomaliesPage />, '/privacy/anomalies');

    const breakGlass = await screen.findByRole('table', { name: 'Noodtoegang te beoordelen' });
    const named = within(breakGlass).getByRole('cell', { name: 'RI-2026-0001' }).closest('tr') as HTMLElement;
    expect(within(named).getByText('Sanne Jacobs')).toBeInTheDocument();
    expect(within(named).getByText('Coach')).toBeInTheDocument();
    expect(within(named).getByText('Deelnemer belde in paniek, plan van aanpak nodig')).toBeInTheDocument();
    expect(within(named).getAllByRole('cell', { name: /^20 nov 2026/ })).toHaveLength(2);
    // A user whose name cannot be read, and a grant without a reason.
    const unnamed = within(breakGlass).getByRole('cell', { name: 'RI-2026-0003' }).closest('tr') as HTMLElement;
    expect(within(unnamed).getByText('Onbekend')).toBeInTheDocument();
    expect(within(unnamed).getByRole('cell', { name: '—' })).toBeInTheDocument();
    expect(within(breakGlass).getAllByRole('button', { name: 'Beoordelen' })).toHaveLength(2);

    const mass = screen.getByRole('table', { name: 'Massale inzage (laatste 7 dagen)' });
    expect(within(mass).getByText(COACH_ID)).toBeInTheDocument();
    expect(within(mass).getByText(/^31 personen vanaf 22 nov 2026/)).toBeInTheDocument();

    const offHours = screen.getByRole('table', { name: 'Inzage buiten kantoortijden (laatste 30 dagen)' });
    const row = within(offHours).getByRole('cell', { name: 'RI-2026-0002' }).closest('tr') as HTMLElement;
    expect(within(row).getByText(/Henk Willems/)).toHaveTextContent('Henk Willems (Arbeidsdeskundige)');
    // The action and the resource in words, as on the access log page, not the API's codes.
    expect(within(row).getByText('Bekijken')).toBeInTheDocument();
    expect(within(row).getByText('Bijzonder dossier')).toBeInTheDocument();
    expect(within(row).queryByText('special_file')).not.toBeInTheDocument();
    expect(within(row).getByText('Noodtoegang')).toBeInTheDocument();
  });

  it('reviews a break-the-glass access in the modal and refreshes the list', async () => {
    const calls = fakeApi({
      'GET /api/access-log/anomalies': [
        { status: 200, body: { ...NONE, breakGlassAwaitingReview: [grant({})] } },
        { status: 200, body: NONE },
      ],
      [`POST /api/access-log/break-glass/${GRANT_ID}/review`]: {
        status: 200,
        body: { id: GRANT_ID, reviewed: true, outcome: 'justified', followUpId: null, healthDataRead: false },
      },
    });
    renderPage(<AnomaliesPage />, '/privacy/anomalies');
    await userEvent.click(await screen.findByRole('button', { name: 'Beoordelen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Noodtoegang beoordelen' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Gerechtvaardigd' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Beoordeling vastleggen' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Sluiten' }));

    const done = await screen.findByText('De beoordeling is vastgelegd.');
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(await screen.findByText('Er is geen noodtoegang die op beoordeling wacht.')).toBeInTheDocument();
    const post = calls.filter((call) => call.method === 'POST');
    expect(post).toHaveLength(1);
    expect(post[0].url).toBe(`/api/access-log/break-glass/${GRANT_ID}/review`);
    expect(post[0].body).toEqual({ outcome: 'justified' });
    expect(post[0].headers['X-CSRF-Token']).toBe('abc123');
    expect(calls.filter((call) => call.method === 'GET')).toHaveLength(2);
  });

  it('lists open follow-ups with outcome and note, offers a breach where health data was read, and closes them', async () => {
    const calls = fakeApi({
      'GET /api/access-log/anomalies': [
        {
          status: 200,
          body: {
            ...NONE,
            breakGlassFollowUps: [
              followUp({}),
              followUp({
                id: '00000000-0000-4000-8000-0000000000f2',
                grantId: '00000000-0000-4000-8000-0000000000g2',
                caseReference: 'RI-2026-0003',
                outcome: 'needs_follow_up',
                note: null,
                healthDataRead: false,
              }),
            ],
          },
        },
        { status: 200, body: NONE },
      ],
      [`POST /api/access-log/break-glass/${GRANT_ID}/follow-up/close`]: {
        status: 200,
        body: { grantId: GRANT_ID, followUpId: '00000000-0000-4000-8000-0000000000f1', closed: true },
      },
    });
    renderPage(<AnomaliesPage />, '/privacy/anomalies');
    const table = await screen.findByRole('table', { name: 'Opvolging noodtoegang' });
    const first = within(table).getByRole('cell', { name: 'RI-2026-0001' }).closest('tr') as HTMLElement;
    expect(within(first).getByText('Niet gerechtvaardigd')).toBeInTheDocument();
    expect(within(first).getByText('Gezondheidsgegevens ingezien')).toBeInTheDocument();
    expect(within(first).getByText('Geen spoed; gewone afspraak')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Datalek registreren' })).toBeInTheDocument();
    const second = within(table).getByRole('cell', { name: 'RI-2026-0003' }).closest('tr') as HTMLElement;
    expect(within(second).getByText('Opvolging nodig')).toBeInTheDocument();
    expect(within(second).queryByRole('button', { name: 'Datalek registreren' })).not.toBeInTheDocument();

    await userEvent.click(within(first).getByRole('button', { name: 'Afsluiten' }));
    expect(await screen.findByText('Het opvolgpunt is afgesloten.')).toBeInTheDocument();
    expect(await screen.findByText('Er staan geen opvolgpunten open.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      `/api/access-log/break-glass/${GRANT_ID}/follow-up/close`,
    ]);
  });

  it('says in plain words when the review failed, and keeps the grant listed', async () => {
    fakeApi({
      'GET /api/access-log/anomalies': { status: 200, body: { ...NONE, breakGlassAwaitingReview: [grant({})] } },
      [`POST /api/access-log/break-glass/${GRANT_ID}/review`]: {
        status: 404,
        body: {
          statusCode: 404,
          code: 'NOT_FOUND',
          message: 'No break-the-glass grant awaiting review with this id',
          error: 'Not Found',
        },
      },
    });
    renderPage(<AnomaliesPage />, '/privacy/anomalies');
    await userEvent.click(await screen.findByRole('button', { name: 'Beoordelen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Noodtoegang beoordelen' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Niet gerechtvaardigd' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Beoordeling vastleggen' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Niet gevonden: het bestaat niet (meer) of u hebt er geen toegang toe.',
    );
    expect(screen.queryByText(/No break-the-glass grant/)).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('cell', { name: 'RI-2026-0001' })).toBeInTheDocument();
  });
});
