/// <reference types="@testing-library/jest-dom" />
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Breach } from '../../api/useBreaches';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { BreachClockText } from './BreachClockText';
import { BreachesPage } from './BreachesPage';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const HOUR = 3600_000;

const breach = (overrides: Partial<Breach>): Breach => ({
  id: 'b1',
  discoveredAt: new Date(NOW.getTime() - 10 * HOUR).toISOString(),
  notifyAuthorityBy: new Date(NOW.getTime() + 62 * HOUR).toISOString(),
  overdue: false,
  nature: 'Laptop met dossiers gestolen',
  categoriesOfPeople: [],
  approximatePeople: null,
  categoriesOfRecords: [],
  approximateRecords: null,
  likelyConsequences: null,
  measures: null,
  contact: null,
  authorityNotifiedAt: null,
  peopleNotifiedAt: null,
  registeredBy: '00000000-0000-4000-8000-000000000009',
  updates: [],
  version: 1,
  ...overrides,
});

describe('the breach clock', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('shows the time left until the authority must be told', () => {
    renderPage(
      <BreachClockText
        now={NOW}
        breach={breach({ notifyAuthorityBy: new Date(NOW.getTime() + 5 * HOUR + 30 * 60_000).toISOString() })}
      />,
    );
    const text = screen.getByText('nog 5 uur 30 min');
    // Less than a day left: orange.
    expect(text.getAttribute('style') ?? '').toContain('--mantine-color-orange-8');
  });

  it('shows "te laat" in red once the 72 hours have passed without notification', () => {
    renderPage(
      <BreachClockText
        now={NOW}
        breach={breach({ notifyAuthorityBy: new Date(NOW.getTime() - HOUR).toISOString(), overdue: true })}
      />,
    );
    const text = screen.getByText('te laat');
    expect(text.getAttribute('style') ?? '').toContain('--mantine-color-red-9');
  });

  it('shows when the authority was notified instead of a clock', () => {
    renderPage(
      <BreachClockText
        now={NOW}
        breach={breach({ authorityNotifiedAt: '2026-11-23T10:00:00.000Z', overdue: false })}
      />,
    );
    expect(screen.getByText(/^gemeld op 23 nov 2026/)).toBeInTheDocument();
    expect(screen.queryByText('te laat')).not.toBeInTheDocument();
  });

  it('lists the register with a clock per breach', async () => {
    fakeApi({
      'GET /api/breaches': {
        status: 200,
        // The page runs on the real clock: b1 was discovered ten hours ago, so its clock still runs.
        body: {
          items: [
            breach({
              id: 'b1',
              discoveredAt: new Date(Date.now() - 10 * HOUR).toISOString(),
              notifyAuthorityBy: new Date(Date.now() + 62 * HOUR).toISOString(),
            }),
            breach({
              id: 'b2',
              nature: 'E-mail aan verkeerde ontvanger',
              notifyAuthorityBy: '2020-01-01T00:00:00.000Z',
              overdue: true,
            }),
          ],
        },
      },
    });
    renderPage(<BreachesPage />, '/privacy/breaches');
    expect(await screen.findByText('Laptop met dossiers gestolen')).toBeInTheDocument();
    expect(screen.getByText('te laat')).toBeInTheDocument();
    expect(screen.getByText(/^nog \d+ uur \d+ min$/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'AP gemeld' })).toHaveLength(2);
  });

  it('registers a breach discovered now, after asking for a description of at least 5 characters', async () => {
    const calls = fakeApi({
      'GET /api/breaches': { status: 200, body: { items: [] } },
      'POST /api/breaches': { status: 201, body: breach({ id: 'b9' }) },
    });
    document.cookie = 'csrf_token=abc123';
    renderPage(<BreachesPage />, '/privacy/breaches');
    await screen.findByText('Er zijn geen datalekken geregistreerd.');
    const before = Date.now() - 60_000;
    await userEvent.click(screen.getByRole('button', { name: 'Datalek registreren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Datalek registreren' });
    // Discovered: now, picked on a calendar with hours and minutes.
    expect(within(dialog).getByRole('button', { name: /^Ontdekt op/ })).toHaveTextContent(
      /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/,
    );

    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Wat is er gebeurd/ }), 'Lek');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Datalek registreren' }));
    expect(await within(dialog).findByText('Schrijf minstens 5 tekens')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Wat is er gebeurd/ }), ' USB ');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Soorten betrokkenen/ }), 'HR, IT');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Datalek registreren' }));
    expect(await screen.findByText('Het datalek is geregistreerd.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const sent = calls.find((call) => call.method === 'POST')?.body as {
      discoveredAt: string;
      nature: string;
      categoriesOfPeople: string[];
    };
    expect(sent.nature).toBe('Lek USB');
    expect(sent.categoriesOfPeople).toEqual(['HR', 'IT']);
    expect(new Date(sent.discoveredAt).getTime()).toBeGreaterThanOrEqual(before);
    expect(new Date(sent.discoveredAt).getTime()).toBeLessThanOrEqual(Date.now());
  });
});
