/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { fakeApi, type FakeResponse } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { InvitationPage } from './InvitationPage';

const TOKEN = 'tok_0123456789abcdefghijklmnop';
const QR =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const staffInvite = {
  purpose: 'invite',
  email: 'nieuwe.coach@spoor.test',
  displayName: 'Nina Bakker',
  needsPassword: true,
  secondFactor: {
    secret: 'JBSWY3DPEHPK3PXP',
    otpauthUrl: 'otpauth://totp/Spoor:nieuwe.coach%40spoor.test?secret=JBSWY3DPEHPK3PXP',
    qrCode: QR,
  },
};
const clientInvite = {
  purpose: 'invite',
  email: 'contact@acme.spoor.test',
  displayName: 'Kees Acme',
  needsPassword: true,
  secondFactor: null,
};

function withApi(inspect: FakeResponse, accept: FakeResponse = { status: 204 }) {
  return fakeApi({
    'GET /api/auth/csrf': { status: 200, body: { ok: true } },
    'POST /api/invitations/inspect': inspect,
    'POST /api/invitations/accept': accept,
  });
}

function renderInvitation(hash = `#token=${TOKEN}`) {
  window.history.replaceState(null, '', `/invitation${hash}`);
  return renderPage(<InvitationPage />, '/invitation');
}

describe('InvitationPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('shows a new staff member the QR code, the key to type in and the code input, and activates the account', async () => {
    const calls = withApi({ status: 200, body: staffInvite });
    renderInvitation();

    expect(await screen.findByRole('heading', { name: 'Account activeren' })).toBeInTheDocument();
    expect(screen.getByText('Voor Nina Bakker (nieuwe.coach@spoor.test)')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'QR-code om te scannen met uw authenticator-app' })).toHaveAttribute(
      'src',
      QR,
    );
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    const code = screen.getByRole('group', { name: 'Code uit uw authenticator-app' });
    expect(within(code).getAllByRole('textbox')).toHaveLength(6);

    // The token is sent in the body, after the CSRF cookie was fetched, never in a URL.
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/invitations/inspect',
    ]);
    expect(calls[1].body).toEqual({ token: TOKEN });
    expect(calls.some((call) => call.url.includes(TOKEN))).toBe(false);

    await userEvent.type(screen.getByLabelText(/^Nieuw wachtwoord/), 'lange-zin-met-woorden');
    await userEvent.type(screen.getByLabelText(/^Herhaal het wachtwoord/), 'lange-zin-met-woorden');
    await userEvent.click(screen.getByLabelText('Cijfer 1 van 6'));
    await userEvent.keyboard('123456');
    await userEvent.click(screen.getByRole('button', { name: 'Account activeren' }));

    expect(await screen.findByText('Uw account is geactiveerd. U kunt nu inloggen.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/');
    const accept = calls.find((call) => call.url === '/api/invitations/accept');
    expect(accept?.body).toEqual({ token: TOKEN, password: 'lange-zin-met-woorden', code: '123456' });
    expect(accept?.headers['X-CSRF-Token']).toBe('abc123');
  });

  it('asks for the code and matching passwords before sending anything', async () => {
    const calls = withApi({ status: 200, body: staffInvite });
    renderInvitation();
    await screen.findByRole('heading', { name: 'Account activeren' });
    await userEvent.type(screen.getByLabelText(/^Nieuw wachtwoord/), 'lange-zin-met-woorden');
    await userEvent.type(screen.getByLabelText(/^Herhaal het wachtwoord/), 'andere-zin-met-woorden');
    await userEvent.click(screen.getByRole('button', { name: 'Account activeren' }));
    expect(screen.getByText('De wachtwoorden zijn niet gelijk')).toBeInTheDocument();
    expect(screen.getByText('Vul de zescijferige code in')).toBeInTheDocument();
    expect(calls.some((call) => call.url === '/api/invitations/accept')).toBe(false);
  });

  it('shows the password policy problems the API names, in the page language, without showing the password', async () => {
    withApi(
      { status: 200, body: clientInvite },
      {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: ['password must be at least 12 characters', 'password is too common'],
          error: 'Bad Request',
          fields: [
            { field: 'password', code: 'TOO_SHORT', params: { min: 12 } },
            { field: 'password', code: 'PASSWORD_TOO_COMMON' },
          ],
        },
      },
    );
    const { container } = renderInvitation();
    await screen.findByText('Voor Kees Acme (contact@acme.spoor.test)');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Code uit uw authenticator-app' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/^Nieuw wachtwoord/), 'welkom1');
    await userEvent.type(screen.getByLabelText(/^Herhaal het wachtwoord/), 'welkom1');
    await userEvent.click(screen.getByRole('button', { name: 'Account activeren' }));

    // At the password field, where the user can fix it; the alert says only that something must be fixed.
    expect(await screen.findByRole('alert')).toHaveTextContent('Niet alle velden zijn goed ingevuld.');
    const password = screen.getByLabelText(/^Nieuw wachtwoord/);
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(
        /Vul minimaal 12 tekens in; Dit wachtwoord wordt te vaak gebruikt; kies een ander/,
      ),
    );
    expect(container.textContent).not.toMatch(/welkom1|must be at least|too common/);

    await userEvent.click(screen.getByText('EN'));
    await waitFor(() =>
      expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription(
        /Enter at least 12 characters; This password is too common/,
      ),
    );
  });

  it('says the link is no longer valid when the API answers 410', async () => {
    withApi({
      status: 410,
      body: {
        statusCode: 410,
        code: 'LINK_INVALID',
        message: 'This link is no longer valid; ask for a new one',
        error: 'Gone',
      },
    });
    renderInvitation();
    expect(
      await screen.findByText('Deze link is niet meer geldig: hij is al gebruikt of verlopen.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuwe link aanvragen' })).toHaveAttribute('href', '/password-reset');
    expect(screen.queryByLabelText(/^Nieuw wachtwoord/)).not.toBeInTheDocument();
  });

  it('says the link is no longer valid when it was used in the meantime', async () => {
    withApi(
      { status: 200, body: clientInvite },
      {
        status: 410,
        body: {
          statusCode: 410,
          code: 'LINK_INVALID',
          message: 'This link is no longer valid; ask for a new one',
          error: 'Gone',
        },
      },
    );
    renderInvitation();
    await userEvent.type(await screen.findByLabelText(/^Nieuw wachtwoord/), 'lange-zin-met-woorden');
    await userEvent.type(screen.getByLabelText(/^Herhaal het wachtwoord/), 'lange-zin-met-woorden');
    await userEvent.click(screen.getByRole('button', { name: 'Account activeren' }));
    expect(
      await screen.findByText('Deze link is niet meer geldig: hij is al gebruikt of verlopen.'),
    ).toBeInTheDocument();
  });

  it('does not call the API for a link without a token', async () => {
    const calls = withApi({ status: 200, body: clientInvite });
    renderInvitation('');
    expect(
      await screen.findByText('Deze link is niet meer geldig: hij is al gebruikt of verlopen.'),
    ).toBeInTheDocument();
    expect(calls.some((call) => call.url === '/api/invitations/inspect')).toBe(false);
  });
});
