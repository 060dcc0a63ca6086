/// <reference types="@testing-library/jest-dom" />
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { fakeApi } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { AdminOrganisationsPage } from './AdminOrganisationsPage';

const ACME = {
  id: '00000000-0000-4000-8000-0000000000a1',
  name: 'Acme Logistiek',
  kvkNumber: '12345678',
  contactName: 'Ruud Kramer',
  contactEmail: 'ruud@acme.example',
  contactPhone: null,
};

describe('AdminOrganisationsPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
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
    fakeApi({
      'GET /api/admin/organisations': {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Forbidden', error: 'Forbidden' },
      },
    });
    renderPage(<AdminOrganisationsPage />, '/admin/organisations');
    expect(await screen.findByRole('alert')).toHaveTextContent('De organisaties konden niet worden geladen.');
  });

  it('shows the contact person, or that there is none', async () => {
    fakeApi({
      'GET /api/admin/organisations': {
        status: 200,
        body: { items: [ACME, { id: 'o2', name: 'Globex', kvkNumber: '87654321' }], total: 2 },
      },
    });
    renderPage(<AdminOrganisationsPage />, '/admin/organisations');
    const acme = (await screen.findByRole('cell', { name: 'Acme Logistiek' })).closest('tr') as HTMLElement;
    expect(within(acme).getByText('Ruud Kramer')).toBeInTheDocument();
    expect(within(acme).getByText('ruud@acme.example')).toBeInTheDocument();
    const globex = screen.getByRole('cell', { name: 'Globex' }).closest('tr') as HTMLElement;
    expect(within(globex).getByText('Geen contactpersoon')).toBeInTheDocument();
  });

  it('checks the form before sending, then creates the organisation with empty contact fields as null', async () => {
    const calls = fakeApi({
      'GET /api/admin/organisations': { status: 200, body: { items: [ACME], total: 1 } },
      'POST /api/admin/organisations': {
        status: 201,
        body: {
          id: 'o3',
          name: 'Initech Zorg',
          kvkNumber: '24681357',
          contactName: 'Petra Smit',
          contactEmail: null,
          contactPhone: null,
        },
      },
    });
    renderPage(<AdminOrganisationsPage />, '/admin/organisations');
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe organisatie' }));
    const form = await screen.findByRole('form', { name: 'Nieuwe organisatie' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam' }), 'Initech Zorg');
    await userEvent.type(within(form).getByRole('textbox', { name: 'KvK-nummer' }), '2468135');
    await userEvent.type(within(form).getByRole('textbox', { name: 'E-mailadres contactpersoon' }), 'geen-adres');
    await userEvent.click(within(form).getByRole('button', { name: 'Aanmaken' }));
    expect(within(form).getByText('Het KvK-nummer bestaat uit precies 8 cijfers')).toBeInTheDocument();
    expect(within(form).getByText('Vul een geldig e-mailadres in, of laat het veld leeg')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await userEvent.type(within(form).getByRole('textbox', { name: 'KvK-nummer' }), '7');
    await userEvent.clear(within(form).getByRole('textbox', { name: 'E-mailadres contactpersoon' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam contactpersoon' }), '  Petra Smit ');
    await userEvent.click(within(form).getByRole('button', { name: 'Aanmaken' }));
    expect(await screen.findByText('Organisatie Initech Zorg is aangemaakt.')).toBeInTheDocument();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({
      name: 'Initech Zorg',
      kvkNumber: '24681357',
      contactName: 'Petra Smit',
      contactEmail: null,
      contactPhone: null,
    });
    expect(post?.headers['X-CSRF-Token']).toBe('abc123');
  });

  it('edits an organisation, sending only what changed', async () => {
    const calls = fakeApi({
      'GET /api/admin/organisations': { status: 200, body: { items: [ACME], total: 1 } },
      'PATCH /api/admin/organisations/00000000-0000-4000-8000-0000000000a1': {
        status: 200,
        body: { ...ACME, contactEmail: null, contactPhone: '010 123 4567' },
      },
    });
    renderPage(<AdminOrganisationsPage />, '/admin/organisations');
    await userEvent.click(await screen.findByRole('button', { name: 'Acme Logistiek bewerken' }));
    const form = await screen.findByRole('form', { name: 'Organisatie bewerken' });
    expect(within(form).getByRole('textbox', { name: 'Naam' })).toHaveValue('Acme Logistiek');
    await userEvent.clear(within(form).getByRole('textbox', { name: 'E-mailadres contactpersoon' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Telefoonnummer contactpersoon' }), '010 123 4567');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De wijzigingen aan Acme Logistiek zijn opgeslagen.')).toBeInTheDocument();
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ contactEmail: null, contactPhone: '010 123 4567' });
  });

  it('explains a KvK number already in use, and the API naming a field', async () => {
    fakeApi({
      'GET /api/admin/organisations': { status: 200, body: { items: [ACME], total: 1 } },
      'POST /api/admin/organisations': [
        {
          status: 409,
          body: {
            statusCode: 409,
            code: 'KVK_NUMBER_TAKEN',
            message: 'kvkNumber is already in use by another organisation',
            error: 'Conflict',
          },
        },
        {
          status: 400,
          body: {
            statusCode: 400,
            code: 'VALIDATION_FAILED',
            message: ['contactPhone must be a phone number (6 to 20 digits, spaces, +, - or parentheses)'],
            error: 'Bad Request',
            fields: [{ field: 'contactPhone', code: 'NOT_A_PHONE_NUMBER' }],
          },
        },
      ],
    });
    renderPage(<AdminOrganisationsPage />, '/admin/organisations');
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe organisatie' }));
    const form = await screen.findByRole('form', { name: 'Nieuwe organisatie' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam' }), 'Tweede Acme');
    await userEvent.type(within(form).getByRole('textbox', { name: 'KvK-nummer' }), '12345678');
    await userEvent.click(within(form).getByRole('button', { name: 'Aanmaken' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Dit KvK-nummer is al in gebruik bij een andere organisatie.',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Aanmaken' }));
    await waitFor(() =>
      expect(within(form).getByRole('alert')).toHaveTextContent('Niet alle velden zijn goed ingevuld.'),
    );
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: 'Telefoonnummer contactpersoon' })).toHaveAccessibleDescription(
        /^Vul een telefoonnummer in \(6 tot 20 cijfers/,
      ),
    );
    expect(within(form).queryByText(/must be a phone number/)).not.toBeInTheDocument();
  });
});
