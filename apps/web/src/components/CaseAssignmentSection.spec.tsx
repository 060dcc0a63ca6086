/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { fakeApi } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { CaseAssignmentSection } from './CaseAssignmentSection';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const ADMIN = '00000000-0000-4000-8000-000000000001';
const SANNE = '00000000-0000-4000-8000-000000000002';
const MOHAMED = '00000000-0000-4000-8000-000000000003';
const HENK = '00000000-0000-4000-8000-000000000004';
const GONE = '00000000-0000-4000-8000-000000000005';

const staff = (id: string, displayName: string, role: string, disabled = false) => ({
  id,
  email: `${id}@spoor.test`,
  displayName,
  role,
  organisationId: null,
  personId: null,
  disabled,
  secondFactorEnrolled: true,
  passwordSet: true,
  createdAt: '2026-01-01T09:00:00.000Z',
});

const history = [
  {
    id: 'a1',
    role: 'coach',
    userId: GONE,
    userName: 'Oud Coach',
    assignedAt: '2026-01-05T09:00:00.000Z',
    unassignedAt: '2026-02-01T10:00:00.000Z',
    assignedBy: ADMIN,
  },
  {
    id: 'a2',
    role: 'coach',
    userId: SANNE,
    userName: 'Sanne Jacobs',
    assignedAt: '2026-02-01T10:00:00.000Z',
    unassignedAt: null,
    assignedBy: ADMIN,
  },
  {
    id: 'a3',
    role: 'labour_expert',
    userId: HENK,
    userName: 'Henk Willems',
    assignedAt: '2026-01-05T09:00:00.000Z',
    unassignedAt: null,
    assignedBy: null,
  },
];

describe('CaseAssignmentSection', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('shows the history and assigns another coach, offering only active coaches', async () => {
    const calls = fakeApi({
      [`GET /api/cases/${CASE_ID}/assignments`]: { status: 200, body: { items: history, total: 3 } },
      [`PUT /api/cases/${CASE_ID}/assignments`]: { status: 200, body: { items: history, total: 3 } },
      'GET /api/admin/users': {
        status: 200,
        body: {
          items: [
            staff(ADMIN, 'Ilse Vermeulen', 'admin'),
            staff(SANNE, 'Sanne Jacobs', 'coach'),
            staff(MOHAMED, 'Mohamed El Amrani', 'coach'),
            staff(GONE, 'Oud Coach', 'coach', true),
            staff(HENK, 'Henk Willems', 'labour_expert'),
          ],
          total: 5,
        },
      },
    });
    renderPage(
      <CaseAssignmentSection
        caseId={CASE_ID}
        current={{ coach: { id: SANNE, name: 'Sanne Jacobs' }, labour_expert: { id: HENK, name: 'Henk Willems' } }}
      />,
    );

    const table = await screen.findByRole('table', { name: 'Geschiedenis' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByText('Oud Coach')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Ilse Vermeulen')).toBeInTheDocument();
    expect(within(rows[1]).getByText('heden')).toBeInTheDocument();

    const coach = screen.getByRole('textbox', { name: 'Coach' });
    await waitFor(() => expect(coach).toHaveValue('Sanne Jacobs'));
    expect(screen.getByRole('textbox', { name: 'Arbeidsdeskundige' })).toHaveValue('Henk Willems');
    const save = screen.getByRole('button', { name: 'Coach opslaan' });
    expect(save).toBeDisabled();

    await userEvent.click(coach);
    // Mantine keeps both dropdowns in the document (hidden in jsdom, which has no layout): read the coach's.
    const listbox = document.getElementById(coach.getAttribute('aria-controls') ?? '') as HTMLElement;
    const options = within(listbox)
      .getAllByRole('option', { hidden: true })
      .map((option) => option.textContent);
    expect(options).toEqual(['Sanne Jacobs', 'Mohamed El Amrani']);
    await userEvent.click(within(listbox).getByRole('option', { name: 'Mohamed El Amrani', hidden: true }));
    await userEvent.click(save);

    expect(await screen.findByText('Toewijzing opgeslagen.')).toBeInTheDocument();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.body).toEqual({ role: 'coach', userId: MOHAMED });
    expect(put?.headers['X-CSRF-Token']).toBe('abc123');
  });
});
