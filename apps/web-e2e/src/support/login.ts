import { authenticator } from 'otplib';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

export const DEMO_PASSWORD = 'Spoor-demo-2026!';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

/** Logs in through the real login page, entering the TOTP code for staff accounts. */
export async function loginThroughPage(page: Page, email: string): Promise<void> {
  await page.goto(baseUrl() + '/');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const codeStep = page.getByText('Voer de zescijferige code uit je authenticator-app in.');
  const loggedIn = page.getByRole('button', { name: 'Uitloggen' });
  await Promise.race([codeStep.waitFor(), loggedIn.waitFor()]);
  if (await codeStep.isVisible()) {
    await page.keyboard.type(authenticator.generate(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await loggedIn.waitFor();
  }
}
