/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionUser } from '@spoor/domain';
import { AbilityProvider } from '../auth/ability';
import i18n from '../i18n';
import { fakeApi, type FakeRoutes } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { MyWorkPage } from './MyWorkPage';

const COACH: SessionUser = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'coach@spoor.test',
  role: 'coach',
  displayName: 'Sanne Jacobs',
};
const EXPERT: SessionUser = {
  id: '00000000-0000-4000-8000-000000000004',
  email: 'expert@spoor.test',
  role: 'labour_expert',
  displayName: 'Henk Willems',
};
const CASE_A = '00000000-0000-4000-8000-0000000000c1';
const CASE_B = '00000000-0000-4000-8000-0000000000c2';

const REMINDERS = {
  requestsDueSoon: 0,
  requestsOverdue: 0,
  breachesToNotify: 0,
  breachesOverdue: 0,
  breakGlassToReview: 0,
  milestonesDueSoon: 2,
  milestonesOverdue: 1,
};
const empty = { status: 200, body: { items: [], total: 0 } };

function coachApi(extra: FakeRoutes = {}) {
  return fakeApi({
    'GET /api/me/reminders': { status: 200, body: REMINDERS },
    'GET /api/worklists/milestones': {
      status: 200,
      body: {
        withinDays: 14,
        total: 2,
        items: [
          {
            caseId: CASE_A,
            reference: 'RI-2026-0004',
            personName: 'Jan de Vries',
            kind: 'plan_of_approach',
            sequence: 0,
            dueDate: '2026-11-20',
            overdue: true,
          },
          {
            caseId: CASE_B,
            reference: 'RI-2026-0006',
            personName: 'Fatima Yilmaz',
            kind: 'evaluation',
            sequence: 2,
            dueDate: '2026-12-04',
            overdue: false,
          },
        ],
      },
    },
    'GET /api/worklists/draft-reports': {
      status: 200,
      body: {
        total: 1,
        items: [
          {
            id: 'r1',
            caseId: CASE_A,
            reference: 'RI-2026-0004',
            personName: 'Jan de Vries',
            title: 'Voortgang november',
            updatedAt: '2026-11-28T10:15:00Z',
            version: 3,
          },
        ],
      },
    },
    ...extra,
  });
}

function render(user: SessionUser) {
  renderPage(
    <AbilityProvider user={user}>
      <MyWorkPage />
    </AbilityProvider>,
    '/worklist',
  );
}

const section = (name: string) => screen.getByRole('region', { name });

describe('MyWorkPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('shows the coach the reminder counts, milestones due or overdue and draft reports, each linked to its case', async () => {
    const calls = coachApi();
    render(COACH);
    expect(await screen.findByLabelText('Mijlpalen over de datum: 1')).toBeInTheDocument();
    expect(screen.getByLabelText('Mijlpalen binnen 7 dagen: 2')).toBeInTheDocument();

    const milestones = await screen.findByRole('table', { name: 'Poortwachter-mijlpalen' });
    const rows = within(milestones).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['RI-2026-0004', 'Jan de Vries', 'Plan van aanpak', '20 nov 2026', 'Te laat'],
      ['RI-2026-0006', 'Fatima Yilmaz', 'Evaluatie 2', '4 dec 2026', 'Binnenkort'],
    ]);
    expect(within(rows[0]).getByRole('link', { name: 'RI-2026-0004' })).toHaveAttribute('href', `/cases/${CASE_A}`);
    expect(
      within(section('Poortwachter-mijlpalen')).getByText(
        'Open mijlpalen van lopende dossiers die te laat zijn of binnen 14 dagen vallen.',
      ),
    ).toBeInTheDocument();

    const drafts = await screen.findByRole('table', { name: 'Conceptverslagen' });
    expect(within(drafts).getByText('Voortgang november')).toBeInTheDocument();
    expect(within(drafts).getByRole('link', { name: 'RI-2026-0004' })).toHaveAttribute(
      'href',
      `/cases/${CASE_A}?tab=reports`,
    );

    // The labour expert's list is not the coach's work: never asked for.
    expect(screen.queryByRole('region', { name: 'Dossiers zonder FML of AD-rapport' })).not.toBeInTheDocument();
    expect(calls.some((call) => call.url.includes('/worklists/assessments'))).toBe(false);
  });

  it('says so when there is nothing to do, and when a list cannot be loaded', async () => {
    coachApi({
      'GET /api/worklists/milestones': { status: 200, body: { items: [], total: 0, withinDays: 14 } },
      // A 4xx is not retried (a 5xx would be, twice, with back-off).
      'GET /api/worklists/draft-reports': {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Not allowed', error: 'Forbidden' },
      },
    });
    render(COACH);
    expect(await screen.findByText('Geen mijlpalen die te laat zijn of binnen 14 dagen vallen.')).toBeInTheDocument();
    const drafts = section('Conceptverslagen');
    expect(await within(drafts).findByRole('alert')).toHaveTextContent(
      'Deze lijst kon niet worden geladen. Probeer het later opnieuw.',
    );
    expect(drafts).not.toHaveTextContent('Not allowed');
  });

  it('shows the labour expert the cases lacking an FML or AD report, with what is missing', async () => {
    const calls = fakeApi({
      'GET /api/worklists/assessments': {
        status: 200,
        body: {
          total: 1,
          items: [
            {
              caseId: CASE_B,
              reference: 'RI-2026-0006',
              personName: 'Fatima Yilmaz',
              type: 'reintegration_track1',
              status: 'active',
              startDate: '2026-03-02',
              hasFml: true,
              hasOccupationalAssessment: false,
            },
          ],
        },
      },
    });
    render(EXPERT);
    const table = await screen.findByRole('table', { name: 'Dossiers zonder FML of AD-rapport' });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['RI-2026-0006', 'Fatima Yilmaz', 'Re-integratie 1e spoor', '2 mrt 2026', 'Aanwezig', 'Ontbreekt']);
    expect(within(row).getByRole('link', { name: 'RI-2026-0006' })).toHaveAttribute(
      'href',
      `/cases/${CASE_B}?tab=special-file`,
    );
    expect(calls.map((call) => call.url.split('?')[0])).toEqual(['/api/worklists/assessments']);
    expect(screen.queryByText('Herinneringen')).not.toBeInTheDocument();
  });

  it('shows the empty state of the labour expert, in English too', async () => {
    fakeApi({ 'GET /api/worklists/assessments': empty });
    await i18n.changeLanguage('en');
    render(EXPERT);
    expect(
      await screen.findByText('Every running reintegration case has an FML and an AD report.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My work' })).toBeInTheDocument();
  });

  it('pages a long list', async () => {
    const items = Array.from({ length: 50 }, (_, i) => ({
      caseId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      reference: `RI-2026-${String(i + 1).padStart(4, '0')}`,
      kind: 'evaluation',
      sequence: 1,
      dueDate: '2026-12-01',
      overdue: false,
    }));
    const calls = coachApi({
      'GET /api/worklists/milestones': { status: 200, body: { items, total: 120, withinDays: 14 } },
    });
    render(COACH);
    await userEvent.click(await screen.findByRole('button', { name: 'Pagina 3' }));
    await waitFor(() =>
      expect(calls.some((call) => call.url === '/api/worklists/milestones?page=3&pageSize=50')).toBe(true),
    );
  });
});
