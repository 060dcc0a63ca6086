/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BreakGlassAwaitingReview } from '../../api/useAccessLog';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { BreakGlassReviewModal } from './BreakGlassReviewModal';

const GRANT_ID = '00000000-0000-4000-8000-0000000000a1';
const FOLLOW_UP_ID = '00000000-0000-4000-8000-0000000000f1';
const BREACH_ID = '00000000-0000-4000-8000-0000000000b9';
const REVIEW = `POST /api/access-log/break-glass/${GRANT_ID}/review`;
const BREACH = `POST /api/access-log/break-glass/${GRANT_ID}/breach`;

const GRANT: BreakGlassAwaitingReview = {
  id: GRANT_ID,
  caseId: '00000000-0000-4000-8000-0000000000c1',
  caseReference: 'RI-2026-0007',
  userId: '00000000-0000-4000-8000-000000000002',
  userName: 'Sanne Jacobs',
  userRole: 'coach',
  reason: 'Deelnemer belde in nood',
  openedAt: '2026-11-20T12:00:00.000Z',
  expiresAt: '2026-11-20T13:00:00.000Z',
};

const reviewed = (outcome: string, followUpId: string | null, healthDataRead: boolean) => ({
  status: 200,
  body: { id: GRANT_ID, reviewed: true, outcome, followUpId, healthDataRead },
});

function renderModal() {
  const onDone = jest.fn();
  const onClose = jest.fn();
  renderPage(<BreakGlassReviewModal grant={GRANT} onClose={onClose} onDone={onDone} />);
  return { onDone, onClose, dialog: screen.getByRole('dialog', { name: 'Noodtoegang beoordelen' }) };
}

describe('BreakGlassReviewModal', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('shows who opened which case and why, and requires an outcome before anything is sent', async () => {
    const calls = fakeApi({});
    const { dialog } = renderModal();
    expect(within(dialog).getByText(/Sanne Jacobs \(Coach\) opende dossier RI-2026-0007/)).toBeInTheDocument();
    expect(within(dialog).getByText('Deelnemer belde in nood')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Beoordeling vastleggen' }));
    expect(await within(dialog).findByText('Kies een uitkomst.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('sends the outcome and the note, and says a follow-up was opened', async () => {
    const calls = fakeApi({ [REVIEW]: reviewed('needs_follow_up', FOLLOW_UP_ID, false) });
    const { dialog, onDone } = renderModal();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Opvolging nodig' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Toelichting/ }), '  Navragen bij de coach  ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Beoordeling vastleggen' }));

    expect(await within(dialog).findByText(/Er staat een opvolgpunt op uw werklijst/)).toBeInTheDocument();
    expect(
      within(dialog).getByText('Tijdens deze noodtoegang zijn geen gezondheidsgegevens ingezien.'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Datalek registreren' })).not.toBeInTheDocument();
    expect(calls.map((call) => [call.method, call.url, call.body])).toEqual([
      [
        'POST',
        `/api/access-log/break-glass/${GRANT_ID}/review`,
        { outcome: 'needs_follow_up', note: 'Navragen bij de coach' },
      ],
    ]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(onDone).toHaveBeenCalledWith('De beoordeling is vastgelegd. Er staat een opvolgpunt op uw werklijst.');
  });

  it('offers a drafted breach record after "not justified" with health data read, registered only when confirmed', async () => {
    const calls = fakeApi({
      [REVIEW]: reviewed('not_justified', FOLLOW_UP_ID, true),
      [BREACH]: { status: 201, body: { grantId: GRANT_ID, followUpId: FOLLOW_UP_ID, breachId: BREACH_ID } },
    });
    const { dialog, onDone } = renderModal();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Niet gerechtvaardigd' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Beoordeling vastleggen' }));

    expect(
      await within(dialog).findByText(/zijn gezondheidsgegevens ingezien. Wilt u een datalek registreren/),
    ).toBeInTheDocument();
    const nature = within(dialog).getByRole('textbox', { name: /Aard van het datalek/ });
    expect(nature).toHaveValue(
      'Niet-gerechtvaardigde noodtoegang tot het bijzonder dossier van dossier RI-2026-0007; gezondheidsgegevens zijn ingezien.',
    );
    // Nothing is registered before the officer confirms.
    expect(calls.filter((call) => call.url.endsWith('/breach'))).toHaveLength(0);
    await userEvent.clear(nature);
    await userEvent.type(nature, 'Onterechte inzage FML');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Datalek registreren' }));

    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'De beoordeling is vastgelegd. Er staat een opvolgpunt op uw werklijst. Het datalek is geregistreerd; u vindt het onder Datalekken.',
      ),
    );
    const breach = calls.find((call) => call.url.endsWith('/breach'));
    expect(breach?.body).toEqual({
      nature: 'Onterechte inzage FML',
      categoriesOfPeople: ['Betrokkene (deelnemer)'],
      categoriesOfRecords: ['Gezondheidsgegevens'],
    });
  });

  it('lets the officer skip the breach offer: nothing is registered', async () => {
    const calls = fakeApi({ [REVIEW]: reviewed('not_justified', FOLLOW_UP_ID, true) });
    const { dialog, onDone } = renderModal();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Niet gerechtvaardigd' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Beoordeling vastleggen' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Niet nu' }));
    expect(onDone).toHaveBeenCalledWith('De beoordeling is vastgelegd. Er staat een opvolgpunt op uw werklijst.');
    expect(calls.filter((call) => call.url.endsWith('/breach'))).toHaveLength(0);
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    fakeApi({});
    renderPage(<BreakGlassReviewModal grant={GRANT} onClose={jest.fn()} onDone={jest.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Review emergency access' });
    for (const outcome of ['Justified', 'Not justified', 'Needs follow-up'])
      expect(within(dialog).getByRole('radio', { name: outcome })).toBeInTheDocument();
  });
});
