/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MILESTONE_ACTORS,
  TIMELINE_MILESTONE_KINDS,
  type MilestoneBasis,
  type SessionUser,
  type TimelineMilestoneState,
} from '@spoor/domain';
import { Route, Routes } from 'react-router-dom';
import { AbilityProvider } from '../../auth/ability';
import i18n from '../../i18n';
import { CaseDetailPage } from '../../pages/CaseDetailPage';
import { MyWorkPage } from '../../pages/MyWorkPage';
import { fakeApi, type FakeRoutes } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { basisText } from './milestoneTexts';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const COACH = '00000000-0000-4000-8000-000000000002';
const EXPERT = '00000000-0000-4000-8000-000000000004';
const PERSON = '00000000-0000-4000-8000-0000000000p1';
const MILESTONES = `/api/cases/${CASE_ID}/milestones`;
const SICKNESS = `/api/cases/${CASE_ID}/special-file/sickness-events`;

const users: Record<string, SessionUser> = {
  coach: { id: COACH, email: 'coach@spoor.test', role: 'coach', displayName: 'Sanne Jacobs' },
  labour_expert: { id: EXPERT, email: 'expert@spoor.test', role: 'labour_expert', displayName: 'Henk Willems' },
  client: {
    id: 'c0',
    email: 'client@acme.spoor.test',
    role: 'client',
    displayName: 'Ruud Kramer',
    organisationId: 'org1',
  },
  participant: {
    id: 'p0',
    email: 'jan@example.test',
    role: 'participant',
    displayName: 'Jan de Vries',
    personId: PERSON,
  },
};

const staffCase = {
  id: CASE_ID,
  reference: 'RI-2026-0001',
  type: 'reintegration_track1',
  status: 'active',
  personName: 'Jan de Vries',
  coachId: COACH,
  coachName: 'Sanne Jacobs',
  labourExpertId: EXPERT,
  labourExpertName: 'Henk Willems',
  startDate: '2026-01-05',
  version: 3,
};

const restrictedCase = {
  id: CASE_ID,
  reference: 'RI-2026-0001',
  type: 'reintegration_track1',
  status: 'active',
  coachName: 'Sanne Jacobs',
  startDate: '2026-01-05',
};

const milestone = (
  id: string,
  kind: string,
  state: TimelineMilestoneState,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  id,
  kind,
  sequence: 0,
  dueDate: '2026-02-15',
  completedOn: null,
  state,
  actor: 'employer',
  basis: null,
  evidence: null,
  ...extra,
});

const staffTimeline = [
  milestone('m1', 'problem_analysis', 'done', {
    completedOn: '2026-01-20',
    actor: 'occupational_physician',
    basis: { rule: 'week_of_sickness', week: 6, healthyDaysExcluded: 0 },
    evidence: { reportId: 'r1' },
  }),
  milestone('m2', 'plan_of_approach', 'overdue', {
    dueDate: '2026-02-03',
    basis: { rule: 'after_problem_analysis', weeks: 2, from: '2026-01-20', projected: false },
  }),
  milestone('m3', 'uwv_wia_letter', 'info', {
    dueDate: '2027-09-13',
    actor: 'uwv',
    basis: { rule: 'uwv_after_week', week: 88, healthyDaysExcluded: 0 },
  }),
];

const reports = {
  items: [{ id: 'r1', title: 'Probleemanalyse januari', status: 'final' }],
};
const activities = {
  items: [
    { id: 'a1', kind: 'coaching_session', occurredOn: '2026-01-28', durationMinutes: 60, createdAt: '2026-01-28' },
  ],
};

function renderCase(role: keyof typeof users, caseBody: unknown, routes: FakeRoutes = {}) {
  const calls = fakeApi({
    'GET /api/auth/me': { status: 200, body: { user: users[role] } },
    [`GET /api/cases/${CASE_ID}`]: { status: 200, body: caseBody },
    [`GET ${MILESTONES}`]: { status: 200, body: { items: staffTimeline } },
    [`GET /api/cases/${CASE_ID}/progress-reports`]: { status: 200, body: reports },
    [`GET /api/cases/${CASE_ID}/activities`]: { status: 200, body: activities },
    [`GET /api/cases/${CASE_ID}/documents`]: {
      status: 200,
      body: {
        items: [
          {
            id: 'd1',
            caseId: CASE_ID,
            kind: 'plan_of_approach',
            filename: 'Plan RI-2026-0001.pdf',
            contentType: 'application/pdf',
            sizeBytes: 1000,
            sharedWithParticipant: true,
            uploadedAt: '2026-02-10T09:00:00Z',
            href: '/api/documents/d1/content',
          },
        ],
        total: 1,
      },
    },
    [`GET ${SICKNESS}`]: {
      status: 200,
      body: { items: [{ id: 's1', kind: 'sick', date: '2026-01-05', recordedAt: '2026-01-06T09:00:00Z' }] },
    },
    ...routes,
  });
  renderPage(
    <AbilityProvider user={users[role]}>
      <Routes>
        <Route path="/cases/:id" element={<CaseDetailPage />} />
      </Routes>
    </AbilityProvider>,
    `/cases/${CASE_ID}`,
  );
  return calls;
}

/** The row of the timeline that names `label`. */
async function rowOf(label: string): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: 'Poortwachter-tijdlijn' });
  const cell = await within(table).findByText(label);
  return cell.closest('tr') as HTMLElement;
}

describe('the Poortwachter timeline on a case', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('lets the coach mark a milestone done with a date and evidence, and sends exactly that', async () => {
    const calls = renderCase('coach', staffCase, {
      [`PATCH ${MILESTONES}/m2`]: {
        status: 200,
        body: { ...staffTimeline[1], completedOn: '2026-02-02', state: 'done', evidence: { reportId: 'r1' } },
      },
    });
    const row = await rowOf('Plan van aanpak');
    // The basis as a sentence, who acts, the state; the problem analysis shows its evidence by name.
    expect(within(row).getByText('2 weken na de probleemanalyse van 20 januari 2026')).toBeInTheDocument();
    expect(within(row).getByText('Werkgever')).toBeInTheDocument();
    expect(within(row).getByText('Te laat')).toBeInTheDocument();
    expect(within(row).getByText('03-02-2026')).toBeInTheDocument();
    expect(
      within(await rowOf('Probleemanalyse')).getByText('Voortgangsverslag: Probleemanalyse januari'),
    ).toBeInTheDocument();
    // UWV's own step: information, never an action.
    expect(within(await rowOf('WIA-brief UWV')).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: 'Markeren als gedaan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Plan van aanpak markeren als gedaan' });
    const date = within(dialog).getByRole('textbox', { name: /^Gedaan op/ });
    await userEvent.clear(date);
    await userEvent.type(date, '02-02-2026');
    const evidence = within(dialog).getByRole('combobox', { name: /^Bewijs/ });
    expect(within(evidence).getByRole('option', { name: 'Coachgesprek 28-01-2026' })).toBeInTheDocument();
    // A process document by its kind in words and its name, never by its code.
    expect(
      within(evidence).getByRole('option', { name: 'Plan van aanpak: Plan RI-2026-0001.pdf' }),
    ).toBeInTheDocument();
    await userEvent.selectOptions(evidence, 'Probleemanalyse januari');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opslaan als gedaan' }));

    expect(await screen.findByText('Plan van aanpak is gemarkeerd als gedaan.')).toBeInTheDocument();
    const patches = calls.filter((call) => call.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(patches[0].url).toBe(`${MILESTONES}/m2`);
    expect(patches[0].body).toEqual({ completedOn: '2026-02-02', evidence: { reportId: 'r1' } });
    // The timeline is asked again: the API moves the dependent dates.
    await waitFor(() =>
      expect(calls.filter((call) => call.method === 'GET' && call.url === MILESTONES).length).toBeGreaterThan(1),
    );
  });

  it('undoes a completion only with a reason', async () => {
    const calls = renderCase('labour_expert', staffCase, {
      [`PATCH ${MILESTONES}/m1`]: { status: 200, body: { ...staffTimeline[0], completedOn: null, state: 'overdue' } },
    });
    const row = await rowOf('Probleemanalyse');
    expect(within(row).getByText('Gedaan op 20-01-2026')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: 'Ongedaan maken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Probleemanalyse ongedaan maken' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ongedaan maken' }));

    const reason = within(dialog).getByRole('textbox', { name: /^Reden/ });
    await waitFor(() => expect(reason).toHaveAccessibleDescription('Geef een reden op.'));
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);

    await userEvent.type(reason, '  Verkeerde datum ingevoerd ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ongedaan maken' }));
    expect(await screen.findByText('De afronding van Probleemanalyse is ongedaan gemaakt.')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({
      completedOn: null,
      reason: 'Verkeerde datum ingevoerd',
    });
  });

  it("shows the API's field problems at the date and evidence inputs", async () => {
    renderCase('coach', staffCase, {
      [`PATCH ${MILESTONES}/m2`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: ['completedOn must not be in the future', 'evidence.reportId unknown'],
          error: 'Bad Request',
          fields: [
            { field: 'completedOn', code: 'DATE_IN_FUTURE' },
            { field: 'evidence.reportId', code: 'UNKNOWN_REFERENCE' },
          ],
        },
      },
    });
    await userEvent.click(within(await rowOf('Plan van aanpak')).getByRole('button', { name: 'Markeren als gedaan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Plan van aanpak markeren als gedaan' });
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /^Bewijs/ }), 'Probleemanalyse januari');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opslaan als gedaan' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /^Gedaan op/ })).toHaveAccessibleDescription(
        'Deze datum ligt in de toekomst',
      ),
    );
    expect(within(dialog).getByRole('combobox', { name: /^Bewijs/ })).toHaveAccessibleDescription(
      expect.stringContaining('Deze keuze bestaat niet (meer) of is niet actief; kies opnieuw'),
    );
  });

  it('explains that UWV steps cannot be completed when the API refuses with a 409', async () => {
    renderCase('coach', staffCase, {
      [`PATCH ${MILESTONES}/m2`]: {
        status: 409,
        body: { statusCode: 409, code: 'MILESTONE_NOT_COMPLETABLE', message: 'info milestone', error: 'Conflict' },
      },
    });
    await userEvent.click(within(await rowOf('Plan van aanpak')).getByRole('button', { name: 'Markeren als gedaan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Plan van aanpak markeren als gedaan' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opslaan als gedaan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Dit is een stap of datum van UWV; die kunt u niet afvinken.',
    );
  });

  it('shows the client its own duties with dates and states only: no basis, no actions, no sickness', async () => {
    const calls = renderCase('client', restrictedCase, {
      [`GET ${MILESTONES}`]: {
        status: 200,
        body: {
          items: [
            milestone('m2', 'plan_of_approach', 'overdue', { dueDate: '2026-02-03' }),
            milestone('m4', 'uwv_sick_report', 'upcoming', { dueDate: '2026-10-26' }),
          ],
        },
      },
    });
    const row = await rowOf('Plan van aanpak');
    expect(within(row).getByText('03-02-2026')).toBeInTheDocument();
    expect(within(row).getByText('Te laat')).toBeInTheDocument();
    expect(screen.getByText('Gepland')).toBeInTheDocument();
    expect(
      screen.getByText('De Poortwachter-taken van u als werkgever in dit dossier, met hun uiterste datum en stand.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Wie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Bewijs' })).not.toBeInTheDocument();
    expect(screen.queryByText(/probleemanalyse van|week \d+ van de ziekte/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Markeren als gedaan' })).not.toBeInTheDocument();
    expect(screen.queryByText('Ziekte en herstel')).not.toBeInTheDocument();
    expect(calls.some((call) => call.url.includes('special-file'))).toBe(false);
    expect(calls.some((call) => call.url.includes('/documents'))).toBe(false);
  });

  it('shows the participant the own timeline read-only, with its basis', async () => {
    const calls = renderCase('participant', restrictedCase);
    const row = await rowOf('Plan van aanpak');
    expect(within(row).getByText('2 weken na de probleemanalyse van 20 januari 2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Markeren als gedaan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).not.toBeInTheDocument();
    expect(screen.queryByText('Ziekte en herstel')).not.toBeInTheDocument();
    expect(calls.some((call) => call.url.includes('sickness-events'))).toBe(false);
  });

  it('shows the first milestones at a glance and the rest on request', async () => {
    const evaluations = [1, 2, 3, 4, 5].map((sequence) =>
      milestone(`e${sequence}`, 'evaluation', 'upcoming', { sequence, dueDate: `2026-0${sequence + 3}-01` }),
    );
    renderCase('coach', staffCase, {
      [`GET ${MILESTONES}`]: { status: 200, body: { items: [...staffTimeline.slice(0, 2), ...evaluations] } },
    });
    await rowOf('Evaluatie 3');
    expect(screen.queryByText('Evaluatie 4')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Alle 7 mijlpalen tonen' }));
    expect(screen.getByText('Evaluatie 5')).toBeInTheDocument();
  });
});

describe('recording sickness and recovery', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('posts the kind and the date, then asks the timeline again', async () => {
    const calls = renderCase('coach', staffCase, {
      [`POST ${SICKNESS}`]: {
        status: 201,
        body: { id: 's2', kind: 'recovery', date: '2026-03-02', recordedAt: '2026-03-02T10:00:00Z' },
      },
    });
    const panel = (await screen.findByRole('heading', { name: 'Ziekte en herstel' })).closest('section') as HTMLElement;
    expect(
      within(panel).getByText(/Leg hier alleen data vast: .* nooit een diagnose of klachten\./),
    ).toBeInTheDocument();
    const events = await within(panel).findByRole('table', { name: 'Ziekte en herstel' });
    expect(within(events).getByText('05-01-2026')).toBeInTheDocument();
    expect(within(events).getByText('Ziek gemeld')).toBeInTheDocument();

    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Wat is er gebeurd?' }), 'recovery');
    const date = within(panel).getByRole('textbox', { name: /^Datum/ });
    await userEvent.clear(date);
    await userEvent.type(date, '02-03-2026');
    await userEvent.click(within(panel).getByRole('button', { name: 'Vastleggen' }));

    expect(await within(panel).findByText('Vastgelegd. De tijdlijn is bijgewerkt.')).toBeInTheDocument();
    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].url).toBe(SICKNESS);
    expect(posts[0].body).toEqual({ kind: 'recovery', date: '2026-03-02' });
    await waitFor(() =>
      expect(calls.filter((call) => call.method === 'GET' && call.url === MILESTONES).length).toBeGreaterThan(1),
    );
  });

  it('shows why an event does not fit at its input', async () => {
    renderCase('labour_expert', staffCase, {
      [`POST ${SICKNESS}`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: ['a sick report while one is running'],
          error: 'Bad Request',
          fields: [{ field: 'kind', code: 'SICKNESS_ALREADY_RUNNING' }],
        },
      },
    });
    const panel = (await screen.findByRole('heading', { name: 'Ziekte en herstel' })).closest('section') as HTMLElement;
    await userEvent.click(within(panel).getByRole('button', { name: 'Vastleggen' }));
    await waitFor(() =>
      expect(within(panel).getByRole('combobox', { name: 'Wat is er gebeurd?' })).toHaveAccessibleDescription(
        'Er loopt al een ziekmelding: voer eerst het volledig herstel in',
      ),
    );
  });

  it('is not offered to a coach who is not assigned', async () => {
    const calls = renderCase('coach', { ...staffCase, coachId: 'someone-else' });
    await rowOf('Plan van aanpak');
    expect(screen.queryByText('Ziekte en herstel')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Markeren als gedaan' })).not.toBeInTheDocument();
    expect(calls.some((call) => call.url.includes('sickness-events'))).toBe(false);
  });
});

describe('Mijn werk', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('counts and marks overdue only what the API says is overdue', async () => {
    fakeApi({
      'GET /api/me/reminders': {
        status: 200,
        body: {
          requestsDueSoon: 0,
          requestsOverdue: 0,
          breachesToNotify: 0,
          breachesOverdue: 0,
          breakGlassToReview: 0,
          milestonesDueSoon: 1,
          milestonesOverdue: 0,
        },
      },
      'GET /api/worklists/milestones': {
        status: 200,
        body: {
          withinDays: 14,
          total: 1,
          // A date long past that the API does not count as overdue (a paused timeline): the web does not recompute.
          items: [
            {
              caseId: CASE_ID,
              reference: 'RI-2026-0001',
              personName: 'Jan de Vries',
              kind: 'second_track',
              sequence: 0,
              dueDate: '2026-01-10',
              overdue: false,
            },
          ],
        },
      },
      'GET /api/worklists/draft-reports': { status: 200, body: { items: [], total: 0 } },
    });
    renderPage(
      <AbilityProvider user={users.coach}>
        <MyWorkPage />
      </AbilityProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Poortwachter-mijlpalen' });
    expect(within(table).getByText('Start tweede spoor')).toBeInTheDocument();
    expect(within(table).getByText('Binnenkort')).toBeInTheDocument();
    expect(within(table).queryByText('Te laat')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Mijlpalen over de datum: 0')).toBeInTheDocument();
  });
});

describe('timeline texts', () => {
  /** One basis of every rule (the Record fails to compile when a rule is added without an example here). */
  const examples: Record<MilestoneBasis['rule'], MilestoneBasis[]> = {
    week_of_sickness: [
      { rule: 'week_of_sickness', week: 6, healthyDaysExcluded: 0 },
      { rule: 'week_of_sickness', week: 6, healthyDaysExcluded: 14 },
    ],
    first_working_day_after_week: [{ rule: 'first_working_day_after_week', week: 42, healthyDaysExcluded: 1 }],
    uwv_after_week: [{ rule: 'uwv_after_week', week: 88, healthyDaysExcluded: 0 }],
    uwv_before_waiting_period_end: [{ rule: 'uwv_before_waiting_period_end', weeks: 16, end: '2028-06-30' }],
    after_problem_analysis: [
      { rule: 'after_problem_analysis', weeks: 2, from: '2026-01-20', projected: false },
      { rule: 'after_problem_analysis', weeks: 2, from: '2026-02-15', projected: true },
    ],
    after_previous_contact: [
      {
        rule: 'after_previous_contact',
        weeks: 6,
        from: '2026-02-03',
        previous: 'plan_of_approach',
        previousSequence: 0,
        projected: false,
      },
      {
        rule: 'after_previous_contact',
        weeks: 6,
        from: '2026-03-17',
        previous: 'evaluation',
        previousSequence: 1,
        projected: true,
      },
    ],
    after_first_year_evaluation: [
      { rule: 'after_first_year_evaluation', weeks: 6, from: '2027-01-03', projected: false },
      { rule: 'after_first_year_evaluation', weeks: 6, from: '2027-01-03', projected: true },
    ],
    before_waiting_period_end: [{ rule: 'before_waiting_period_end', weeks: 11, end: '2028-01-02' }],
    before_wia_application: [{ rule: 'before_wia_application', weeks: 2, from: '2027-10-17' }],
    with_wia_application: [{ rule: 'with_wia_application', from: '2027-10-17' }],
    before_final_evaluation: [
      { rule: 'before_final_evaluation', from: '2027-10-03', projected: false },
      { rule: 'before_final_evaluation', from: '2027-10-03', projected: true },
    ],
    waiting_period_end: [
      {
        rule: 'waiting_period_end',
        weeks: 104,
        healthyDaysExcluded: 0,
        voluntaryUntil: null,
        loonsanctieWeeks: null,
        earlyIvaGranted: false,
      },
      {
        rule: 'waiting_period_end',
        weeks: 104,
        healthyDaysExcluded: 20,
        voluntaryUntil: '2028-06-30',
        loonsanctieWeeks: 1,
        earlyIvaGranted: true,
      },
    ],
  };
  const all = Object.values(examples).flat();

  it.each(['nl', 'en'] as const)('turns every basis rule into a whole sentence in %s', (language) => {
    const t = i18n.getFixedT(language);
    const texts = all.map((basis) => basisText(t, basis, language));
    for (const text of texts) {
      expect(text).not.toMatch(/poortwachter\.|{{|undefined|NaN/);
      expect(text.length).toBeGreaterThan(10);
    }
    // Every example says something of its own.
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('says the basis the way a coach would', () => {
    const basis: MilestoneBasis = { rule: 'after_problem_analysis', weeks: 2, from: '2026-01-20', projected: false };
    expect(basisText(i18n.getFixedT('nl'), basis, 'nl')).toBe('2 weken na de probleemanalyse van 20 januari 2026');
    expect(basisText(i18n.getFixedT('en'), basis, 'en')).toBe('2 weeks after the problem analysis of 20 January 2026');
    expect(basisText(i18n.getFixedT('nl'), examples.week_of_sickness[1], 'nl')).toBe(
      'Uiterlijk aan het eind van week 6 van de ziekte (de 14 dagen dat de werknemer tussendoor hersteld was tellen niet mee)',
    );
  });

  it('names every milestone kind, state and actor in both languages, addressing the Dutch reader as "u"', () => {
    const states: TimelineMilestoneState[] = ['done', 'due', 'overdue', 'upcoming', 'info', 'suspended', 'lapsed'];
    for (const language of ['nl', 'en'] as const) {
      const t = i18n.getFixedT(language);
      const keys = [
        ...TIMELINE_MILESTONE_KINDS.map((kind) => `milestones.${kind}`),
        ...states.map((state) => `poortwachter.states.${state}`),
        ...MILESTONE_ACTORS.map((actor) => `poortwachter.actors.${actor}`),
        ...['sick', 'partial_recovery', 'recovery'].map((kind) => `poortwachter.sickness.kinds.${kind}`),
      ];
      for (const key of keys) expect({ key, text: t(key) }).not.toEqual({ key, text: key });
    }
    const dutch = JSON.stringify(i18n.getResourceBundle('nl', 'translation').poortwachter);
    expect(dutch).not.toMatch(/\b(je|jij|jouw)\b/i);
  });
});
