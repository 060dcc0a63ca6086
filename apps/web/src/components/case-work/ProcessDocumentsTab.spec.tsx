/// <reference types="@testing-library/jest-dom" />
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProcessDocumentView } from '@spoor/domain';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { ProcessDocumentsTab } from './ProcessDocumentsTab';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';

const doc = (id: string, overrides: Partial<ProcessDocumentView> = {}): ProcessDocumentView => ({
  id,
  caseId: CASE_ID,
  kind: 'plan_of_approach',
  filename: `Plan ${id}.pdf`,
  contentType: 'application/pdf',
  sizeBytes: 2048,
  sharedWithParticipant: false,
  uploadedAt: '2026-11-20T10:00:00.000Z',
  href: `/api/documents/${id}/content`,
  ...overrides,
});

const originalXhr = window.XMLHttpRequest;

/** Stands in for the upload's XMLHttpRequest: answers 201 and records the URL and the form's text fields. */
function withFakeXhr(): Array<{ url: string; fields: Record<string, string> }> {
  const sent: Array<{ url: string; fields: Record<string, string> }> = [];
  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    withCredentials = false;
    upload = {
      onprogress: null as ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {
      return undefined;
    }
    send(form: FormData) {
      const fields: Record<string, string> = {};
      form.forEach((value, key) => {
        if (typeof value === 'string') fields[key] = value;
      });
      sent.push({ url: this.url, fields });
      this.status = 201;
      this.responseText = JSON.stringify(doc('new'));
      setTimeout(() => this.onload?.(), 0);
    }
  }
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  return sent;
}

afterEach(() => {
  window.XMLHttpRequest = originalXhr;
});

describe('ProcessDocumentsTab', () => {
  beforeEach(() => i18n.changeLanguage('nl'));

  it('lets the coach share a document with the participant and upload a CV that is shared at once', async () => {
    const calls = fakeApi({
      [`GET /api/cases/${CASE_ID}/documents`]: { status: 200, body: { items: [doc('d1')], total: 1 } },
      'PATCH /api/documents/d1': { status: 200, body: doc('d1', { sharedWithParticipant: true }) },
    });
    const sent = withFakeXhr();
    renderPage(<ProcessDocumentsTab caseId={CASE_ID} canWrite participant={false} />);
    const table = await screen.findByRole('table', { name: 'Documenten' });
    expect(within(table).getByRole('link', { name: 'Plan d1.pdf' })).toHaveAttribute(
      'href',
      '/api/documents/d1/content',
    );
    expect(within(table).getByText('Plan van aanpak')).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('switch', { name: 'Plan d1.pdf delen met de deelnemer' }));
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ sharedWithParticipant: true }),
    );

    // Upload: choose the kind, tick "share", drop a PDF.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Soort document' }), 'cv');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Delen met de deelnemer' }));
    const input = screen.getByTestId('process-document-upload-input');
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], 'cv.pdf', { type: 'application/pdf' })] } });
    await screen.findByText('Gekozen: cv.pdf');
    await userEvent.click(screen.getByRole('button', { name: 'Uploaden' }));
    await screen.findByText('Het document is geüpload.');
    expect(sent).toEqual([
      { url: `/api/cases/${CASE_ID}/documents`, fields: { kind: 'cv', sharedWithParticipant: 'true' } },
    ]);
    // The old kind stays readable, but is not offered for new uploads.
    expect(within(screen.getByRole('combobox', { name: 'Soort document' })).queryByText('Probleemanalyse')).toBeNull();
  });

  it('shows the participant what was shared with them, without switches or an upload', async () => {
    fakeApi({
      [`GET /api/cases/${CASE_ID}/documents`]: {
        status: 200,
        body: { items: [doc('d2', { sharedWithParticipant: true, kind: 'agreement' })], total: 1 },
      },
    });
    renderPage(<ProcessDocumentsTab caseId={CASE_ID} canWrite={false} participant />);
    const table = await screen.findByRole('table', { name: 'Documenten' });
    expect(within(table).getByText('Overeenkomst')).toBeInTheDocument();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bestand kiezen' })).toBeNull();
    expect(screen.getByText(/documenten die uw begeleider met u deelt/)).toBeInTheDocument();
  });

  it('tells the participant when nothing was shared yet', async () => {
    fakeApi({ [`GET /api/cases/${CASE_ID}/documents`]: { status: 200, body: { items: [], total: 0 } } });
    renderPage(<ProcessDocumentsTab caseId={CASE_ID} canWrite={false} participant />);
    expect(await screen.findByText('Er zijn nog geen documenten met u gedeeld.')).toBeInTheDocument();
  });
});
