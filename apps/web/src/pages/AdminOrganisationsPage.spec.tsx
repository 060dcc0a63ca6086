/// <reference types="@testing-library/jest-dom" />
import { screen, within } from '@testing-library/react';
import i18n from '../i18n';
import { fakeApi } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { AdminOrganisationsPage } from './AdminOrganisationsPage';

describe('AdminOrganisationsPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('lists organisations with their KvK number', async () => {
    fakeApi({
      'GET /api/admin/organisations': {
        status: 200,
        body: {
          items: [
            { id: '00000000-0000-4000-8000-0000000000a1', name: 'Acme Logistiek B.V.', kvkNumber: '12345678' },
            { id: '00000000-0000-4000-8000-0000000000a2', name: 'Zonder KvK', kvkNumber: null },
          ],
          total: 2,
        },
      },
    });
    renderPage(<AdminOrganisationsPage />, '/admin/organisations');
    const row = (await screen.findByRole('cell', { name: 'Acme Logistiek B.V.' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('12345678')).toBeInTheDocument();
    expect(screen.getByText('2 organisaties')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'KvK-nummer' })).toBeInTheDocument();
  });

  it('says so when the list cannot be loaded', async () => {
    fakeApi({ 'GET /api/admin/organisations': { status: 403, body: { statusCode: 403, message: 'Forbidden', error: 'Forbidden' } } });
    renderPage(<AdminOrganisationsPage />, '/admin/organisations');
    expect(await screen.findByRole('alert')).toHaveTextContent('De organisaties konden niet worden geladen.');
  });
});
