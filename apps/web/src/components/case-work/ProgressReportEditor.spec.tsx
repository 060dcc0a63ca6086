/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { ProgressReportsTab } from './ProgressReportsTab';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const REPORTS = `/api/cases/${CASE_ID}/progress-reports`;

const draft = (id: string, title: string, body: string) => ({
  id,
  title,
  body,
  clientSummary: '',
  releasedToClient: false,
  status: 'draft',
  periodStart: null,
  periodEnd: null,
  correctsReportId: null,
  authorName: 'Sanne Jacobs',
  version: 1,
  createdAt: '2026-02-01T09:00:00Z',
  finalisedAt: null,
});

describe('the progress-report editor', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('opens the report whose "Bewerken" was pressed, also while another one is open', async () => {
    const first = draft('00000000-0000-4000-8000-0000000000a1', 'Verslag januari', 'Tekst januari');
    const second = draft('00000000-0000-4000-8000-0000000000a2', 'Verslag februari', 'Tekst februari');
    fakeApi({ [`GET ${REPORTS}`]: { status: 200, body: { items: [first, second] } } });
    renderPage(<ProgressReportsTab caseId={CASE_ID} audience="author" />);

    const editButtons = await screen.findAllByRole('button', { name: 'Bewerken' });
    await userEvent.click(editButtons[0]);
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Verslag januari');

    // The list stays below the open editor: "Bewerken" on February's card.
    const february = screen.getByLabelText('Verslag februari');
    await userEvent.click(within(february).getByRole('button', { name: 'Bewerken' }));
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Verslag februari');
    expect(screen.getByRole('textbox', { name: /^Verslag/ })).toHaveValue('Tekst februari');
  });

  it('does not create the report twice when finalising it fails and is tried again', async () => {
    const created = draft('00000000-0000-4000-8000-0000000000b1', 'Maart', 'Tekst');
    const calls = fakeApi({
      [`GET ${REPORTS}`]: { status: 200, body: { items: [] } },
      [`POST ${REPORTS}`]: { status: 201, body: created },
      [`PATCH /api/progress-reports/${created.id}`]: [
        { status: 503, body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'x', error: 'Unavailable' } },
        { status: 200, body: { ...created, status: 'final', version: 2 } },
      ],
    });
    renderPage(<ProgressReportsTab caseId={CASE_ID} audience="author" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw verslag' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Maart');
    await userEvent.type(screen.getByRole('textbox', { name: /^Verslag/ }), 'Tekst');

    const finalise = async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Definitief maken' }));
      const dialog = await screen.findByRole('dialog', { name: 'Verslag definitief maken?' });
      await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, definitief maken' }));
    };
    await finalise();
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await finalise();
    await waitFor(() => expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(2));
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    expect(calls.filter((call) => call.method === 'PATCH')[1]?.body).toMatchObject({ version: 1, status: 'final' });
  });
});
