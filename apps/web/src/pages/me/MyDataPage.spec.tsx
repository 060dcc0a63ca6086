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

describe('MyDataPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    // jsdom has no object URLs: the download hands the browser a blob through one.
    URL.createObjectURL = jest.fn(() => 'blob:spoor-export');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  it('shows "Uw gegevens staan klaar" for a prepared export and downloads it in the participant\u2019s own session', async () => {
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
      'GET /api/me/export-deliveries/d1/download': { status: 200, body: { format: 'spoor-export/v1' } },
    });
    renderPage(<MyDataPage />, '/me/export');
    const section = await screen.findByRole('region', { name: 'Uw gegevens staan klaar' });
    expect(within(section).getByText(/Op uw verzoek om inzage hebben wij uw gegevens klaargezet/)).toBeInTheDocument();
    expect(within(section).getByText(/23 dec 2026/)).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Download uw gegevens' }));
    expect(await within(section).findByText('Het bestand spoor-export.json is gedownload.')).toBeInTheDocument();
    expect(calls.map((call) => call.url)).toContain('/api/me/export-deliveries/d1/download');
    expect(URL.createObjectURL).toHaveBeenCalled();
    expect(HTMLAnchorElement.prototype.click).toHaveBeenCalled();
    await waitFor(() => expect(within(section).getByText(/U hebt deze gegevens gedownload op/)).toBeInTheDocument());
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
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download mijn gegevens' })).toBeInTheDocument();
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
