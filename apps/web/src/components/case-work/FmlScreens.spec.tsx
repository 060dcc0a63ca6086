/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fmlAssessmentProblems, type FmlAssessment, type SessionUser } from '@spoor/domain';
import { Route, Routes } from 'react-router-dom';
import { AbilityProvider } from '../../auth/ability';
import i18n from '../../i18n';
import { CaseDetailPage } from '../../pages/CaseDetailPage';
import { fakeApi, type FakeRoutes } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const COACH = '00000000-0000-4000-8000-000000000002';
const EXPERT = '00000000-0000-4000-8000-000000000004';
const PERSON = '00000000-0000-4000-8000-0000000000p1';
const CANARY = 'CANARY-7f3a-gezondheid';

const users: Record<string, SessionUser> = {
  coach: { id: COACH, email: 'coach@spoor.test', role: 'coach', displayName: 'Sanne Jacobs' },
  labour_expert: { id: EXPERT, email: 'expert@spoor.test', role: 'labour_expert', displayName: 'Henk Willems' },
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
  type: 'reintegration_track2',
  status: 'active',
  personName: 'Jan de Vries',
  coachId: COACH,
  coachName: 'Sanne Jacobs',
  labourExpertId: EXPERT,
  labourExpertName: 'Henk Willems',
  startDate: '2026-01-05',
  version: 3,
};

const normalRubrieken = [1, 2, 3, 4, 5, 6].map((number) => ({ number, grade: 'normal', items: [] }));

/** A stored FML with limitations, a "namelijk" and the physician's explanation. */
const stored: FmlAssessment = {
  formVersion: 'fml-2015',
  level: 'items',
  assessor: 'company_doctor',
  rubrieken: [
    { number: 1, grade: 'normal', items: [] },
    { number: 2, grade: 'normal', items: [] },
    { number: 3, grade: 'normal', items: [] },
    { number: 4, grade: 'slightly_limited', items: [{ code: '4.13', options: [1] }] },
    {
      number: 5,
      grade: 'limited',
      items: [{ code: '5.9', options: [1], specification: 'Elk uur even opstaan' }],
    },
    { number: 6, grade: 'limited', items: [{ code: '6.1', options: [2] }] },
  ],
  conclusion: { durableCapacities: true, grounds: [], basis: 'limited_per_rubrieken' },
  explanation: 'Rugklachten, opbouw in overleg',
};

const emptyFull = {
  caseId: CASE_ID,
  scope: 'full',
  firstSickDay: '2026-01-05',
  prognosis: null,
  poortwachter: [],
  fml: [],
  fmlAssessments: [],
  occupationalAssessments: [],
  uwvOpinions: [],
  adReports: [],
  uwvDecisions: [],
  documents: [],
};

function renderCase(role: keyof typeof users, routes: FakeRoutes) {
  const calls = fakeApi({
    'GET /api/auth/me': { status: 200, body: { user: users[role] } },
    [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
    [`GET /api/cases/${CASE_ID}/milestones`]: { status: 200, body: { items: [] } },
    [`GET /api/cases/${CASE_ID}/sickness-events`]: { status: 200, body: { items: [], total: 0, periods: [] } },
    [`GET /api/cases/${CASE_ID}/special-file/sickness-events`]: {
      status: 200,
      body: { items: [], total: 0, periods: [] },
    },
    ...routes,
  });
  renderPage(
    <AbilityProvider user={users[role]}>
      <Routes>
        <Route path="/cases/:id" element={<CaseDetailPage />} />
      </Routes>
    </AbilityProvider>,
    `/cases/${CASE_ID}?tab=special-file`,
  );
  return calls;
}

async function openFmlForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'FML invullen' }));
  return screen.getByRole('form', { name: 'FML invullen, item voor item' });
}

/** Opens a rubriek and waits for one of its items (the panel shows once it has opened). */
async function openItem(form: HTMLElement, roman: string, role: 'radiogroup' | 'group', name: string) {
  await userEvent.click(within(form).getByRole('button', { name: new RegExp(`^Rubriek ${roman}:`) }));
  return within(form).findByRole(role, { name });
}

describe('FML screens', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('sends exactly the FmlAssessment entered: only the changed items, derived grades, the conclusion', async () => {
    const calls = renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
      [`POST /api/cases/${CASE_ID}/special-file/fml-assessments`]: {
        status: 201,
        body: { id: 'f2', assessedOn: '2026-03-01', assessment: stored, recordedAt: '2026-03-01T10:00:00Z' },
      },
    });
    const form = await openFmlForm();
    await userEvent.type(within(form).getByLabelText(/Datum FML/), '01-03-2026');
    await userEvent.selectOptions(within(form).getByLabelText('Opgesteld door'), 'company_doctor');

    const lifting = await openItem(form, 'IV', 'radiogroup', '4.13 Tillen');
    expect(within(lifting).getByRole('radio', { name: 'Ca. 15 kg' })).toBeChecked();
    // Only the item's own options: four steps of kg, no option of another item.
    expect(within(lifting).getAllByRole('radio')).toHaveLength(4);
    await userEvent.click(within(lifting).getByRole('radio', { name: 'Ca. 10 kg' }));
    expect(within(form).getByRole('button', { name: /^Rubriek IV:.*licht beperkt/ })).toBeInTheDocument();

    const periods = await openItem(form, 'VI', 'group', '6.1 Perioden van het etmaal');
    await userEvent.click(within(periods).getByRole('checkbox', { name: 'Niet ’s nachts (22–6 uur)' }));
    expect(
      within(periods).getByRole('checkbox', { name: 'Op elk uur van het etmaal, ook ’s nachts' }),
    ).not.toBeChecked();

    await userEvent.selectOptions(within(form).getByLabelText(/Toelichting bij de conclusie/), 'limited_per_rubrieken');
    // The summary as written in practice, and the coach's plain words, before saving.
    const summary = within(form).getByRole('region', { name: 'Samenvatting van de beperkingen' });
    expect(within(summary).getByText('4.13 Tillen: Ca. 10 kg')).toBeInTheDocument();
    expect(within(summary).getByText('Tillen: licht beperkt, max. 10 kg')).toBeInTheDocument();
    expect(within(summary).getByText('Werktijd: geen nachtwerk')).toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: 'FML opslaan' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    const sent = calls.find((call) => call.method === 'POST')?.body as { assessedOn: string; assessment: unknown };
    expect(sent).toEqual({
      assessedOn: '2026-03-01',
      assessment: {
        formVersion: 'fml-2015',
        level: 'items',
        assessor: 'company_doctor',
        rubrieken: [
          { number: 1, grade: 'normal', items: [] },
          { number: 2, grade: 'normal', items: [] },
          { number: 3, grade: 'normal', items: [] },
          { number: 4, grade: 'slightly_limited', items: [{ code: '4.13', options: [1] }] },
          { number: 5, grade: 'normal', items: [] },
          { number: 6, grade: 'limited', items: [{ code: '6.1', options: [2] }] },
        ],
        conclusion: { durableCapacities: true, grounds: [], basis: 'limited_per_rubrieken' },
      },
    });
    expect(fmlAssessmentProblems(sent.assessment)).toEqual([]);
  });

  it('shows the "namelijk" field only while an option that asks for it is chosen', async () => {
    renderCase('labour_expert', { [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull } });
    const form = await openFmlForm();
    const periods = await openItem(form, 'VI', 'group', '6.1 Perioden van het etmaal');
    const namely = () => within(form).queryByRole('textbox', { name: /Namelijk \(bij 6\.1\)/ });
    expect(namely()).not.toBeInTheDocument();
    await userEvent.click(within(periods).getByRole('checkbox', { name: 'Niet ’s nachts (22–6 uur)' }));
    expect(namely()).not.toBeInTheDocument();
    const evening = within(periods).getByRole('checkbox', { name: 'Niet elke avond (18–22 uur), namelijk …' });
    await userEvent.click(evening);
    expect(namely()).toBeInTheDocument();
    await userEvent.click(evening);
    expect(namely()).not.toBeInTheDocument();
  });

  it('asks the hours and their reason when 6.2 is limited, and checks them before sending', async () => {
    const calls = renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
    });
    const form = await openFmlForm();
    await userEvent.type(within(form).getByLabelText(/Datum FML/), '01-03-2026');
    const perDay = await openItem(form, 'VI', 'radiogroup', '6.2 Uren per dag');
    expect(within(form).queryByRole('textbox', { name: /^Uren per dag/ })).not.toBeInTheDocument();
    await userEvent.click(within(perDay).getByRole('radio', { name: 'Ca. 4 uur per dag, namelijk …' }));
    await userEvent.type(within(form).getByRole('textbox', { name: /^Uren per dag/ }), '9');
    await userEvent.click(within(form).getByRole('button', { name: 'FML opslaan' }));
    expect(await within(form).findByText('Vul een waarde van 3 tot en met 5 in')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: /Reden voor de urenbeperking/ })).toHaveAccessibleDescription(
      /verplicht/,
    );
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it("places the API's problem with assessment.rubrieken[3].items[0].options at that item", async () => {
    renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
      [`POST /api/cases/${CASE_ID}/special-file/fml-assessments`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'validation failed',
          error: 'Bad Request',
          fields: [{ field: 'assessment.rubrieken[3].items[0].options', code: 'NOT_ONE_OF' }],
        },
      },
    });
    const form = await openFmlForm();
    await userEvent.type(within(form).getByLabelText(/Datum FML/), '01-03-2026');
    await userEvent.selectOptions(within(form).getByLabelText(/Toelichting bij de conclusie/), 'limited_per_rubrieken');
    const lifting = await openItem(form, 'IV', 'radiogroup', '4.13 Tillen');
    await userEvent.click(within(lifting).getByRole('radio', { name: 'Ca. 5 kg' }));
    await userEvent.click(within(form).getByRole('button', { name: 'FML opslaan' }));
    await waitFor(() =>
      expect(within(form).getByRole('radiogroup', { name: '4.13 Tillen' })).toHaveAccessibleDescription(
        'Kies een van de mogelijkheden',
      ),
    );
    expect(within(form).getByRole('button', { name: /^Rubriek IV:.*Controleer deze rubriek/ })).toBeInTheDocument();
    // The form's own check passed: its "not everything is filled in correctly" note is not shown.
    expect(within(form).queryByText(/De rubrieken met een melding zijn geopend/)).not.toBeInTheDocument();
  });

  it('shows the coach the capacities in plain words and the AD advice, never any free text', async () => {
    renderCase('coach', {
      [`GET /api/cases/${CASE_ID}/special-file`]: {
        status: 200,
        body: {
          caseId: CASE_ID,
          scope: 'capacities',
          // Fields the coach's answer would not carry, each with a canary: the view must not read them.
          fml: [{ id: 'f1', assessedOn: '2026-02-01', rubrieken: normalRubrieken, notes: CANARY }],
          fmlAssessments: [{ id: 'f1', assessedOn: '2026-02-01', assessment: { ...stored, explanation: CANARY } }],
          occupationalAssessments: [{ id: 'o1', reportDate: '2026-02-10', suitableWork: CANARY }],
          capacities: {
            assessedOn: '2026-02-01',
            explanation: CANARY,
            capacities: {
              formVersion: 'fml-2015',
              level: 'items',
              capacities: [
                {
                  kind: 'item',
                  rubriek: 4,
                  item: '4.13',
                  grade: 'slightly_limited',
                  options: [1],
                  limit: { value: 10, unit: 'kg', bound: 'about' },
                  specification: CANARY,
                },
                {
                  kind: 'working_time',
                  hoursPerDay: 4,
                  hoursPerWeek: 20,
                  notEveryEvening: false,
                  noNightWork: true,
                },
              ],
            },
          },
          adReport: {
            reportDate: '2026-02-10',
            ownWork: { verdict: 'not_suitable', gaps: [{ item: '4.13' }], explanation: CANARY },
            spoor1: { outcome: 'none', suitableWork: [], explanation: CANARY },
            spoor2: {
              indicated: true,
              suitableWork: [{ isco08: '4110', hoursPerWeek: 20, adjustments: ['aids'], title: CANARY }],
            },
            advice: ['start_spoor_2'],
            followUpOn: '2026-04-01',
          },
        },
      },
    });
    expect(await screen.findByText('Tillen: licht beperkt, max. 10 kg')).toBeInTheDocument();
    expect(screen.getByText('Werktijd: max. 4 uur per dag, 20 uur per week; geen nachtwerk')).toBeInTheDocument();
    expect(screen.getByText(/^Volgens de FML van /)).toBeInTheDocument();
    expect(screen.getByText(/Spoor 2 starten/)).toBeInTheDocument();
    expect(screen.getByText('Beroep (ISCO-08 4110), 20 uur per week, hulpmiddelen')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(CANARY);
    expect(screen.queryByText('Rugklachten, opbouw in overleg')).not.toBeInTheDocument();
    expect(screen.queryByText('Eerste ziektedag')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'FML invullen' })).not.toBeInTheDocument();
  });

  it('shows the coach the lines in English when the UI is English', async () => {
    await i18n.changeLanguage('en');
    renderCase('coach', {
      [`GET /api/cases/${CASE_ID}/special-file`]: {
        status: 200,
        body: {
          caseId: CASE_ID,
          scope: 'capacities',
          capacities: {
            assessedOn: '2026-02-01',
            capacities: {
              formVersion: 'fml-2015',
              level: 'items',
              capacities: [{ kind: 'no_durable_capacities' }],
            },
          },
          adReport: null,
        },
      },
    });
    expect(await screen.findByText('No durable capacities for work')).toBeInTheDocument();
    expect(screen.getByText('There is no labour expert’s report yet.')).toBeInTheDocument();
  });

  it('shows the participant the own FML item by item, read-only, with the option labels', async () => {
    renderCase('participant', {
      [`GET /api/cases/${CASE_ID}/special-file`]: {
        status: 200,
        body: {
          ...emptyFull,
          fmlAssessments: [
            { id: 'f1', assessedOn: '2026-02-01', assessment: stored, recordedAt: '2026-02-01T10:00:00Z' },
          ],
        },
      },
    });
    const row = (await screen.findByText('4.13 Tillen')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Ca. 10 kg')).toBeInTheDocument();
    const posture = screen.getByText('5.9 Afwisseling van houding').closest('tr') as HTMLElement;
    expect(within(posture).getByText('Specifieke afwisseling vereist, namelijk …')).toBeInTheDocument();
    expect(within(posture).getByText('Elk uur even opstaan')).toBeInTheDocument();
    // Items left at the reference value read as such.
    const carrying = screen.getByText('4.14 Dragen').closest('tr') as HTMLElement;
    expect(within(carrying).getByText('Ca. 15 kg')).toBeInTheDocument();
    expect(screen.getByText('Rugklachten, opbouw in overleg')).toBeInTheDocument();
    expect(screen.getByText('Opgesteld door: Bedrijfsarts')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'FML invullen' })).not.toBeInTheDocument();
  });

  it('shows an FML migrated from the rubriek level as such', async () => {
    const migrated: FmlAssessment = {
      formVersion: 'fml-2015',
      level: 'rubriek_only',
      rubrieken: [1, 2, 3, 4, 5, 6].map((number) => ({
        number: number as 1 | 2 | 3 | 4 | 5 | 6,
        grade: number === 4 ? 'limited' : 'normal',
        items: [],
        legacy: { items: [], ...(number === 6 ? { hoursPerDay: 6 } : {}) },
      })),
      conclusion: null,
    };
    renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: {
        status: 200,
        body: {
          ...emptyFull,
          fmlAssessments: [
            { id: 'f0', assessedOn: '2025-11-01', assessment: migrated, recordedAt: '2025-11-01T10:00:00Z' },
          ],
        },
      },
    });
    expect(await screen.findByText(/Alleen op rubriekniveau vastgelegd/)).toBeInTheDocument();
    const row = screen.getByText('4. Dynamische handelingen').closest('tr') as HTMLElement;
    expect(within(row).getByText('beperkt')).toBeInTheDocument();
    expect(screen.getByText('Uren per dag (oude vastlegging): 6')).toBeInTheDocument();
  });
});
