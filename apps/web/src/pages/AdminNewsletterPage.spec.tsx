/// <reference types="@testing-library/jest-dom" />
import { screen, within } from '@testing-library/react';
import i18n from '../i18n';
import { fakeApi } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { AdminNewsletterPage } from './AdminNewsletterPage';

const recipient = (n: number, name: string) => ({
  personId: `00000000-0000-4000-8000-0000000000c${n}`,
  name,
  email: `${name.split(' ')[0].toLowerCase()}@example.test`,
  consentGivenAt: '2026-11-23T10:00:00.000Z',
});

describe('AdminNewsletterPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('lists the people with a current newsletter consent: name, e-mail address and since when', async () => {
    const calls = fakeApi({
      'GET /api/admin/newsletter-recipients': {
        status: 200,
        body: { items: [recipient(1, 'Anna Bakker'), recipient(2, 'Jan de Vries')], total: 2 },
      },
    });
    renderPage(<AdminNewsletterPage />, '/admin/newsletter');
    expect(screen.getByRole('heading', { name: 'Verzendlijst nieuwsbrief' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Verzendlijst nieuwsbrief' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Anna Bakker', 'anna@example.test', '23 nov 2026'],
      ['Jan de Vries', 'jan@example.test', '23 nov 2026'],
    ]);
    expect(screen.getByText('2 ontvangers')).toBeInTheDocument();
    expect(screen.getByText(/Wie de toestemming intrekt, staat er direct niet meer op/)).toBeInTheDocument();
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual(['GET /api/admin/newsletter-recipients']);
  });

  it('says so when nobody consented', async () => {
    fakeApi({ 'GET /api/admin/newsletter-recipients': { status: 200, body: { items: [], total: 0 } } });
    renderPage(<AdminNewsletterPage />, '/admin/newsletter');
    expect(await screen.findByText('Niemand heeft toestemming gegeven voor de nieuwsbrief.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says in plain words that the list could not be loaded', async () => {
    fakeApi({
      'GET /api/admin/newsletter-recipients': {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'database down', error: 'Forbidden' },
      },
    });
    renderPage(<AdminNewsletterPage />, '/admin/newsletter');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze gegevens konden niet worden geladen. Probeer het later opnieuw.',
    );
    expect(screen.queryByText(/database down/)).not.toBeInTheDocument();
  });
});
