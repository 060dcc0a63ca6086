/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { fakeApi } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { PasswordResetPage } from './PasswordResetPage';

const SENT =
  'Als dit e-mailadres bij een account hoort, hebben we een link gestuurd om een nieuw wachtwoord in te stellen. De link is een uur geldig.';

describe('PasswordResetPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('asks for a link after fetching the CSRF cookie and shows the same confirmation for any address', async () => {
    const calls = fakeApi({
      'GET /api/auth/csrf': { status: 200, body: { ok: true } },
      'POST /api/auth/password-reset': { status: 202, body: { message: 'If the address belongs to an account, …' } },
    });
    renderPage(<PasswordResetPage />, '/password-reset');
    await userEvent.type(screen.getByLabelText(/^E-mailadres/), 'niemand@voorbeeld.nl');
    await userEvent.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect(await screen.findByText(SENT)).toBeInTheDocument();
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/auth/password-reset',
    ]);
    expect(calls[1].body).toEqual({ email: 'niemand@voorbeeld.nl' });
    expect(calls[1].headers['X-CSRF-Token']).toBe('abc123');
    expect(screen.getByRole('link', { name: 'Terug naar inloggen' })).toHaveAttribute('href', '/');
  });

  it('points out a malformed address before sending anything', async () => {
    const calls = fakeApi({ 'GET /api/auth/csrf': { status: 200, body: { ok: true } } });
    renderPage(<PasswordResetPage />, '/password-reset');
    await userEvent.type(screen.getByLabelText(/^E-mailadres/), 'jan.devries');
    await userEvent.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect(screen.getByText('Vul een geldig e-mailadres in')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });
});
