import { baseUrl, screenshot, useBrowserSession } from './support/browser';

describe('the login page', () => {
  const session = useBrowserSession();

  it('opens at / in Dutch, with labelled fields and no console errors from the app', async () => {
    const { page } = session;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(baseUrl() + '/');
    await page.getByLabel('E-mailadres').waitFor();
    expect(await page.title()).toBe('Spoor');
    expect(await page.getByRole('button', { name: 'Inloggen' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Wachtwoord').getAttribute('type')).toBe('password');
    await screenshot(page, 'login-nl');
    expect(errors).toEqual([]);
  });

  it('switches to English and remembers the choice after a reload', async () => {
    const { page } = session;
    await page.goto(baseUrl() + '/');
    await page.getByText('EN', { exact: true }).click();
    await page.getByLabel('E-mail address').waitFor();
    await page.reload();
    await page.getByLabel('E-mail address').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'login-en');
  });

  it('points out a malformed e-mail address before sending anything', async () => {
    const { page } = session;
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/login')) requests.push(request.url());
    });
    await page.goto(baseUrl() + '/');
    await page.getByLabel('E-mailadres').fill('jan.devries');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul een geldig e-mailadres in').waitFor();
    expect(requests).toEqual([]);
    await screenshot(page, 'login-validation');
  });

  it('asks for a reset link from the login page and confirms the same way for any address', async () => {
    const { page } = session;
    await page.goto(baseUrl() + '/');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { name: 'Wachtwoord vergeten' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/password-reset');
    await page.getByLabel('E-mailadres').fill('niemand@voorbeeld.nl');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByText('Als dit e-mailadres bij een account hoort').waitFor();
    await screenshot(page, 'password-reset-sent');
    await page.getByRole('link', { name: 'Terug naar inloggen' }).click();
    await page.getByLabel('E-mailadres').waitFor();
  });

  it('opens an invitation link without a session and says when it is no longer valid', async () => {
    const { page } = session;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(baseUrl() + '/invitation#token=' + 'x'.repeat(43));
    await page.getByText('Deze link is niet meer geldig: hij is al gebruikt of verlopen.').waitFor();
    expect(requests.some((url) => url.includes('xxxxxxxx'))).toBe(false);
    await screenshot(page, 'invitation-invalid');
  });

  it('serves a client-side route with the app, and the API health next to it', async () => {
    const { page } = session;
    const response = await page.goto(baseUrl() + '/cases/some-route');
    expect(response?.status()).toBe(200);
    await page.getByLabel('E-mailadres').waitFor();
    const health = await page.request.get(baseUrl() + '/api/health');
    expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
