/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { renderPage } from '../test/renderPage';
import { LoginPage } from './LoginPage';

type FetchCall = { url: string; init: RequestInit };

/** The API is outside the component: answer its calls with canned responses. */
function answerWith(...responses: Array<{ status: number; body: unknown }>) {
  const calls: FetchCall[] = [];
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses.shift() ?? { status: 500, body: {} };
    // jsdom has no Response: the few members apiFetch reads.
    return {
      ok: next.status >= 200 && next.status < 300,
      status: next.status,
      statusText: '',
      text: async () => JSON.stringify(next.body),
    } as Response;
  }) as typeof fetch;
  return calls;
}

function renderLogin() {
  return renderPage(<LoginPage />);
}

describe('LoginPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('is in Dutch by default and switches to English', async () => {
    renderLogin();
    expect(screen.getByLabelText(/E-mailadres/)).toBeInTheDocument();
    await userEvent.click(screen.getByText('EN'));
    expect(await screen.findByLabelText(/E-mail address/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
  });

  it('names the fields that are wrong and sends nothing', async () => {
    const calls = answerWith();
    renderLogin();
    await userEvent.type(screen.getByLabelText(/E-mailadres/), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(screen.getByText('Vul een geldig e-mailadres in')).toBeInTheDocument();
    expect(screen.getByText('Vul uw wachtwoord in')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('asks staff for the TOTP code when the API requires a second factor', async () => {
    const calls = answerWith({ status: 200, body: { mfaRequired: true } });
    renderLogin();
    await userEvent.type(screen.getByLabelText(/E-mailadres/), 'coach@spoor.test');
    await userEvent.type(screen.getByLabelText(/Wachtwoord/), 'Spoor-demo-2026!');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByText('Voer de zescijferige code uit uw authenticator-app in.')).toBeInTheDocument();
    expect(calls[0].url).toBe('/api/auth/login');
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('abc123');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ email: 'coach@spoor.test', password: 'Spoor-demo-2026!' });
  });

  it('says a wrong password failed without saying which part was wrong, and without showing it', async () => {
    answerWith({
      status: 401,
      body: {
        statusCode: 401,
        code: 'LOGIN_INVALID',
        message: 'Invalid e-mail address or password',
        error: 'Unauthorized',
      },
    });
    const { container } = renderLogin();
    await userEvent.type(screen.getByLabelText(/E-mailadres/), 'coach@spoor.test');
    await userEvent.type(screen.getByLabelText(/Wachtwoord/), 'wrong-secret');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Inloggen mislukt. Controleer uw e-mailadres en wachtwoord.'),
    );
    expect(container.textContent).not.toContain('wrong-secret');
  });

  it('tells a user whose second factor is not set up yet to finish it, not to check the password', async () => {
    answerWith({
      status: 403,
      body: {
        statusCode: 403,
        code: 'SECOND_FACTOR_NOT_ENROLLED',
        message: 'This account has no second factor yet',
        error: 'Forbidden',
      },
    });
    renderLogin();
    await userEvent.type(screen.getByLabelText(/E-mailadres/), 'coach@spoor.test');
    await userEvent.type(screen.getByLabelText(/Wachtwoord/), 'Spoor-demo-2026!');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Voor dit account is de tweestapsverificatie nog niet ingesteld. Rond die af via de link in uw uitnodiging.',
    );
    expect(alert).not.toHaveTextContent('Controleer');
  });

  it('says an expired login step is expired, not that the code is wrong', async () => {
    answerWith(
      { status: 200, body: { mfaRequired: true } },
      {
        status: 401,
        body: { statusCode: 401, code: 'LOGIN_EXPIRED', message: 'No pending login', error: 'Unauthorized' },
      },
    );
    renderLogin();
    await userEvent.type(screen.getByLabelText(/E-mailadres/), 'coach@spoor.test');
    await userEvent.type(screen.getByLabelText(/Wachtwoord/), 'Spoor-demo-2026!');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    const codeStep = await screen.findByRole('form', { name: 'Tweede stap' });
    await userEvent.type(within(codeStep).getAllByRole('textbox')[0], '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Uw inlogpoging is verlopen.');
  });

  it('links to the page for a forgotten password', () => {
    renderLogin();
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute('href', '/password-reset');
  });

  it('tells the user to wait after too many attempts', async () => {
    answerWith({
      status: 429,
      body: {
        statusCode: 429,
        code: 'TOO_MANY_ATTEMPTS',
        message: 'Too many attempts; try again later',
        error: 'Too Many Requests',
        retryAfterSeconds: 60,
      },
    });
    renderLogin();
    await userEvent.type(screen.getByLabelText(/E-mailadres/), 'coach@spoor.test');
    await userEvent.type(screen.getByLabelText(/Wachtwoord/), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Te veel pogingen');
  });
});
