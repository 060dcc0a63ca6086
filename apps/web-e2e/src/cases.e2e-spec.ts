import { screenshot, useBrowserSession } from './support/browser';

describe('cases after login', () => {
  const session = useBrowserSession();

  it('takes a coach through the second factor to their caseload and into a case', async () => {
    const { page } = session;
    await session.login('coach@spoor.test');
    await page.getByRole('heading', { name: 'Dossiers' }).waitFor();
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Deelnemer' }).isVisible()).toBe(true);
    await screenshot(page, 'coach-cases');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByText('Jan de Vries').waitFor();
    expect(await page.getByText('participant@spoor.test').isVisible()).toBe(true);
    await screenshot(page, 'coach-case-detail');
  });

  it('finds a case by last name, also one the first page does not show, and filters the others out', async () => {
    const { page } = session;
    await session.login('coach@spoor.test');
    await page.locator('tbody tr').first().waitFor();
    // Pick, through the API with this session, a case beyond the first page (20 rows) that its last name finds:
    // only a search that works can bring it onto the screen.
    type Item = { reference: string; personName: string };
    const cases = async (query: string) =>
      (await (await page.request.get(new URL(`/api/cases?${query}`, page.url()).toString())).json()) as {
        items: Item[];
        total: number;
      };
    const firstPage = await cases('page=1&pageSize=20');
    const later = await cases('page=2&pageSize=20');
    expect(later.items.length).toBeGreaterThan(0);
    let target: { item: Item; lastName: string; matches: Item[] } | undefined;
    for (const item of later.items) {
      const lastName = item.personName.slice(item.personName.indexOf(' ') + 1);
      const found = await cases(`q=${encodeURIComponent(lastName)}&pageSize=100`);
      if (
        found.total <= 20 &&
        found.total < firstPage.total &&
        found.items.some((m) => m.reference === item.reference)
      ) {
        target = { item, lastName, matches: found.items };
        break;
      }
    }
    if (!target) throw new Error('no case beyond the first page is found by its last name through the API');
    const { item, lastName, matches } = target;
    const filteredOut = firstPage.items.filter((i) => !matches.some((m) => m.reference === i.reference));
    expect(filteredOut.length).toBeGreaterThan(0);

    await page.getByLabel('Zoeken').fill(lastName.toLowerCase());
    await page.getByRole('cell', { name: item.reference, exact: true }).waitFor();
    await page.getByRole('cell', { name: filteredOut[0].reference, exact: true }).waitFor({ state: 'detached' });
    expect(await page.locator('tbody tr').count()).toBe(matches.length);
    expect(decodeURIComponent(page.url()).toLowerCase()).not.toContain(lastName.toLowerCase());
  });

  it('shows a client the restricted summary: its own employee by name, no contact details', async () => {
    const { page } = session;
    await session.login('client@acme.spoor.test');
    await page.locator('tbody tr').first().waitFor();
    // Issue 17: the employer knows its employee and finds the case by last name.
    await page.getByLabel('Zoeken').fill('de Vries');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Deelnemer' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Jan de Vries' }).count()).toBe(1);
    expect(decodeURIComponent(page.url())).not.toContain('Vries');
    await screenshot(page, 'client-cases');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByText('U ziet de samenvatting die de opdrachtgever mag inzien.').waitFor();
    expect(await page.getByText('participant@spoor.test').count()).toBe(0);
    expect(await page.getByText('Voorbeeldstraat').count()).toBe(0);
    expect(await page.getByText('030 123 4567').count()).toBe(0);
    await screenshot(page, 'client-case-detail');
  });

  it('shows a participant only their own case, and logs out for good', async () => {
    const { page } = session;
    await session.login('participant@spoor.test');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByLabel('E-mailadres').waitFor();
    await page.goto(page.url().replace(/\/[^/]*$/, '/cases'));
    await page.getByLabel('E-mailadres').waitFor();
  });
});
