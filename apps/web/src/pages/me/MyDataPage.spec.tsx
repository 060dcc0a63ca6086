/// <reference types="@testing-library/jest-dom" />
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OwnExportDeliveryView, SessionUser } from '@spoor/domain';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { MyDataPage } from './MyDataPage';

const PARTICIPANT: SessionUser = {
  id: '00000000-0000-4000-8000-000000000007',
  email: 'jan@spoor.test',
  role: 'participant',
  displayName: 'Jan de Vries',
  personId: '00000000-0000-4000-8000-0000000000b1',
};

const delivery = (overrides: Partial<OwnExportDeliveryView>): OwnExportDeliveryView => ({
  id: 'd1',
  requestId: 'r1',
  requestType: 'access',
  status: 'available',
  preparedAt: '2026-11-23T10:00:00.000Z',
  availableAt: '2026-11-23T10:00:00.000Z',
  expiresAt: '2026-12-23T10:00:00.000Z',
  downloadedAt: null,
  lastDownloadedAt: null,
  downloadCount: 0,
  ...overrides,
});

/** Stops jsdom from navigating when a download link is followed (after React has seen the click). */
const stayOnPage = (event: Event) => event.preventDefault();

describe('MyDataPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    window.addEventListener('click', stayOnPage);
  });
  afterEach(() => window.removeEventListener('click', stayOnPage));

  it('shows "Uw gegevens staan klaar" with a download link to the ZIP that names no one, then the status "downloaded"', async () => {
    const calls = fakeApi({
      'GET /api/auth/me': { status: 200, body: { user: PARTICIPANT } },
      'GET /api/me/export-deliveries': [
        { status: 200, body: { items: [delivery({})] } },
        {
          status: 200,
          body: {
            items: [
              delivery({
                status: 'downloaded',
                downloadedAt: '2026-11-24T09:00:00.000Z',
                lastDownloadedAt: '2026-11-24T09:00:00.000Z',
                downloadCount: 1,
              }),
            ],
          },
        },
      ],
    });
    renderPage(<MyDataPage />, '/me/export');
    const section = await screen.findByRole('region', { name: 'Uw gegevens staan klaar' });
    expect(within(section).getByText(/Op uw verzoek om inzage hebben wij uw gegevens klaargezet/)).toBeInTheDocument();
    expect(within(section).getByText(/23 dec 2026/)).toBeInTheDocument();
    // A plain link: the browser streams the package to disk; the URL holds the delivery's id, no personal data.
    const link = within(section).getByRole('link', { name: 'Download uw gegevens' });
    expect(link).toHaveAttribute('href', '/api/me/export-deliveries/d1/download');
    expect(link.getAttribute('href')).not.toMatch(/Jan|Vries|jan@|participant/i);
    await userEvent.click(link);
    expect(await within(section).findByText(/Uw download is begonnen: een zip-bestand/)).toBeInTheDocument();
    // The page itself never fetched the content: the browser did, through the link.
    expect(calls.map((call) => call.url)).not.toContain('/api/me/export-deliveries/d1/download');
    await waitFor(() => expect(within(section).getByText(/U hebt deze gegevens gedownload op/)).toBeInTheDocument(), {
      timeout: 3000,
    });
  });

  it('offers the whole package at any time as a ZIP link, and the data alone as JSON', async () => {
    fakeApi({
      'GET /api/auth/me': { status: 200, body: { user: PARTICIPANT } },
      'GET /api/me/export-deliveries': { status: 200, body: { items: [] } },
    });
    renderPage(<MyDataPage />, '/me/export');
    const zip = await screen.findByRole('link', { name: 'Download mijn gegevens' });
    expect(zip).toHaveAttribute('href', '/api/me/export?format=zip');
    expect(screen.getByRole('link', { name: 'Alleen de gegevens, als JSON' })).toHaveAttribute(
      'href',
      '/api/me/export',
    );
    expect(screen.getByText(/overzicht\.html/)).toBeInTheDocument();
    await userEvent.click(zip);
    expect(await screen.findByRole('status')).toHaveTextContent('Uw download is begonnen');
  });

  it('says an expired delivery has expired, offers no download for it, and keeps the own export', async () => {
    fakeApi({
      'GET /api/auth/me': { status: 200, body: { user: PARTICIPANT } },
      'GET /api/me/export-deliveries': {
        status: 200,
        body: { items: [delivery({ status: 'expired', requestType: 'portability' })] },
      },
    });
    renderPage(<MyDataPage />, '/me/export');
    const section = await screen.findByRole('region', { name: 'Uw gegevens staan klaar' });
    expect(
      within(section).getByText(/De download bij uw verzoek om overdraagbaarheid is verlopen/),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download mijn gegevens' })).toBeInTheDocument();
  });

  it('shows no delivery section when nothing was prepared, in English too', async () => {
    await i18n.changeLanguage('en');
    fakeApi({
      'GET /api/auth/me': { status: 200, body: { user: PARTICIPANT } },
      'GET /api/me/export-deliveries': { status: 200, body: { items: [] } },
    });
    renderPage(<MyDataPage />, '/me/export');
    expect(await screen.findByRole('heading', { name: 'Download my data' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your data is ready' })).not.toBeInTheDocument();
  });
});
