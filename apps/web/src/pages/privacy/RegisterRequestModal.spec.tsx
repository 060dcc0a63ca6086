/// <reference types="@testing-library/jest-dom" />
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { RequestsPage } from './RequestsPage';

const PERSON = '00000000-0000-4000-8000-0000000000b1';

describe('RequestsPage: register a request', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('checks the person ID in the browser, posts the request and refreshes the list', async () => {
    const calls = fakeApi({
      'GET /api/privacy-requests': { status: 200, body: { items: [], total: 0 } },
      'POST /api/privacy-requests': { status: 201, body: { id: 'r1' } },
    });
    renderPage(<RequestsPage />, '/privacy/requests');
    await userEvent.click(await screen.findByRole('button', { name: 'Verzoek registreren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verzoek van een betrokkene registreren' });
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /^Soort verzoek/ }), 'erasure');
    const personId = within(dialog).getByRole('textbox', { name: /^Persoon-ID/ });
    await userEvent.type(personId, 'not-a-uuid');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registreren' }));
    expect(within(dialog).getByText('Vul een geldig ID in (UUID)')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await userEvent.clear(personId);
    await userEvent.type(personId, PERSON);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Toelichting/ }), 'Per brief ontvangen');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registreren' }));
    expect(await screen.findByText('Het verzoek is geregistreerd.')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      type: 'erasure',
      personId: PERSON,
      details: 'Per brief ontvangen',
    });
    expect(
      calls.filter((call) => call.method === 'GET' && call.url.startsWith('/api/privacy-requests')).length,
    ).toBeGreaterThanOrEqual(2);
  });
});
