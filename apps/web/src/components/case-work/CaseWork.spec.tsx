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
const EXPERT = '00000000-0000-4000-8000-000000000004';
const REPORT = '00000000-0000-4000-8000-0000000000r1';

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
  other_coach: { id: 'x9', email: 'coach2@spoor.test', role: 'coach', displayName: 'Mohamed El Amrani' },
  admin: { id: 'a1', email: 'admin@spoor.test', role: 'admin', displayName: 'Ilse Vermeulen' },
};

const staffCase = {
  id: CASE_ID,
  reference: 'RI-2026-0001',
  type: 'reintegration_track2',
  status: 'active',
  organisationName: 'Acme Logistiek',
  personName: 'Jan de Vries',
  coachId: COACH,
  coachName: 'Sanne Jacobs',
  labourExpertId: EXPERT,
  labourExpertName: 'Henk Willems',
  startDate: '2026-01-05',
  version: 3,
};

const clientCase = {
  id: CASE_ID,
  reference: 'RI-2026-0001',
  type: 'reintegration_track2',
  status: 'active',
  organisationName: 'Acme Logistiek',
  coachName: 'Sanne Jacobs',
  startDate: '2026-01-05',
};

const rubrieken = [1, 2, 3, 4, 5, 6].map((number) => ({
  number,
  capacity: number === 4 ? 'limited' : 'normal',
  items: [],
  ...(number === 6 ? { hoursPerDay: 6 } : {}),
}));

const fullFile = {
  scope: 'full',
  firstSickDay: '2026-01-05',
  prognosis: 'Gedeeltelijk herstel verwacht',
  poortwachter: [],
  fml: [{ id: 'f1', assessedOn: '2026-02-01', assessor: 'Dr. Bakker', rubrieken, notes: null }],
  occupationalAssessments: [],
  uwvOpinions: [],
  documents: [],
};

const originalXhr = window.XMLHttpRequest;

/** Stands in for the upload's XMLHttpRequest: answers every request with `status`, and records what was sent. */
function withFakeXhr(status: number): Array<{ url: string; headers: Record<string, string> }> {
  const sent: Array<{ url: string; headers: Record<string, string> }> = [];
  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    withCredentials = false;
    upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private url = '';
    private headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send() {
      sent.push({ url: this.url, headers: this.headers });
      this.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 });
      this.status = status;
      this.responseText = JSON.stringify({
        statusCode: 415,
        code: 'UPLOAD_TYPE_UNSUPPORTED',
        message: 'file must be a PDF, PNG or JPEG (checked by content)',
        error: 'Unsupported Media Type',
      });
      setTimeout(() => this.onload?.(), 0);
    }
  }
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  return sent;
}

function restoreXhr() {
  window.XMLHttpRequest = originalXhr;
}

function renderCase(role: keyof typeof users, routes: FakeRoutes, search = '') {
  const calls = fakeApi({
    'GET /api/auth/me': { status: 200, body: { user: users[role] } },
    [`GET /api/cases/${CASE_ID}/milestones`]: {
      status: 200,
      body: {
        items: [
          {
            id: 'm1',
            kind: 'problem_analysis',
            sequence: 0,
            dueDate: '2026-02-15',
            completedOn: null,
            state: 'overdue',
            actor: 'occupational_physician',
            basis: { rule: 'week_of_sickness', week: 6, healthyDaysExcluded: 0 },
            evidence: null,
          },
        ],
      },
    },
    ...routes,
  });
  renderPage(
    <AbilityProvider user={users[role]}>
      <Routes>
        <Route path="/cases/:id" element={<CaseDetailPage />} />
      </Routes>
    </AbilityProvider>,
    `/cases/${CASE_ID}${search}`,
  );
  return calls;
}

describe('case work tabs', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('never renders the special-file tab for a client, and shows released summaries only', async () => {
    const calls = renderCase('client', {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: clientCase },
      [`GET /api/cases/${CASE_ID}/progress-reports`]: {
        status: 200,
        body: {
          items: [
            {
              id: 'r1',
              periodStart: '2026-01-01',
              periodEnd: '2026-01-31',
              finalisedAt: '2026-02-02T10:00:00Z',
              clientSummary: 'Goede voortgang.',
            },
          ],
        },
      },
    });
    await screen.findByRole('tab', { name: 'Overzicht' });
    expect(screen.queryByRole('tab', { name: 'Bijzonder dossier' })).not.toBeInTheDocument();
    expect(screen.queryByText('Bijzonder dossier')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Activiteiten' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Voortgangsverslagen' }));
    expect(await screen.findByText('Goede voortgang.')).toBeInTheDocument();
    expect(calls.some((call) => call.url.includes('special-file'))).toBe(false);
  });

  it('opens the tab a link names (?tab=), but never one the role does not have', async () => {
    renderCase(
      'coach',
      {
        [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
        [`GET /api/cases/${CASE_ID}/progress-reports`]: { status: 200, body: { items: [] } },
      },
      '?tab=reports',
    );
    expect(await screen.findByRole('tab', { name: 'Voortgangsverslagen', selected: true })).toBeInTheDocument();
  });

  it('falls back to the overview when the named tab is not there for the role', async () => {
    const calls = renderCase(
      'client',
      { [`GET /api/cases/${CASE_ID}`]: { status: 200, body: clientCase } },
      '?tab=special-file',
    );
    expect(await screen.findByRole('tab', { name: 'Overzicht', selected: true })).toBeInTheDocument();
    expect(calls.some((call) => call.url.includes('special-file'))).toBe(false);
  });

  it('shows the poortwachter milestones with an overdue badge on the overview', async () => {
    renderCase('coach', { [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase } });
    expect(await screen.findByText('Probleemanalyse')).toBeInTheDocument();
    expect(screen.getByText('Te laat')).toBeInTheDocument();
  });

  it('never asks for the milestones as the admin (the timeline gives the first day of illness away)', async () => {
    const { reference, type, status, organisationName, personName, coachName, startDate } = staffCase;
    const calls = renderCase('admin', {
      [`GET /api/cases/${CASE_ID}`]: {
        status: 200,
        body: { id: CASE_ID, reference, type, status, organisationName, personName, coachName, startDate },
      },
    });
    expect(await screen.findByText('RI-2026-0001')).toBeInTheDocument();
    expect(screen.queryByText('Probleemanalyse')).not.toBeInTheDocument();
    expect(calls.some((call) => call.url.includes('/milestones'))).toBe(false);
  });

  it('shows the assigned coach capacities only: no first day of illness', async () => {
    renderCase('coach', {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
      [`GET /api/cases/${CASE_ID}/special-file`]: {
        status: 200,
        body: {
          scope: 'capacities',
          fml: [{ id: 'f1', assessedOn: '2026-02-01', rubrieken }],
          occupationalAssessments: [{ id: 'o1', reportDate: '2026-02-10', suitableWork: 'Licht magazijnwerk' }],
          capacities: {
            assessedOn: '2026-02-01',
            capacities: {
              formVersion: 'fml-2015',
              level: 'rubriek_only',
              capacities: [{ kind: 'rubriek', rubriek: 4, grade: 'limited' }],
            },
          },
          adReport: null,
        },
      },
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Bijzonder dossier' }));
    expect(
      await screen.findByText('Dynamische handelingen: beperkt (alleen op rubriekniveau vastgelegd)'),
    ).toBeInTheDocument();
    // The old free-text "suitable work" is not the coach's to read; only the capacities and the AD coach view.
    expect(screen.queryByText('Licht magazijnwerk')).not.toBeInTheDocument();
    expect(screen.getByText(/Elke inzage wordt vastgelegd/)).toBeInTheDocument();
    expect(screen.queryByText('Eerste ziektedag')).not.toBeInTheDocument();
    expect(screen.queryByText('Prognose')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'FML invullen' })).not.toBeInTheDocument();
  });

  it('shows both versions in a dialog when a draft save is stale (409)', async () => {
    const draft = {
      id: REPORT,
      title: 'Verslag januari',
      body: 'Oude tekst',
      clientSummary: '',
      releasedToClient: false,
      status: 'draft',
      periodStart: '2026-01-01',
      periodEnd: '2026-01-31',
      correctsReportId: null,
      authorName: 'Sanne Jacobs',
      version: 1,
      createdAt: '2026-02-01T09:00:00Z',
      finalisedAt: null,
    };
    const calls = renderCase('coach', {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
      [`GET /api/cases/${CASE_ID}/progress-reports`]: [
        { status: 200, body: { items: [draft] } },
        { status: 200, body: { items: [{ ...draft, body: 'Tekst van een collega', version: 2 }] } },
      ],
      [`PATCH /api/progress-reports/${REPORT}`]: [
        {
          status: 409,
          body: {
            statusCode: 409,
            code: 'REPORT_VERSION_STALE',
            message: 'version is stale: the report was changed meanwhile; nothing was overwritten',
            error: 'Conflict',
            currentVersion: 2,
          },
        },
        { status: 200, body: { ...draft, body: 'Mijn nieuwe tekst', version: 3 } },
      ],
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Voortgangsverslagen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Bewerken' }));
    const body = screen.getByRole('textbox', { name: /^Verslag/ });
    await userEvent.clear(body);
    await userEvent.type(body, 'Mijn nieuwe tekst');
    await userEvent.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    const dialog = await screen.findByRole('dialog', { name: 'Het verslag is intussen gewijzigd' });
    expect(within(dialog).getByText('Mijn nieuwe tekst')).toBeInTheDocument();
    expect(within(dialog).getByText('Tekst van een collega')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Mijn tekst behouden en verder bewerken' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Concept opslaan' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(2));
    expect(calls.filter((call) => call.method === 'PATCH')[1]?.body).toMatchObject({
      version: 2,
      body: 'Mijn nieuwe tekst',
    });
  });

  it('finalises a new report only after confirmation', async () => {
    const created = { id: REPORT, title: 'Februari', body: 'Tekst', status: 'draft', version: 1 };
    const calls = renderCase('coach', {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
      [`GET /api/cases/${CASE_ID}/progress-reports`]: { status: 200, body: { items: [] } },
      [`POST /api/cases/${CASE_ID}/progress-reports`]: { status: 201, body: created },
      [`PATCH /api/progress-reports/${REPORT}`]: { status: 200, body: { ...created, status: 'final', version: 2 } },
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Voortgangsverslagen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw verslag' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Februari');
    await userEvent.type(screen.getByRole('textbox', { name: /^Verslag/ }), 'Tekst');
    await userEvent.click(screen.getByRole('button', { name: 'Definitief maken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verslag definitief maken?' });
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, definitief maken' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ title: 'Februari', body: 'Tekst' });
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ version: 1, status: 'final' });
  });

  it("shows the API's problems with a report at their inputs, not as missing fields", async () => {
    const calls = renderCase('coach', {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
      [`GET /api/cases/${CASE_ID}/progress-reports`]: { status: 200, body: { items: [] } },
      [`POST /api/cases/${CASE_ID}/progress-reports`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: ['periodEnd must not be before periodStart', 'correctsReportId must be a UUID'],
          error: 'Bad Request',
          fields: [
            { field: 'periodEnd', code: 'DATE_TOO_EARLY', params: { min: '2026-02-01' } },
            { field: 'correctsReportId', code: 'NOT_A_UUID' },
          ],
        },
      },
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Voortgangsverslagen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw verslag' }));
    const editor = screen.getByRole('form', { name: 'Nieuw voortgangsverslag' });
    await userEvent.type(within(editor).getByRole('textbox', { name: /^Titel/ }), 'Februari');
    await userEvent.type(within(editor).getByRole('textbox', { name: /^Verslag/ }), 'Tekst');
    await userEvent.type(within(editor).getByRole('textbox', { name: 'Periode vanaf' }), '01-02-2026');
    await userEvent.type(within(editor).getByRole('textbox', { name: 'Periode tot en met' }), '31-01-2026');
    await userEvent.click(within(editor).getByRole('button', { name: 'Concept opslaan' }));

    // The period end carries its problem; the one without an input (the corrected report) stays in the alert.
    await waitFor(() =>
      expect(within(editor).getByRole('textbox', { name: 'Periode tot en met' })).toHaveAccessibleDescription(
        'Kies een latere datum',
      ),
    );
    expect(within(editor).getByRole('alert')).toHaveTextContent('Vul een geldig ID in (UUID)');
    expect(within(editor).queryByText('Vul een titel en het verslag in.')).not.toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      title: 'Februari',
      body: 'Tekst',
      periodStart: '2026-02-01',
      periodEnd: '2026-01-31',
    });
  });

  it('offers the allowed next statuses and explains a 423 and a 409', async () => {
    const calls = renderCase('coach', {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
      [`GET /api/cases/${CASE_ID}/progress-reports`]: { status: 200, body: { items: [] } },
      [`PATCH /api/cases/${CASE_ID}/status`]: [
        {
          status: 423,
          body: {
            statusCode: 423,
            code: 'PROCESSING_RESTRICTED',
            message: 'processing of this person’s data is restricted (AVG art. 18)',
            error: 'Locked',
          },
        },
        {
          status: 409,
          body: {
            statusCode: 409,
            code: 'CASE_VERSION_STALE',
            message: 'version is stale: the case was changed meanwhile; reload it',
            error: 'Conflict',
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Voortgangsverslagen' }));
    const select = await screen.findByRole('combobox', { name: 'Nieuwe status' });
    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['—', 'Gepauzeerd', 'Afgerond', 'Geannuleerd']);
    await userEvent.selectOptions(select, 'on_hold');
    await userEvent.click(screen.getByRole('button', { name: 'Status wijzigen' }));
    expect(await screen.findByText(/De verwerking van dit dossier is beperkt/)).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ status: 'on_hold', version: 3 });
    await userEvent.click(screen.getByRole('button', { name: 'Status wijzigen' }));
    expect(await screen.findByText(/Iemand anders heeft het dossier intussen gewijzigd/)).toBeInTheDocument();
  });

  it('refuses a file that is not a PDF, PNG or JPEG, or is over 20 MB, before sending anything', async () => {
    renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: fullFile },
    });
    const sent = withFakeXhr(415);
    try {
      await userEvent.click(await screen.findByRole('tab', { name: 'Bijzonder dossier' }));
      await screen.findByText('Document uploaden');
      // The drop zone is a button: Tab to it, Enter or Space opens the file dialog.
      expect(screen.getByRole('button', { name: 'Bestand kiezen' })).toHaveAttribute('tabindex', '0');

      // As if dropped: a drop ignores the file dialog's filter.
      await userEvent.upload(
        screen.getByTestId('special-file-upload-input'),
        new File(['hello'], 'notes.txt', { type: 'text/plain' }),
        { applyAccept: false },
      );
      expect(await screen.findByText(/Alleen PDF-, PNG- en JPEG-bestanden zijn toegestaan/)).toBeInTheDocument();
      expect(screen.queryByText('Gekozen: notes.txt')).not.toBeInTheDocument();

      const big = new File(['%PDF-1.7'], 'scan.pdf', { type: 'application/pdf' });
      Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });
      await userEvent.upload(screen.getByTestId('special-file-upload-input'), big);
      expect(await screen.findByText('Dit bestand is groter dan 20 MB. Kies een kleiner bestand.')).toBeInTheDocument();
      expect(screen.queryByText(/Alleen PDF-, PNG- en JPEG-bestanden/)).not.toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Uploaden' }));
      expect(await screen.findByText('Kies eerst een bestand.')).toBeInTheDocument();
      expect(sent).toHaveLength(0);
    } finally {
      restoreXhr();
    }
  });

  it('explains a 415 when the API finds the content is not a PDF, PNG or JPEG', async () => {
    renderCase('labour_expert', {
      [`GET /api/cases/${CASE_ID}`]: { status: 200, body: staffCase },
      [`GET /api/cases/${CASE_ID}/special-file`]: { status: 200, body: fullFile },
    });
    const sent = withFakeXhr(415);
    try {
      await userEvent.click(await screen.findByRole('tab', { name: 'Bijzonder dossier' }));
      await screen.findByText('Document uploaden');
      // Named and typed as a PDF, but the API checks the bytes.
      await userEvent.upload(
        screen.getByTestId('special-file-upload-input'),
        new File(['hello'], 'notes.pdf', { type: 'application/pdf' }),
      );
      expect(await screen.findByText('Gekozen: notes.pdf')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Uploaden' }));
      expect(await screen.findByText(/Alleen PDF-, PNG- en JPEG-bestanden zijn toegestaan/)).toBeInTheDocument();
      expect(sent[0]?.url).toBe(`/api/cases/${CASE_ID}/special-file/documents`);
      expect(sent[0]?.headers['X-CSRF-Token']).toBe('abc123');
    } finally {
      restoreXhr();
    }
  });

  it('asks a reason before break-the-glass, then loads the special file', async () => {
    const calls = renderCase('other_coach', {
      [`GET /api/cases/${CASE_ID}`]: {
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: 'Case not found', error: 'Not Found' },
      },
      [`GET /api/cases/${CASE_ID}/special-file`]: [
        { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: 'Case not found', error: 'Not Found' } },
        { status: 200, body: fullFile },
      ],
      [`POST /api/cases/${CASE_ID}/break-glass`]: {
        status: 201,
        body: { id: 'g1', caseId: CASE_ID, expiresAt: '2026-03-01T11:00:00Z' },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Noodtoegang (break-the-glass)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Noodtoegang tot het bijzonder dossier' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reden/ }), 'kort');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Toegang openen' }));
    expect(await within(dialog).findByText('Geef een reden van minimaal 10 tekens.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reden/ }), ' maar nu lang genoeg');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Toegang openen' }));
    expect(await screen.findByText('Gedeeltelijk herstel verwacht')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ reason: 'kort maar nu lang genoeg' });
  });
});
