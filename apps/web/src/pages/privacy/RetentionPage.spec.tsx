/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RetentionResult } from '../../api/usePrivacyRetention';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { RetentionPage } from './RetentionPage';

// The shape PrivacyService.runRetention returns.
const result = (dryRun: boolean, erased: number): RetentionResult => ({
  dryRun,
  categories: {
    programme: { rule: '2 years after programme end', people: 3, cases: 4, erased, keptForLegalHold: 1 },
    fiscal: {
      rule: '7 years after end of fiscal year',
      people: 0,
      note: 'Spoor keeps no fiscal records; invoicing lives in the financial system',
    },
    accessLog: { rule: '5 years', note: 'removed by `npm run retention` as the owner role (whole sealed ranges)' },
  },
});

const posts = (calls: ReturnType<typeof fakeApi>) => calls.filter((call) => call.method === 'POST');

describe('RetentionPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('allows the real run only after a dry run', async () => {
    const calls = fakeApi({ 'POST /api/retention/run': { status: 200, body: result(true, 0) } });
    renderPage(<RetentionPage />, '/privacy/retention');
    expect(screen.getByRole('heading', { name: 'Bewaartermijnen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nu toepassen' })).toBeDisabled();
    expect(screen.getByText('Doe eerst een proefrun.')).toBeInTheDocument();
    // Nothing is asked of the API before the officer starts.
    expect(calls).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Proefrun' }));
    expect(await screen.findByRole('heading', { name: 'Resultaat van de proefrun' })).toBeInTheDocument();
    const programme = screen.getByLabelText('Trajectdossiers');
    expect(within(programme).getByRole('row', { name: 'Regel 2 years after programme end' })).toBeInTheDocument();
    expect(within(programme).getByRole('row', { name: 'Personen 3' })).toBeInTheDocument();
    expect(within(programme).getByRole('row', { name: 'Dossiers 4' })).toBeInTheDocument();
    expect(within(programme).getByRole('row', { name: 'Gewist 0' })).toBeInTheDocument();
    expect(within(programme).getByRole('row', { name: 'Bewaard wegens bewaarplicht 1' })).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Fiscale gegevens')).getByRole('row', { name: 'Personen 0' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Toegangslog')).getByRole('row', { name: 'Regel 5 years' }),
    ).toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Nu toepassen' })).toBeEnabled();
    expect(screen.queryByText('Doe eerst een proefrun.')).not.toBeInTheDocument();
    expect(posts(calls)).toHaveLength(1);
    expect(posts(calls)[0].url).toBe('/api/retention/run');
    expect(posts(calls)[0].body).toEqual({ dryRun: true });
    expect(posts(calls)[0].headers['X-CSRF-Token']).toBe('abc123');
  });

  it('asks to confirm the real run, naming how many people are erased, and sends nothing on cancel', async () => {
    const calls = fakeApi({ 'POST /api/retention/run': { status: 200, body: result(true, 0) } });
    renderPage(<RetentionPage />, '/privacy/retention');
    await userEvent.click(screen.getByRole('button', { name: 'Proefrun' }));
    await screen.findByRole('heading', { name: 'Resultaat van de proefrun' });

    await userEvent.click(screen.getByRole('button', { name: 'Nu toepassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bewaartermijnen toepassen' });
    expect(
      within(dialog).getByText('De gegevens van 3 personen worden definitief gewist. Doorgaan?'),
    ).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(1);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Bewaartermijnen toepassen' })).not.toBeInTheDocument(),
    );
    expect(posts(calls).map((call) => call.body)).toEqual([{ dryRun: true }]);
  });

  it('runs for real after confirmation, shows what was erased, and wants a new dry run before the next', async () => {
    const calls = fakeApi({
      'POST /api/retention/run': [
        { status: 200, body: result(true, 0) },
        { status: 200, body: result(false, 3) },
      ],
    });
    renderPage(<RetentionPage />, '/privacy/retention');
    await userEvent.click(screen.getByRole('button', { name: 'Proefrun' }));
    await screen.findByRole('heading', { name: 'Resultaat van de proefrun' });
    await userEvent.click(screen.getByRole('button', { name: 'Nu toepassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bewaartermijnen toepassen' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Toepassen' }));

    expect(await screen.findByRole('heading', { name: 'Resultaat' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Resultaat van de proefrun' })).not.toBeInTheDocument();
    expect(within(screen.getByLabelText('Trajectdossiers')).getByRole('row', { name: 'Gewist 3' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Bewaartermijnen toepassen' })).not.toBeInTheDocument(),
    );
    // The dry run's numbers are spent: the next real run needs a new dry run.
    expect(screen.getByRole('button', { name: 'Nu toepassen' })).toBeDisabled();
    expect(screen.getByText('Doe eerst een proefrun.')).toBeInTheDocument();

    expect(posts(calls).map((call) => call.body)).toEqual([{ dryRun: true }, { dryRun: false }]);
  });

  it('says in plain words when the run failed, and keeps the real run locked', async () => {
    fakeApi({
      'POST /api/retention/run': {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Forbidden resource', error: 'Forbidden' },
      },
    });
    renderPage(<RetentionPage />, '/privacy/retention');
    await userEvent.click(screen.getByRole('button', { name: 'Proefrun' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('U hebt geen toestemming voor deze handeling.');
    expect(screen.queryByText(/Forbidden/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Resultaat van de proefrun' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nu toepassen' })).toBeDisabled();
  });
});
