import type { Page } from 'playwright-core';
import { screenshot, useBrowserSession } from './support/browser';

/** Waits until an opening Mantine modal has finished its transition, so a screenshot shows it, not a fade. */
async function modalSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const content = document.querySelector('.mantine-Modal-content');
    return content !== null && getComputedStyle(content).opacity === '1' && content.getAnimations().length === 0;
  });
}

describe('the functioneel beheerder', () => {
  const session = useBrowserSession();

  it('invites a new coach, who shows up without a second factor until they enrol', async () => {
    const { page } = session;
    const email = `coach.${Date.now()}@spoor.test`;
    await session.login('admin@spoor.test');
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { name: 'Gebruikers' }).waitFor();
    await page.getByRole('cell', { name: 'coach@spoor.test', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe gebruiker uitnodigen' });
    await dialog.getByLabel('E-mailadres').fill(email);
    await dialog.getByLabel('Naam').fill('Nina Bakker');
    await dialog.getByRole('textbox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Opdrachtgever' }).click();
    await dialog.getByRole('textbox', { name: 'Organisatie' }).waitFor();
    await dialog.getByRole('textbox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Coach', exact: true }).click();
    expect(await dialog.getByRole('textbox', { name: 'Organisatie' }).count()).toBe(0);
    await modalSettled(page);
    await screenshot(page, 'admin-new-user');
    await dialog.getByRole('button', { name: 'Uitnodigen' }).click();

    await page.getByText(`Uitnodiging verstuurd naar ${email}.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: email, exact: true }) });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(2).innerText()).toBe('Coach');
    expect(await row.getByRole('cell').nth(3).innerText()).toBe('Uitgenodigd');
    expect(await row.getByRole('cell').nth(4).innerText()).toBe('Niet ingesteld');
    await screenshot(page, 'admin-users');

    // The same address a second time is refused by the API, and the dialog says so.
    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    await dialog.getByLabel('E-mailadres').fill(email);
    await dialog.getByLabel('Naam').fill('Nina Bakker');
    await dialog.getByRole('textbox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Coach', exact: true }).click();
    await dialog.getByRole('button', { name: 'Uitnodigen' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Dit e-mailadres is al in gebruik.' }).waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Disabling asks for confirmation first; enabling again does not.
    await row.getByRole('button', { name: 'Acties voor Nina Bakker' }).click();
    await page.getByRole('menuitem', { name: 'Uitschakelen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Gebruiker uitschakelen' });
    await confirm.getByText('Nina Bakker kan dan niet meer inloggen').waitFor();
    await modalSettled(page);
    await screenshot(page, 'admin-disable-confirm');
    await confirm.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByText('Nina Bakker is uitgeschakeld; alle sessies van Nina Bakker zijn beëindigd.').waitFor();
    await row.getByText('Uitgeschakeld').waitFor();
    await row.getByRole('button', { name: 'Acties voor Nina Bakker' }).click();
    await page.getByRole('menuitem', { name: 'Inschakelen' }).click();
    await page.getByText('Nina Bakker is weer ingeschakeld.').waitFor();
    await row.getByText('Uitgenodigd').waitFor();
  });

  it('sees who is assigned to a case and since when', async () => {
    const { page } = session;
    await session.login('admin@spoor.test');
    await page.getByLabel('Zoeken').fill('RI-2026-0001');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByRole('heading', { name: 'Toewijzing' }).waitFor();
    const history = page.getByRole('table', { name: 'Geschiedenis' });
    await history.getByRole('cell', { name: 'Sanne Jacobs' }).first().waitFor();
    expect(await history.getByRole('cell', { name: 'Henk Willems' }).count()).toBeGreaterThanOrEqual(1);
    // The selects are enabled once the users to choose from are in.
    await page.getByRole('textbox', { name: 'Coach', disabled: false }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Coach' }).inputValue()).toBe('Sanne Jacobs');
    expect(await page.getByRole('textbox', { name: 'Arbeidsdeskundige' }).inputValue()).toBe('Henk Willems');
    expect(await page.getByRole('button', { name: 'Coach opslaan' }).isDisabled()).toBe(true);
    await screenshot(page, 'admin-case-assignment');
  });
});
