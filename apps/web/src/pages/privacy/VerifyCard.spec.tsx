/// <reference types="@testing-library/jest-dom" />
import { screen } from '@testing-library/react';
import { ACCESS_LOG_PROBLEM_CODES } from '@spoor/domain';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { VerifyCard } from './VerifyCard';

describe('VerifyCard', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('shows an intact log in green with the number checked and the newest seal', async () => {
    fakeApi({
      'GET /api/access-log/verify': {
        status: 200,
        body: {
          ok: true,
          checked: 1234,
          seals: 5,
          unsealed: 0,
          newestSeal: { id: '5', toEventId: '1234', sealHash: 'ab', sealedAt: '2026-11-23T10:15:00.000Z' },
        },
      },
    });
    renderPage(<VerifyCard />);
    expect(await screen.findByText('Intact: 1234 gebeurtenissen gecontroleerd.')).toBeInTheDocument();
    expect(screen.getByText(/^Nieuwste zegel: 23 nov 2026/)).toBeInTheDocument();
    expect(screen.getByTestId('seal-status')).toHaveAttribute('data-ok', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a broken log as an alert with the first bad position and reason', async () => {
    fakeApi({
      'GET /api/access-log/verify': {
        status: 200,
        body: {
          ok: false,
          checked: 40,
          seals: 2,
          unsealed: 0,
          firstBad: { position: 17, reason: 'hash chain broken' },
        },
      },
    });
    renderPage(<VerifyCard />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Niet intact: het log is gewijzigd of beschadigd.');
    expect(alert).toHaveTextContent('Eerste afwijking bij positie 17: hash chain broken');
    expect(screen.getByTestId('seal-status')).toHaveAttribute('data-ok', 'false');
  });

  it('lists every problem in the reader\u2019s language, by its code', async () => {
    fakeApi({
      'GET /api/access-log/verify': {
        status: 200,
        body: {
          ok: false,
          checked: 40,
          seals: 3,
          unsealed: 0,
          firstBad: { position: 'seal 3', reason: 'seal MAC does not match: the log was re-sealed' },
          problems: [
            { code: 'SEAL_MAC_INVALID', position: 'seal 3' },
            { code: 'ANCHOR_ROLLBACK', position: 'seal 5 (anchor line 5)' },
            { code: 'EVENT_KEY_REUSED', position: 'event 41' },
          ],
          macs: { verified: 40, legacy: 0, retiredKey: 0 },
        },
      },
    });
    renderPage(<VerifyCard />);
    const list = await screen.findByTestId('seal-problems');
    expect(list).toHaveTextContent('De handtekening van een zegel klopt niet: het log is opnieuw verzegeld (seal 3)');
    expect(list).toHaveTextContent(
      'Het log is teruggezet: het nieuwste zegel is ouder dan het nieuwste anker (seal 5 (anchor line 5))',
    );
    expect(list).toHaveTextContent('Een gebeurtenis is gekopieerd: dezelfde identiteit komt twee keer voor (event 41)');
    expect(screen.queryByText(/the log was re-sealed/)).not.toBeInTheDocument();
  });

  it('has a Dutch and an English text for every problem code verify can report', () => {
    for (const language of ['nl', 'en'] as const) {
      const t = i18n.getFixedT(language);
      for (const code of ACCESS_LOG_PROBLEM_CODES) {
        expect(t(`privacy.verify.problems.${code}`)).not.toMatch(/^privacy\.verify\.problems\./);
      }
    }
  });

  it('says so when the check itself fails, without the raw error', async () => {
    fakeApi({
      'GET /api/access-log/verify': {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'boom', error: 'Forbidden' },
      },
    });
    renderPage(<VerifyCard />);
    expect(await screen.findByRole('alert')).toHaveTextContent('De verzegeling kon niet worden gecontroleerd.');
    expect(screen.queryByText(/boom/)).not.toBeInTheDocument();
  });
});
