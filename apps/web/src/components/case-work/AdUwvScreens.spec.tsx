/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  adReportProblems,
  uwvDecisionProblems,
  type AdReport,
  type SessionUser,
  type UwvDecision,
} from '@spoor/domain';
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
const DOCUMENT = '00000000-0000-4000-8000-0000000000d1';

const users: Record<string, SessionUser> = {
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

const wiaLetter = {
  id: DOCUMENT,
  kind: 'uwv_opinion',
  filename: 'wia-beschikking.pdf',
  contentType: 'application/pdf',
  sizeBytes: 20_480,
  uploadedAt: '2026-10-02T09:00:00Z',
  href: `/api/documents/${DOCUMENT}/content`,
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
  documents: [wiaLetter],
};

const validationFailed = (fields: Array<{ field: string; code: string }>) => ({
  status: 400,
  body: { statusCode: 400, code: 'VALIDATION_FAILED', message: 'validation failed', error: 'Bad Request', fields },
});

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

const posts = (calls: ReturnType<typeof fakeApi>) => calls.filter((call) => call.method === 'POST');

async function openAdForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'AD-rapport vastleggen' }));
  return screen.getByRole('form', { name: 'AD-rapport vastleggen' });
}

async function openUwvForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'UWV-beslissing vastleggen' }));
  return screen.getByRole('form', { name: 'UWV-beslissing vastleggen' });
}

/** Opens a Select (a searchable one filters on `search`) and clicks the option. */
async function pick(input: HTMLElement, option: string, search?: string) {
  await userEvent.click(input);
  if (search) await userEvent.type(input, search);
  await userEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

/**
 * Enters a whole value at once (clicks the input, then pastes): the forms check the same on every change, and
 * typing long texts key by key makes these specs slow on a busy machine.
 */
async function fill(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.paste(text);
}

const group = (container: HTMLElement, name: string | RegExp) => within(container).getByRole('group', { name });

// Whole forms filled in through jsdom, a dozen fields each: on a machine shared by several test runs that can take
// longer than the 20 s of jest.config.cts.
jest.setTimeout(60_000);

describe('AD report and UWV decision screens', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('sends exactly the AdReport entered: a gap with its demand, suitable work by ISCO-08 code, the advice', async () => {
    const calls = renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
      [`POST /api/cases/${CASE_ID}/special-file/ad-reports`]: { status: 201, body: {} },
    });
    const form = await openAdForm();
    await fill(within(form).getByRole('textbox', { name: /^Rapportdatum/ }), '10-11-2026');
    await fill(within(form).getByRole('textbox', { name: /^Vervolg op/ }), '15-01-2027');

    const ownWork = group(form, 'Eigen werk');
    await userEvent.click(within(ownWork).getByRole('radio', { name: 'Niet passend' }));
    await userEvent.click(within(ownWork).getByRole('button', { name: 'Knelpunt toevoegen' }));
    const gap = group(ownWork, 'Knelpunt 1');
    // The new row has the focus: the keyboard goes on where the button was.
    const item = within(gap).getByRole('textbox', { name: /^FML-item/ });
    expect(item).toHaveFocus();
    // No demand before an item with a scale is chosen.
    expect(within(gap).queryByRole('textbox', { name: /Wat het werk vraagt/ })).not.toBeInTheDocument();
    await pick(item, '4.13 Tillen');
    await userEvent.type(within(gap).getByRole('textbox', { name: 'Wat het werk vraagt, in kg (optioneel)' }), '25');
    await fill(within(ownWork).getByRole('textbox', { name: /^Toelichting/ }), 'Tilt dozen van 25 kg');

    const spoor1 = group(form, 'Spoor 1 (bij de eigen werkgever)');
    await userEvent.click(within(spoor1).getByRole('radio', { name: 'Ander werk bij de eigen werkgever' }));
    await userEvent.click(within(spoor1).getByRole('button', { name: 'Passend werk toevoegen aan spoor 1' }));
    const work = group(spoor1, 'spoor 1: passend werk 1');
    await userEvent.type(within(work).getByRole('textbox', { name: /^ISCO-08-beroepscode/ }), '4321');
    await userEvent.type(within(work).getByRole('textbox', { name: 'Uren per week (optioneel)' }), '32');
    await userEvent.click(within(work).getByRole('checkbox', { name: 'Hulpmiddelen' }));
    await fill(within(work).getByRole('textbox', { name: /^Functienaam/ }), 'Magazijnadministratie');

    // Spoor 2 stays "not indicated": its rows are not even offered.
    const spoor2 = group(form, 'Spoor 2 (bij een andere werkgever)');
    expect(within(spoor2).queryByRole('button', { name: /Passend werk toevoegen/ })).not.toBeInTheDocument();

    const advice = group(form, 'Advies');
    await userEvent.click(within(advice).getByRole('checkbox', { name: 'Ander werk bij de eigen werkgever' }));
    await userEvent.click(within(form).getByRole('button', { name: 'AD-rapport opslaan' }));

    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    const sent = posts(calls)[0].body as { reportedOn: string; report: AdReport };
    expect(sent).toEqual({
      reportedOn: '2026-11-10',
      report: {
        fmlFormVersion: 'fml-2015',
        ownWork: {
          verdict: 'not_suitable',
          gaps: [{ item: '4.13', demand: { value: 25, unit: 'kg' } }],
          explanation: 'Tilt dozen van 25 kg',
        },
        spoor1: {
          outcome: 'other_work',
          suitableWork: [{ isco08: '4321', hoursPerWeek: 32, adjustments: ['aids'], title: 'Magazijnadministratie' }],
        },
        spoor2: { indicated: false, suitableWork: [] },
        advice: { advice: ['other_work_own_employer'] },
        reportDate: '2026-11-10',
        followUpOn: '2027-01-15',
      },
    });
    expect(adReportProblems(sent.report)).toEqual([]);
  });

  it('shows what is wrong at the field and sends nothing: a verdict without its gaps, an ISCO code with a letter', async () => {
    const calls = renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
    });
    const form = await openAdForm();
    await fill(within(form).getByRole('textbox', { name: /^Rapportdatum/ }), '10-11-2026');
    const ownWork = group(form, 'Eigen werk');
    await userEvent.click(within(ownWork).getByRole('radio', { name: 'Niet passend' }));
    const spoor1 = group(form, 'Spoor 1 (bij de eigen werkgever)');
    await userEvent.click(within(spoor1).getByRole('radio', { name: 'Eigen werk, aangepast' }));
    await userEvent.click(within(spoor1).getByRole('button', { name: 'Passend werk toevoegen aan spoor 1' }));
    const isco = within(group(spoor1, 'spoor 1: passend werk 1')).getByRole('textbox', {
      name: /^ISCO-08-beroepscode/,
    });
    await userEvent.type(isco, '12a4');
    await userEvent.click(within(group(form, 'Advies')).getByRole('checkbox', { name: 'Opnieuw beoordelen' }));
    await userEvent.click(within(form).getByRole('button', { name: 'AD-rapport opslaan' }));

    await waitFor(() =>
      expect(group(ownWork, 'Knelpunten in het eigen werk')).toHaveAccessibleDescription(/Dit veld is verplicht/),
    );
    expect(isco).toHaveAccessibleDescription(/Deze waarde is ongeldig/);
    expect(within(form).getByText(/Bekijk de meldingen bij de velden/)).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);

    // Fixing the code takes its message away at once.
    await userEvent.clear(isco);
    await userEvent.type(isco, '1234');
    expect(isco).not.toHaveAccessibleDescription(/Deze waarde is ongeldig/);
  });

  it('moves the focus into a row when it is added, and to the add button when it is removed', async () => {
    renderCase('labour_expert', { [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull } });
    const form = await openAdForm();
    const ownWork = group(form, 'Eigen werk');
    await userEvent.click(within(ownWork).getByRole('radio', { name: 'Niet passend' }));
    const add = within(ownWork).getByRole('button', { name: 'Knelpunt toevoegen' });
    await userEvent.click(add);
    expect(within(group(ownWork, 'Knelpunt 1')).getByRole('textbox', { name: /^FML-item/ })).toHaveFocus();
    await userEvent.click(within(ownWork).getByRole('button', { name: 'Knelpunt 1 verwijderen' }));
    expect(within(ownWork).queryByRole('group', { name: 'Knelpunt 1' })).not.toBeInTheDocument();
    expect(add).toHaveFocus();
    // A suitable own work has no gaps to name: the list is not offered.
    await userEvent.click(within(ownWork).getByRole('radio', { name: 'Passend' }));
    expect(within(ownWork).queryByRole('button', { name: 'Knelpunt toevoegen' })).not.toBeInTheDocument();
  });

  it("places the API's problem with report.ownWork.gaps[0].item at that row's item", async () => {
    renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
      [`POST /api/cases/${CASE_ID}/special-file/ad-reports`]: validationFailed([
        { field: 'report.ownWork.gaps[0].item', code: 'NOT_ONE_OF' },
        { field: 'reportedOn', code: 'DATE_IN_FUTURE' },
      ]),
    });
    const form = await openAdForm();
    await fill(within(form).getByRole('textbox', { name: /^Rapportdatum/ }), '10-11-2026');
    const ownWork = group(form, 'Eigen werk');
    await userEvent.click(within(ownWork).getByRole('radio', { name: 'Passend met aanpassingen' }));
    await userEvent.click(within(ownWork).getByRole('button', { name: 'Knelpunt toevoegen' }));
    const item = within(group(ownWork, 'Knelpunt 1')).getByRole('textbox', { name: /^FML-item/ });
    await pick(item, '5.9 Afwisseling van houding', 'houding');
    const spoor1 = group(form, 'Spoor 1 (bij de eigen werkgever)');
    await userEvent.click(within(spoor1).getByRole('radio', { name: 'Eigen werk, aangepast' }));
    await userEvent.click(
      within(group(form, 'Advies')).getByRole('checkbox', { name: 'Eigen werk aangepast hervatten' }),
    );
    await userEvent.click(within(form).getByRole('button', { name: 'AD-rapport opslaan' }));

    await waitFor(() => expect(item).toHaveAccessibleDescription(/Kies een van de mogelijkheden/));
    expect(within(form).getByRole('textbox', { name: /^Rapportdatum/ })).toHaveAccessibleDescription(
      /Deze datum ligt in de toekomst/,
    );
    // Both problems sit at their inputs; the one alert says the save failed without repeating them (the form's
    // own check had passed, so its note is not shown).
    const alert = within(form).getByRole('alert');
    expect(alert).toHaveTextContent('Niet alle velden zijn goed ingevuld. Controleer de invoer.');
    expect(alert).not.toHaveTextContent(/mogelijkheden|toekomst/);
  });

  it('sends exactly the WiaDecision entered: the category derived, durability asked only from 80 %', async () => {
    const calls = renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
      [`POST /api/cases/${CASE_ID}/special-file/uwv-decisions`]: { status: 201, body: {} },
    });
    const form = await openUwvForm();
    await userEvent.click(within(form).getByRole('radio', { name: 'WIA-beslissing' }));
    await fill(within(form).getByRole('textbox', { name: /^Datum van de beslissing/ }), '01-10-2026');
    await fill(within(form).getByRole('textbox', { name: /^Ingangsdatum/ }), '05-01-2027');
    const loss = within(form).getByRole('textbox', { name: /^Mate van arbeidsongeschiktheid/ });
    const category = within(form).getByRole('status', { name: 'Categorie' });
    expect(category).toHaveTextContent('Nog niet te bepalen');

    await userEvent.type(loss, '85');
    const durable = within(form).getByRole('radiogroup', { name: /duurzaam\?/ });
    expect(category).toHaveTextContent('Nog niet te bepalen');
    await userEvent.click(within(durable).getByRole('radio', { name: 'Ja, duurzaam' }));
    expect(category).toHaveTextContent('IVA (volledig en duurzaam arbeidsongeschikt)');

    await userEvent.clear(loss);
    await userEvent.type(loss, '62,5');
    expect(within(form).queryByRole('radiogroup', { name: /duurzaam\?/ })).not.toBeInTheDocument();
    expect(category).toHaveTextContent('WGA (gedeeltelijk of niet duurzaam arbeidsongeschikt)');
    // The category is shown, never typed.
    expect(within(form).queryByRole('textbox', { name: /Categorie/ })).not.toBeInTheDocument();

    await pick(within(form).getByRole('textbox', { name: /^Document/ }), 'wia-beschikking.pdf');
    await userEvent.click(within(form).getByRole('button', { name: 'UWV-beslissing opslaan' }));

    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    const sent = posts(calls)[0].body as { decision: UwvDecision };
    expect(sent).toEqual({
      decision: {
        kind: 'wia_decision',
        decidedOn: '2026-10-01',
        startsOn: '2027-01-05',
        lossOfEarningCapacity: 62.5,
        category: 'wga',
        documentId: DOCUMENT,
      },
    });
    expect(uwvDecisionProblems(sent.decision)).toEqual([]);
  });

  it('asks the explanation of a loonsanctie for another reason before sending anything', async () => {
    const calls = renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
    });
    const form = await openUwvForm();
    await userEvent.click(within(form).getByRole('radio', { name: 'Loonsanctie' }));
    await fill(within(form).getByRole('textbox', { name: /^Datum van de beslissing/ }), '01-10-2026');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Aantal weken/ }), '12');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Anders (licht toe)' }));
    const explanation = within(form).getByRole('textbox', { name: /^Toelichting/ });
    expect(explanation).toBeRequired();
    await userEvent.click(within(form).getByRole('button', { name: 'UWV-beslissing opslaan' }));

    await waitFor(() => expect(explanation).toHaveAccessibleDescription(/Dit veld is verplicht/));
    expect(posts(calls)).toHaveLength(0);
  });

  it('prefills the expected answer of a deskundigenoordeel and offers only the answers of its question', async () => {
    const calls = renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
      [`POST /api/cases/${CASE_ID}/special-file/uwv-decisions`]: { status: 201, body: {} },
    });
    const form = await openUwvForm();
    await userEvent.click(within(form).getByRole('radio', { name: 'Deskundigenoordeel' }));
    const question = within(form).getByRole('combobox', { name: /^Vraag aan UWV/ });
    await userEvent.selectOptions(question, 'employer_efforts');
    await userEvent.click(within(form).getByRole('radio', { name: 'Werknemer' }));
    await fill(within(form).getByRole('textbox', { name: /^Aangevraagd op/ }), '01-09-2026');
    expect(within(form).getByRole('textbox', { name: /^Antwoord verwacht op/ })).toHaveValue('29-09-2026');

    const answer = within(form).getByRole('combobox', { name: /^Antwoord van UWV/ });
    expect(
      within(answer)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Nog geen antwoord', 'Voldoende', 'Onvoldoende']);
    await userEvent.selectOptions(answer, 'insufficient');
    await fill(within(form).getByRole('textbox', { name: /^Beantwoord op/ }), '25-09-2026');
    await userEvent.click(within(form).getByRole('button', { name: 'UWV-beslissing opslaan' }));

    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0].body).toEqual({
      decision: {
        kind: 'expert_opinion',
        question: 'employer_efforts',
        requestedBy: 'employee',
        requestedOn: '2026-09-01',
        expectedAnswerOn: '2026-09-29',
        answeredOn: '2026-09-25',
        answer: 'insufficient',
      },
    });
  });

  it("places the API's UNKNOWN_REFERENCE for decision.documentId at the document", async () => {
    renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull },
      [`POST /api/cases/${CASE_ID}/special-file/uwv-decisions`]: validationFailed([
        { field: 'decision.documentId', code: 'UNKNOWN_REFERENCE' },
      ]),
    });
    const form = await openUwvForm();
    await userEvent.click(within(form).getByRole('radio', { name: 'Loonsanctie' }));
    await fill(within(form).getByRole('textbox', { name: /^Datum van de beslissing/ }), '01-10-2026');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Aantal weken/ }), '52');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Onvoldoende inspanningen in spoor 2' }));
    const document = within(form).getByRole('textbox', { name: /^Document/ });
    await pick(document, 'wia-beschikking.pdf');
    await userEvent.click(within(form).getByRole('button', { name: 'UWV-beslissing opslaan' }));

    await waitFor(() => expect(document).toHaveAccessibleDescription(/Deze keuze bestaat niet \(meer\)/));
    expect(within(form).getByRole('alert')).not.toHaveTextContent(/Deze keuze bestaat niet/);
  });

  it('lists the reports and decisions in words, newest first, with the old free-text entries apart', async () => {
    const report: AdReport = {
      fmlFormVersion: 'fml-2015',
      ownWork: {
        verdict: 'not_suitable',
        gaps: [{ item: '4.13', demand: { value: 25, unit: 'kg' } }, { item: '5.9' }],
        explanation: 'Tilt de hele dag\nook boven schouderhoogte',
      },
      spoor1: { outcome: 'none', suitableWork: [] },
      spoor2: {
        indicated: true,
        suitableWork: [
          { isco08: '4110', hoursPerWeek: 24, adjustments: ['aids', 'gradual_build_up'], title: 'Administratief' },
        ],
        explanation: 'Via het UWV-netwerk',
      },
      advice: { advice: ['start_spoor_2', 'training'] },
      reportDate: '2026-10-15',
      followUpOn: '2027-01-15',
    };
    const older: AdReport = {
      ...report,
      ownWork: { verdict: 'suitable_with_adjustments', gaps: [{ item: '6.2' }] },
      reportDate: '2026-06-01',
    };
    const decisions: UwvDecision[] = [
      {
        kind: 'loonsanctie',
        decidedOn: '2026-08-01',
        weeks: 26,
        startsOn: '2026-09-01',
        reasons: ['spoor_2_late_or_missing', 'other'],
        explanation: 'Geen re-integratieverslag',
      },
      {
        kind: 'wia_decision',
        decidedOn: '2026-11-20',
        startsOn: '2027-01-05',
        lossOfEarningCapacity: 85.25,
        durable: true,
        category: 'iva',
        documentId: DOCUMENT,
      },
      { kind: 'expert_opinion', question: 'fitness_own_work', requestedBy: 'employer', requestedOn: '2026-10-01' },
    ];
    renderCase('participant', {
      [`GET /api/cases/${CASE_ID}/special-file`]: {
        status: 200,
        body: {
          ...emptyFull,
          // Older first, as a client might get them: the list puts the newest first itself.
          adReports: [
            { id: 'a1', reportedOn: '2026-06-01', report: older, recordedAt: '2026-06-01T10:00:00Z' },
            { id: 'a2', reportedOn: '2026-10-15', report, recordedAt: '2026-10-15T10:00:00Z' },
          ],
          uwvDecisions: decisions.map((decision, index) => ({
            id: `u${index}`,
            decision,
            recordedAt: '2026-11-21T10:00:00Z',
          })),
          occupationalAssessments: [{ id: 'o1', reportDate: '2025-12-01', suitableWork: 'Licht magazijnwerk' }],
          uwvOpinions: [{ id: 'w1', kind: 'wia_decision', opinionDate: '2025-11-01', outcome: 'WGA 45%' }],
        },
      },
    });

    const newest = await screen.findByRole('button', { name: 'Rapport van 15 okt 2026' });
    const headers = screen.getAllByRole('button', { name: /^Rapport van / }).map((button) => button.textContent);
    expect(headers).toEqual(['Rapport van 15 okt 2026', 'Rapport van 1 jun 2026']);
    expect(newest).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Rapport van 15 okt 2026' });
    expect(within(panel).getByText('Niet passend')).toBeInTheDocument();
    expect(within(panel).getByText('4.13 Tillen (vraagt 25 kg)')).toBeInTheDocument();
    expect(within(panel).getByText('5.9 Afwisseling van houding')).toBeInTheDocument();
    expect(within(panel).getByText('Geen passend werk bij de eigen werkgever')).toBeInTheDocument();
    expect(within(panel).getByText('Spoor 2 is aangewezen')).toBeInTheDocument();
    expect(
      within(panel).getByText('Administratief: Beroep (ISCO-08 4110), 24 uur per week, hulpmiddelen, opbouw'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Spoor 2 starten; Scholing')).toBeInTheDocument();
    expect(within(panel).getByText('Vervolg op 15 jan 2027')).toBeInTheDocument();
    const explanation = within(panel).getByText(/^Tilt de hele dag/);
    expect(explanation).toHaveStyle({ whiteSpace: 'pre-wrap' });

    const wia = screen.getByRole('article', { name: 'WIA-beslissing van 20 nov 2026' });
    expect(within(wia).getByText('85,25%')).toBeInTheDocument();
    expect(within(wia).getByText('IVA (volledig en duurzaam arbeidsongeschikt)')).toBeInTheDocument();
    expect(within(wia).getByRole('link', { name: 'wia-beschikking.pdf' })).toHaveAttribute('href', wiaLetter.href);
    const articles = screen.getAllByRole('article').map((article) => article.getAttribute('aria-label'));
    expect(articles).toEqual([
      'WIA-beslissing van 20 nov 2026',
      'Deskundigenoordeel van 1 okt 2026',
      'Loonsanctie van 1 aug 2026',
    ]);
    const sanction = screen.getByRole('article', { name: 'Loonsanctie van 1 aug 2026' });
    expect(within(sanction).getByText('26 weken')).toBeInTheDocument();
    expect(within(sanction).getByText('Spoor 2 te laat of niet ingezet; Anders (licht toe)')).toBeInTheDocument();
    const opinion = screen.getByRole('article', { name: 'Deskundigenoordeel van 1 okt 2026' });
    expect(within(opinion).getByText('Is de werknemer geschikt voor het eigen werk?')).toBeInTheDocument();
    expect(within(opinion).getByText('Werkgever')).toBeInTheDocument();
    expect(within(opinion).getByText('Nog geen antwoord van UWV')).toBeInTheDocument();

    // The old free-text entries stay readable, under their own heading in each section.
    expect(
      screen.getAllByRole('heading', {
        name: 'Eerdere verslagen in vrije tekst (vóór de gestructureerde vastlegging)',
      }),
    ).toHaveLength(2);
    expect(screen.getByText('Licht magazijnwerk')).toBeInTheDocument();
    expect(screen.getByText('WGA 45%')).toBeInTheDocument();
    // The participant reads; nothing to record.
    expect(screen.queryByRole('button', { name: 'AD-rapport vastleggen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'UWV-beslissing vastleggen' })).not.toBeInTheDocument();

    // No code is shown as it is stored (not_suitable, wia_decision, spoor_2_late_or_missing …), in either language.
    const text = () => document.body.textContent ?? '';
    expect(text()).not.toMatch(/[a-z0-9]_[a-z]/);
    for (const code of ['not_suitable', 'wia_decision', 'expert_opinion', 'fitness_own_work'])
      expect(text()).not.toContain(code);
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByRole('article', { name: 'WIA decision of 20 Nov 2026' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Report of 15 Oct 2026' })).getByText('Not suitable'),
    ).toBeInTheDocument();
    expect(screen.getByText('Track 2 late or not started; Other (please explain)')).toBeInTheDocument();
    expect(text()).not.toMatch(/[a-z0-9]_[a-z]/);
  });

  it('shows no heading for old free-text entries when there are none', async () => {
    renderCase('labour_expert', { [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: emptyFull } });
    expect(await screen.findByText('Er is nog geen arbeidsdeskundig rapport.')).toBeInTheDocument();
    expect(screen.getByText('Er zijn nog geen UWV-beslissingen vastgelegd.')).toBeInTheDocument();
    expect(screen.queryByText(/Eerdere verslagen in vrije tekst/)).not.toBeInTheDocument();
  });
});
