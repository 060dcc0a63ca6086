/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { fakeApi } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { BreakGlassPage, GrantTimeLeft } from './BreakGlassPage';

const CASE_ID = '00000000-0000-4000-8000-0000000000c7';
const LOOKUP = 'POST /api/break-glass/lookup';
const OPEN = `POST /api/cases/${CASE_ID}/break-glass`;
const REASON = 'Deelnemer belde in nood; eigen deskundige onbereikbaar';

const notFound = {
  status: 404,
  body: { statusCode: 404, code: 'NOT_FOUND', message: 'Case not found', error: 'Not Found' },
};

describe('BreakGlassPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('checks the reference before asking the API, then sends it exactly, upper case and trimmed', async () => {
    const calls = fakeApi({ [LOOKUP]: notFound });
    renderPage(<BreakGlassPage />, '/break-glass');
    expect(screen.getByRole('heading', { name: 'Noodtoegang' })).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: /Dossiernummer/ });
    await userEvent.click(screen.getByRole('button', { name: 'Dossier zoeken' }));
    expect(await screen.findByText('Vul het dossiernummer in.')).toBeInTheDocument();
    await userEvent.type(field, 'Jan de Vries');
    expect(await screen.findByText('Een dossiernummer ziet eruit als RI-2026-0001.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    await userEvent.clear(field);
    await userEvent.type(field, ' ri-2026-0099 ');
    await userEvent.click(screen.getByRole('button', { name: 'Dossier zoeken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Er is geen dossier met dit nummer waarvoor u noodtoegang kunt vragen.',
    );
    expect(calls.map((call) => [call.method, call.url, call.body])).toEqual([
      ['POST', '/api/break-glass/lookup', { reference: 'RI-2026-0099' }],
    ]);
    // The reference never lands in a URL.
    expect(calls[0].headers['X-CSRF-Token']).toBe('abc123');
  });

  it('says so in plain words when the lookups are throttled', async () => {
    fakeApi({
      [LOOKUP]: {
        status: 429,
        body: {
          statusCode: 429,
          code: 'TOO_MANY_ATTEMPTS',
          message: 'Too many case lookups; try again later',
          error: 'Too Many Requests',
          retryAfterSeconds: 1800,
        },
      },
    });
    renderPage(<BreakGlassPage />, '/break-glass');
    await userEvent.type(screen.getByRole('textbox', { name: /Dossiernummer/ }), 'RI-2026-0007');
    await userEvent.click(screen.getByRole('button', { name: 'Dossier zoeken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'U hebt het afgelopen uur te vaak een dossier gezocht. Probeer het later opnieuw.',
    );
    expect(screen.queryByText(/Too many/)).not.toBeInTheDocument();
  });

  it('asks the reason after the lookup, then shows the file with the time left', async () => {
    const expiresAt = new Date(Date.now() + 23.5 * 60_000).toISOString();
    const calls = fakeApi({
      [LOOKUP]: { status: 200, body: { caseId: CASE_ID } },
      [OPEN]: { status: 201, body: { id: '00000000-0000-4000-8000-0000000000a1', caseId: CASE_ID, expiresAt } },
      [`GET /api/cases/${CASE_ID}/special-file`]: notFound,
    });
    renderPage(<BreakGlassPage />, '/break-glass');
    await userEvent.type(screen.getByRole('textbox', { name: /Dossiernummer/ }), 'RI-2026-0007');
    await userEvent.click(screen.getByRole('button', { name: 'Dossier zoeken' }));

    expect(await screen.findByText('Dossier RI-2026-0007 gevonden.')).toBeInTheDocument();
    // Nothing of the case is asked for before the reason is given.
    expect(calls.map((call) => call.url)).toEqual(['/api/break-glass/lookup']);
    await userEvent.click(screen.getByRole('button', { name: 'Noodtoegang openen' }));
    expect(await screen.findByText('Geef een reden van minimaal 10 tekens.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /Reden voor de noodtoegang/ }), REASON);
    await userEvent.click(screen.getByRole('button', { name: 'Noodtoegang openen' }));

    const banner = await screen.findByText(/Noodtoegang tot dossier RI-2026-0007 actief: nog 23 minuten/);
    expect(banner.closest('[role="status"]')).not.toBeNull();
    expect(calls.find((call) => call.url === `/api/cases/${CASE_ID}/break-glass`)?.body).toEqual({ reason: REASON });
    await waitFor(() => expect(calls.some((call) => call.url === `/api/cases/${CASE_ID}/special-file`)).toBe(true));
  });

  it('counts the minutes down while the page is open and hides the file once the grant expires', () => {
    jest.useFakeTimers();
    const expiresAt = new Date(Date.now() + 23.5 * 60_000).toISOString();
    renderPage(
      <GrantTimeLeft reference="RI-2026-0007" expiresAt={expiresAt} onDone={jest.fn()}>
        <p>het dossier</p>
      </GrantTimeLeft>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/actief: nog 23 minuten/);
    act(() => jest.advanceTimersByTime(10 * 60_000));
    expect(screen.getByRole('status')).toHaveTextContent(/actief: nog 13 minuten/);
    act(() => jest.advanceTimersByTime(13 * 60_000));
    expect(screen.getByRole('status')).toHaveTextContent(/actief: nog minder dan een minuut/);
    expect(screen.getByText('het dossier')).toBeInTheDocument();
    act(() => jest.advanceTimersByTime(60_000));
    expect(screen.getByRole('status')).toHaveTextContent(/Uw noodtoegang tot dossier RI-2026-0007 is verlopen/);
    expect(screen.queryByText('het dossier')).not.toBeInTheDocument();
  });

  it('sends someone assigned to the case to the case itself', async () => {
    fakeApi({
      [LOOKUP]: { status: 200, body: { caseId: CASE_ID } },
      [OPEN]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'BREAK_GLASS_NOT_NEEDED',
          message: 'You are assigned to this case: no break-the-glass needed',
          error: 'Conflict',
        },
      },
    });
    renderPage(<BreakGlassPage />, '/break-glass');
    await userEvent.type(screen.getByRole('textbox', { name: /Dossiernummer/ }), 'RI-2026-0007');
    await userEvent.click(screen.getByRole('button', { name: 'Dossier zoeken' }));
    await userEvent.type(await screen.findByRole('textbox', { name: /Reden voor de noodtoegang/ }), REASON);
    await userEvent.click(screen.getByRole('button', { name: 'Noodtoegang openen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'U bent aan dit dossier toegewezen; noodtoegang is niet nodig.',
    );
    expect(screen.getByRole('link', { name: 'Naar het dossier' })).toHaveAttribute('href', `/cases/${CASE_ID}`);
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    fakeApi({});
    renderPage(<BreakGlassPage />, '/break-glass');
    expect(screen.getByRole('heading', { name: 'Emergency access' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Find case' })).toBeInTheDocument();
  });
});
