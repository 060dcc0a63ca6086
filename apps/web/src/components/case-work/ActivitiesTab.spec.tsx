/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActivityView } from '../../api/useCaseWork';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { ActivitiesTab } from './ActivitiesTab';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const ACTIVITIES = `/api/cases/${CASE_ID}/activities`;

const activity = (id: string, overrides: Partial<ActivityView>): ActivityView => ({
  id,
  kind: 'coaching_session',
  occurredOn: '2026-11-02',
  durationMinutes: null,
  notes: null,
  createdAt: '2026-11-02T15:00:00.000Z',
  ...overrides,
});

const list = (...items: ActivityView[]) => ({ status: 200, body: { items, total: items.length } });

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on the local calendar, as the API takes it. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Today on the local calendar, as the date field shows it (dd-mm-jjjj). */
function shownToday(): string {
  const now = new Date();
  return `${pad(now.getDate())}-${pad(now.getMonth() + 1)}-${now.getFullYear()}`;
}

const titles = () =>
  Array.from(document.querySelectorAll('.mantine-Timeline-itemTitle')).map((node) => node.textContent);

describe('ActivitiesTab', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('shows a loading indicator, then says nothing was recorded yet', async () => {
    fakeApi({ [`GET ${ACTIVITIES}`]: list() });
    renderPage(<ActivitiesTab caseId={CASE_ID} canWrite={false} />);
    expect(screen.getByRole('status', { name: 'Bezig met laden…' })).toBeInTheDocument();
    expect(await screen.findByText('Er zijn nog geen activiteiten vastgelegd.')).toBeInTheDocument();
    // Who may not write sees no way to add.
    expect(screen.queryByRole('button', { name: 'Activiteit toevoegen' })).not.toBeInTheDocument();
  });

  it('says in plain words that the activities could not be loaded', async () => {
    fakeApi({
      [`GET ${ACTIVITIES}`]: {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Not allowed', error: 'Forbidden' },
      },
    });
    renderPage(<ActivitiesTab caseId={CASE_ID} canWrite={false} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit onderdeel kon niet worden geladen. Probeer het later opnieuw.',
    );
    expect(screen.queryByText(/Not allowed|Forbidden/)).not.toBeInTheDocument();
  });

  it('lists the activities newest first, with date, duration and notes', async () => {
    fakeApi({
      [`GET ${ACTIVITIES}`]: list(
        activity('a1', {
          kind: 'assessment',
          occurredOn: '2026-10-05',
          durationMinutes: 120,
          notes: 'Capaciteitentest afgenomen.',
        }),
        activity('a2', { kind: 'workplace_visit', occurredOn: '2026-11-12' }),
        // Same day as a3, recorded later: shown above it.
        activity('a4', { kind: 'application', occurredOn: '2026-11-02', createdAt: '2026-11-02T16:00:00.000Z' }),
        activity('a3', { kind: 'coaching_session', occurredOn: '2026-11-02', durationMinutes: 45 }),
      ),
    });
    renderPage(<ActivitiesTab caseId={CASE_ID} canWrite={false} />);
    expect(await screen.findByText('Capaciteitentest afgenomen.')).toBeInTheDocument();
    expect(titles()).toEqual(['Werkplekbezoek', 'Sollicitatie', 'Coachgesprek', 'Assessment']);
    expect(screen.getByText('5 okt 2026 · 120 min')).toBeInTheDocument();
    expect(screen.getByText('2 nov 2026 · 45 min')).toBeInTheDocument();
    expect(screen.getByText('12 nov 2026')).toBeInTheDocument();
    expect(screen.queryByText('Er zijn nog geen activiteiten vastgelegd.')).not.toBeInTheDocument();
  });

  it('adds an activity with kind, date, duration and trimmed notes, then shows it', async () => {
    const created = activity('a9', {
      kind: 'assessment',
      occurredOn: '2026-11-20',
      durationMinutes: 90,
      notes: 'Intake assessment',
    });
    const calls = fakeApi({
      [`GET ${ACTIVITIES}`]: [list(), list(created)],
      [`POST ${ACTIVITIES}`]: { status: 201, body: created },
    });
    renderPage(<ActivitiesTab caseId={CASE_ID} canWrite />);
    await screen.findByText('Er zijn nog geen activiteiten vastgelegd.');
    await userEvent.click(screen.getByRole('button', { name: 'Activiteit toevoegen' }));

    const form = screen.getByRole('heading', { name: 'Activiteit toevoegen' }).closest('form') as HTMLElement;
    const kind = within(form).getByRole('combobox', { name: 'Soort activiteit' });
    expect(kind).toHaveDisplayValue('Coachgesprek');
    const date = within(form).getByRole('textbox', { name: /^Datum/ });
    // The date starts at today.
    expect(date).toHaveValue(shownToday());
    // The API takes notes of at most 4000 characters.
    expect(within(form).getByRole('textbox', { name: 'Notities (optioneel)' })).toHaveAttribute('maxlength', '4000');

    await userEvent.selectOptions(kind, 'Assessment');
    await userEvent.clear(date);
    await userEvent.type(date, '20-11-2026');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Duur in minuten (optioneel)' }), '90');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Notities (optioneel)' }), '  Intake assessment  ');
    await userEvent.click(within(form).getByRole('button', { name: 'Activiteit opslaan' }));

    expect(await screen.findByText('Intake assessment')).toBeInTheDocument();
    expect(screen.getByText('20 nov 2026 · 90 min')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Activiteit opslaan' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Activiteit toevoegen' })).toBeInTheDocument();

    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].url).toBe(ACTIVITIES);
    expect(posts[0].body).toEqual({
      kind: 'assessment',
      occurredOn: '2026-11-20',
      durationMinutes: 90,
      notes: 'Intake assessment',
    });
    expect(posts[0].headers['X-CSRF-Token']).toBe('abc123');
  });

  it('sends neither duration nor notes when they are left empty', async () => {
    const today = localToday();
    const calls = fakeApi({
      [`GET ${ACTIVITIES}`]: list(),
      [`POST ${ACTIVITIES}`]: { status: 201, body: activity('a9', { occurredOn: today }) },
    });
    renderPage(<ActivitiesTab caseId={CASE_ID} canWrite />);
    await userEvent.click(await screen.findByRole('button', { name: 'Activiteit toevoegen' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Notities (optioneel)' }), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Activiteit opslaan' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ kind: 'coaching_session', occurredOn: today });
  });

  it('asks for the date when it was cleared, and sends nothing', async () => {
    const calls = fakeApi({ [`GET ${ACTIVITIES}`]: list() });
    renderPage(<ActivitiesTab caseId={CASE_ID} canWrite />);
    await userEvent.click(await screen.findByRole('button', { name: 'Activiteit toevoegen' }));
    await userEvent.clear(screen.getByRole('textbox', { name: /^Datum/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Activiteit opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vul een datum in.');
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('keeps the form and says in plain words when saving failed', async () => {
    fakeApi({
      [`GET ${ACTIVITIES}`]: list(),
      [`POST ${ACTIVITIES}`]: {
        status: 500,
        body: {
          statusCode: 500,
          code: 'INTERNAL_ERROR',
          message: 'Internal server error',
          error: 'Internal Server Error',
        },
      },
    });
    renderPage(<ActivitiesTab caseId={CASE_ID} canWrite />);
    await userEvent.click(await screen.findByRole('button', { name: 'Activiteit toevoegen' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Notities (optioneel)' }), 'Gesprek over werkhervatting');
    await userEvent.click(screen.getByRole('button', { name: 'Activiteit opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Er ging iets mis. Probeer het opnieuw.');
    expect(screen.queryByText(/Internal server error/i)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Notities (optioneel)' })).toHaveValue('Gesprek over werkhervatting');
  });

  it('closes the form on cancel without sending anything', async () => {
    const calls = fakeApi({ [`GET ${ACTIVITIES}`]: list() });
    renderPage(<ActivitiesTab caseId={CASE_ID} canWrite />);
    await userEvent.click(await screen.findByRole('button', { name: 'Activiteit toevoegen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('button', { name: 'Activiteit opslaan' })).not.toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });
});
