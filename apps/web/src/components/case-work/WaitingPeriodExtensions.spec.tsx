/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionUser } from '@spoor/domain';
import { Route, Routes } from 'react-router-dom';
import { AbilityProvider } from '../../auth/ability';
import i18n from '../../i18n';
import { CaseDetailPage } from '../../pages/CaseDetailPage';
import { fakeApi, type FakeRoutes } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const COACH = '00000000-0000-4000-8000-000000000002';
const MILESTONES = `/api/cases/${CASE_ID}/milestones`;
const SICKNESS = `/api/cases/${CASE_ID}/special-file/sickness-events`;
const EXTENSIONS = `/api/cases/${CASE_ID}/special-file/extensions`;

const coach: SessionUser = { id: COACH, email: 'coach@spoor.test', role: 'coach', displayName: 'Sanne Jacobs' };
const staffCase = {
  id: CASE_ID,
  reference: 'RI-2026-0001',
  type: 'reintegration_track1',
  status: 'active',
  personName: 'Jan de Vries',
  coachId: COACH,
  coachName: 'Sanne Jacobs',
  startDate: '2026-01-05',
  version: 3,
};

const loonsanctie = {
  id: 'x1',
  kind: 'loonsanctie',
  periodSequence: 1,
  weeks: 12,
  startsOn: '2028-01-03',
  agreedEnd: null,
  agreedOn: null,
  appliedOn: null,
  grantedWaitingPeriodEnd: null,
  decisionDocumentId: null,
  recordedAt: '2027-12-01T10:00:00Z',
  withdrawnAt: null,
  withdrawReason: null,
};
const extended = {
  items: [loonsanctie],
  total: 1,
  waitingPeriodEnd: {
    regularEnd: '2028-01-02',
    applicationEnd: '2028-01-02',
    end: '2028-03-26',
    loonsanctie: { startsOn: '2028-01-03', endsOn: '2028-03-26', weeks: 12 },
    voluntaryUntil: null,
    earlyIvaEnd: null,
  },
};
const endMilestone = {
  id: 'm9',
  kind: 'waiting_period_end',
  sequence: 0,
  dueDate: '2028-03-26',
  completedOn: null,
  state: 'info',
  actor: 'uwv',
  basis: {
    rule: 'waiting_period_end',
    weeks: 104,
    healthyDaysExcluded: 0,
    voluntaryUntil: null,
    loonsanctieWeeks: 12,
    earlyIvaGranted: false,
  },
  evidence: null,
};

function renderCase(routes: FakeRoutes = {}) {
  const calls = fakeApi({
    'GET /api/auth/me': { status: 200, body: { user: coach } },
    [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
    [`GET ${MILESTONES}`]: { status: 200, body: { items: [endMilestone] } },
    [`GET /api/cases/${CASE_ID}/progress-reports`]: { status: 200, body: { items: [] } },
    [`GET /api/cases/${CASE_ID}/activities`]: { status: 200, body: { items: [] } },
    [`GET /api/cases/${CASE_ID}/documents`]: { status: 200, body: { items: [] } },
    [`GET ${SICKNESS}`]: {
      status: 200,
      body: {
        items: [{ id: 's1', kind: 'sick', date: '2026-01-05', recordedAt: '2026-01-06T09:00:00Z', retractedAt: null }],
        total: 1,
        periods: [],
      },
    },
    [`GET ${EXTENSIONS}`]: { status: 200, body: extended },
    ...routes,
  });
  renderPage(
    <AbilityProvider user={coach}>
      <Routes>
        <Route path="/cases/:id" element={<CaseDetailPage />} />
      </Routes>
    </AbilityProvider>,
    `/cases/${CASE_ID}`,
  );
  return calls;
}

const panelNamed = async (name: string) =>
  (await screen.findByRole('heading', { name })).closest('section') as HTMLElement;

describe('extensions of the waiting period', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('lists the extension and the end it makes; the timeline names the loonsanctie as the basis of the end', async () => {
    renderCase();
    const panel = await panelNamed('Verlenging wachttijd');
    expect(await within(panel).findByText('Einde wachttijd: 26-03-2028')).toBeInTheDocument();
    expect(within(panel).getByText('(Zonder verlenging: 02-01-2028)')).toBeInTheDocument();
    const table = within(panel).getByRole('table', { name: 'Verlenging wachttijd' });
    expect(within(table).getByText('Loonsanctie')).toBeInTheDocument();
    expect(within(table).getByText('12 weken, vanaf 03-01-2028')).toBeInTheDocument();
    const timeline = await screen.findByRole('table', { name: 'Poortwachter-tijdlijn' });
    expect(
      await within(timeline).findByText(/Na 104 weken ziekte, verlengd met een loonsanctie van 12 weken/),
    ).toBeInTheDocument();
  });

  it('records a voluntary extension with only its own fields, and shows a refusal at its input', async () => {
    const calls = renderCase({
      [`POST ${EXTENSIONS}`]: [
        {
          status: 400,
          body: {
            statusCode: 400,
            code: 'VALIDATION_FAILED',
            message: ['agreedEnd is too early'],
            error: 'Bad Request',
            fields: [{ field: 'agreedEnd', code: 'DATE_TOO_EARLY', params: { min: '2028-01-03' } }],
          },
        },
        { status: 201, body: { ...loonsanctie, id: 'x2', kind: 'voluntary_extension', weeks: null, startsOn: null } },
      ],
    });
    const panel = await panelNamed('Verlenging wachttijd');
    await userEvent.selectOptions(
      within(panel).getByRole('combobox', { name: 'Soort verlenging' }),
      'voluntary_extension',
    );
    const end = within(panel).getByRole('textbox', { name: /^Afgesproken einde wachttijd/ });
    await userEvent.type(end, '02-01-2028');
    const agreedOn = within(panel).getByRole('textbox', { name: /^Afgesproken op/ });
    await userEvent.clear(agreedOn);
    await userEvent.type(agreedOn, '02-11-2026');
    await userEvent.click(within(panel).getByRole('button', { name: 'Verlenging vastleggen' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      kind: 'voluntary_extension',
      agreedEnd: '2028-01-02',
      agreedOn: '2026-11-02',
    });
    await waitFor(() => expect(end).toHaveAttribute('aria-invalid', 'true'));

    await userEvent.clear(end);
    await userEvent.type(end, '02-07-2028');
    await userEvent.click(within(panel).getByRole('button', { name: 'Verlenging vastleggen' }));
    expect(await within(panel).findByText('Vastgelegd. De tijdlijn is bijgewerkt.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')[1].body).toEqual({
      kind: 'voluntary_extension',
      agreedEnd: '2028-07-02',
      agreedOn: '2026-11-02',
    });
  });

  it('withdraws an extension only with a reason, then asks the timeline again', async () => {
    const calls = renderCase({
      [`POST ${EXTENSIONS}/x1/withdraw`]: {
        status: 200,
        body: { ...loonsanctie, withdrawnAt: '2027-12-02T10:00:00Z', withdrawReason: 'Bezwaar toegekend' },
      },
    });
    const panel = await panelNamed('Verlenging wachttijd');
    await userEvent.click(await within(panel).findByRole('button', { name: 'Intrekken: Loonsanctie' }));
    const dialog = await screen.findByRole('dialog', { name: 'Loonsanctie intrekken' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(await within(dialog).findByText('Geef een reden op.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    const milestoneReads = calls.filter((call) => call.method === 'GET' && call.url === MILESTONES).length;
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Reden/ }), 'Bezwaar toegekend');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.url).toBe(`${EXTENSIONS}/x1/withdraw`);
    expect(post?.body).toEqual({ reason: 'Bezwaar toegekend' });
    await waitFor(() =>
      expect(calls.filter((call) => call.method === 'GET' && call.url === MILESTONES).length).toBeGreaterThan(
        milestoneReads,
      ),
    );
  });

  it('retracts a wrongly entered sickness event with a reason, and tells why when the API refuses', async () => {
    const calls = renderCase({
      [`POST ${SICKNESS}/s1/retract`]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'SICKNESS_EVENTS_WOULD_CONFLICT',
          message: 'The events left would not follow each other',
          error: 'Conflict',
        },
      },
    });
    const panel = await panelNamed('Ziekte en herstel');
    await userEvent.click(await within(panel).findByRole('button', { name: 'Intrekken: Ziek gemeld 05-01-2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Melding "Ziek gemeld" van 05-01-2026 intrekken' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Reden/ }), 'Verkeerde persoon');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Na intrekken zouden de overige ziekmeldingen en herstelmeldingen niet meer kloppen',
    );
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ reason: 'Verkeerde persoon' });
  });

  it('shows a retracted event with its reason and no action', async () => {
    renderCase({
      [`GET ${SICKNESS}`]: {
        status: 200,
        body: {
          items: [
            {
              id: 's1',
              kind: 'sick',
              date: '2026-01-05',
              recordedAt: '2026-01-06T09:00:00Z',
              retractedAt: '2026-01-07T09:00:00Z',
              retractReason: 'Dubbel ingevoerd',
            },
          ],
          total: 1,
          periods: [],
        },
      },
    });
    const panel = await panelNamed('Ziekte en herstel');
    expect(await within(panel).findByText('Ingetrokken: Dubbel ingevoerd')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /^Intrekken/ })).not.toBeInTheDocument();
  });
});
