/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CONSENT_PURPOSES, type PrivacyRequestView, type SessionUser } from '@spoor/domain';
import type { Consent } from '../../api/useMePrivacy';
import i18n from '../../i18n';
import { fakeApi, type FakeRoutes } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { MyConsentsPage } from './MyConsentsPage';

const PERSON = '00000000-0000-4000-8000-0000000000b1';
const USER_ID = '00000000-0000-4000-8000-000000000007';
const CONSENT_ID = '00000000-0000-4000-8000-0000000000d1';

const PARTICIPANT: SessionUser = {
  id: USER_ID,
  email: 'jan@spoor.test',
  role: 'participant',
  displayName: 'Jan de Vries',
  personId: PERSON,
};

const LABELS: Record<(typeof CONSENT_PURPOSES)[number], string> = {
  newsletter: 'Nieuwsbrief met vacatures en workshops',
};
const OBJECT = 'Bezwaar maken tegen het tevredenheidsonderzoek';
const OBJECTION_ID = '00000000-0000-4000-8000-0000000000e1';

// The consent row as the API returns it (givenBy and withdrawnBy included).
type ConsentRow = Consent & { givenBy: string; withdrawnBy: string | null };
const consent = (overrides: Partial<ConsentRow>): ConsentRow => ({
  id: CONSENT_ID,
  personId: PERSON,
  purpose: 'newsletter',
  givenAt: '2026-09-01T10:00:00.000Z',
  givenBy: USER_ID,
  withdrawnAt: null,
  withdrawnBy: null,
  endReason: null,
  ...overrides,
});

const list = (...items: ConsentRow[]) => ({ status: 200, body: { items, total: items.length } });

const surveyObjection: PrivacyRequestView = {
  id: OBJECTION_ID,
  personId: PERSON,
  type: 'objection',
  purpose: 'satisfaction_survey',
  status: 'received',
  details: null,
  receivedAt: '2026-11-23T10:00:00.000Z',
  dueAt: '2026-12-23T10:00:00.000Z',
  overdue: false,
  extendedAt: null,
  extensionReason: null,
  completedAt: null,
  outcome: null,
  completionNote: null,
  version: 1,
};
const requests = (...items: PrivacyRequestView[]) => ({ status: 200, body: { items, total: items.length } });

function withApi(routes: FakeRoutes, user: SessionUser = PARTICIPANT) {
  const calls = fakeApi({
    'GET /api/auth/me': { status: 200, body: { user } },
    'GET /api/privacy-requests': requests(),
    ...routes,
  });
  renderPage(<MyConsentsPage />, '/me/consents');
  return calls;
}

/** The card offering a purpose: its label, help text and button. */
const offer = (label: string) => screen.getByText(label).closest('.mantine-Paper-root') as HTMLElement;

describe('MyConsentsPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('explains that the survey rests on legitimate interest, not consent, and records an objection in one step', async () => {
    const calls = withApi({
      [`GET /api/people/${PERSON}/consents`]: list(),
      'GET /api/privacy-requests': [requests(), requests(surveyObjection)],
      'POST /api/privacy-requests': { status: 201, body: surveyObjection },
    });
    const survey = await screen.findByRole('region', { name: 'Tevredenheidsonderzoek' });
    expect(
      within(survey).getByText(/geven wij uw naam, e-mailadres en telefoonnummer aan Meetbureau Kompas BV/),
    ).toBeInTheDocument();
    expect(within(survey).getByText(/Wij vragen daarvoor geen toestemming/)).toBeInTheDocument();
    expect(within(survey).getByText(/gerechtvaardigd belang/)).toBeInTheDocument();
    expect(await within(survey).findByText(/Uw bezwaar gaat direct in/)).toBeInTheDocument();
    // The survey is not offered as a consent.
    expect(within(survey).queryByRole('button', { name: 'Toestemming geven' })).not.toBeInTheDocument();

    // One click, no form and no confirmation step.
    await userEvent.click(within(survey).getByRole('button', { name: OBJECT }));
    expect(
      await within(survey).findByText(
        'Uw bezwaar is vastgelegd en gaat direct in. U vindt het ook bij Mijn verzoeken.',
      ),
    ).toBeInTheDocument();
    expect(within(survey).queryByRole('button', { name: OBJECT })).not.toBeInTheDocument();

    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].url).toBe('/api/privacy-requests');
    expect(posts[0].body).toEqual({ type: 'objection', purpose: 'satisfaction_survey' });
    expect(posts[0].headers['X-CSRF-Token']).toBe('abc123');
  });

  it('says since when an objection is in effect and offers no second one', async () => {
    withApi({
      [`GET /api/people/${PERSON}/consents`]: list(),
      'GET /api/privacy-requests': requests(
        { ...surveyObjection, id: 'other', type: 'access', purpose: null },
        surveyObjection,
      ),
    });
    const survey = await screen.findByRole('region', { name: 'Tevredenheidsonderzoek' });
    expect(
      await within(survey).findByText(
        'U hebt op 23 nov 2026 bezwaar gemaakt. Wij geven uw gegevens niet meer door voor het tevredenheidsonderzoek.',
      ),
    ).toBeInTheDocument();
    expect(within(survey).queryByRole('button', { name: OBJECT })).not.toBeInTheDocument();
  });

  it('says in plain words when the objection could not be recorded, and keeps the button', async () => {
    withApi({
      [`GET /api/people/${PERSON}/consents`]: list(),
      'POST /api/privacy-requests': {
        status: 409,
        body: {
          statusCode: 409,
          code: 'OBJECTION_ALREADY_RECORDED',
          message: 'this objection is already recorded',
          error: 'Conflict',
        },
      },
    });
    const survey = await screen.findByRole('region', { name: 'Tevredenheidsonderzoek' });
    await userEvent.click(await within(survey).findByRole('button', { name: OBJECT }));
    expect(await within(survey).findByRole('alert')).toHaveTextContent(
      'Uw bezwaar is al vastgelegd en is al van kracht.',
    );
    expect(screen.queryByText(/already recorded/)).not.toBeInTheDocument();
  });

  it('offers every consent purpose of the domain when no consent was given yet', async () => {
    const calls = withApi({ [`GET /api/people/${PERSON}/consents`]: list() });
    expect(screen.getByRole('heading', { name: 'Toestemming en bezwaar' })).toBeInTheDocument();
    expect(screen.getAllByRole('status', { name: 'Bezig met laden…' }).length).toBeGreaterThan(0);
    expect(await screen.findByText('U hebt nog geen toestemming gegeven.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mijn toestemmingen' })).toBeInTheDocument();
    expect(screen.getByText(/u staat dan direct niet meer op de verzendlijst/)).toBeInTheDocument();

    expect(CONSENT_PURPOSES).toEqual(['newsletter']);
    for (const purpose of CONSENT_PURPOSES) {
      expect(within(offer(LABELS[purpose])).getByRole('button', { name: 'Toestemming geven' })).toBeEnabled();
    }
    expect(screen.getAllByRole('button', { name: 'Toestemming geven' })).toHaveLength(CONSENT_PURPOSES.length);
    expect(
      within(offer(LABELS.newsletter)).getByText('U ontvangt hooguit eens per maand een e-mail; afmelden kan altijd.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Mijn toestemmingen' })).not.toBeInTheDocument();
    expect(calls.map((call) => `${call.method} ${call.url}`).sort()).toEqual([
      'GET /api/auth/me',
      `GET /api/people/${PERSON}/consents`,
      'GET /api/privacy-requests',
    ]);
  });

  it('gives consent for one purpose, then lists it as active and offers it no more', async () => {
    const given = consent({ givenAt: '2026-11-23T10:00:00.000Z' });
    const calls = withApi({
      [`GET /api/people/${PERSON}/consents`]: [list(), list(given)],
      [`POST /api/people/${PERSON}/consents`]: { status: 201, body: given },
    });
    await screen.findByText('U hebt nog geen toestemming gegeven.');
    await userEvent.click(within(offer(LABELS.newsletter)).getByRole('button', { name: 'Toestemming geven' }));

    const thanks = await screen.findByText('Dank u. Uw toestemming is vastgelegd.');
    expect(thanks.closest('[role="status"]')).not.toBeNull();
    const items = within(await screen.findByRole('list', { name: 'Mijn toestemmingen' })).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0]).getByText(LABELS.newsletter)).toBeInTheDocument();
    expect(within(items[0]).getByText('Gegeven op 23 nov 2026')).toBeInTheDocument();
    expect(within(items[0]).getByText('Actief')).toBeInTheDocument();
    expect(within(items[0]).getByRole('button', { name: 'Intrekken' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toestemming geven' })).not.toBeInTheDocument();
    expect(screen.queryByText('U hebt nog geen toestemming gegeven.')).not.toBeInTheDocument();

    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].url).toBe(`/api/people/${PERSON}/consents`);
    expect(posts[0].body).toEqual({ purpose: 'newsletter' });
    expect(posts[0].headers['X-CSRF-Token']).toBe('abc123');
  });

  it('withdraws an active consent, then shows it as withdrawn and offers the purpose again', async () => {
    const active = consent({});
    const withdrawn = consent({ withdrawnAt: '2026-11-23T10:00:00.000Z', withdrawnBy: USER_ID });
    const calls = withApi({
      [`GET /api/people/${PERSON}/consents`]: [list(active), list(withdrawn)],
      [`POST /api/consents/${CONSENT_ID}/withdraw`]: { status: 200, body: withdrawn },
    });
    const list1 = await screen.findByRole('list', { name: 'Mijn toestemmingen' });
    expect(within(list1).getByText('Gegeven op 1 sep 2026')).toBeInTheDocument();
    // An active consent is not offered again.
    expect(screen.queryByRole('button', { name: 'Toestemming geven' })).not.toBeInTheDocument();
    await userEvent.click(within(list1).getByRole('button', { name: 'Intrekken' }));

    const done = await screen.findByText('Uw toestemming is ingetrokken.');
    expect(done.closest('[role="status"]')).not.toBeNull();
    const item = await screen.findByRole('listitem');
    expect(await within(item).findByText('Ingetrokken op 23 nov 2026')).toBeInTheDocument();
    expect(within(item).getByText('Ingetrokken')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Intrekken' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Toestemming geven' })).toHaveLength(1);

    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].url).toBe(`/api/consents/${CONSENT_ID}/withdraw`);
    expect(posts[0].body).toBeUndefined();
  });

  it('says in plain words when withdrawing failed', async () => {
    withApi({
      [`GET /api/people/${PERSON}/consents`]: list(consent({})),
      [`POST /api/consents/${CONSENT_ID}/withdraw`]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONSENT_ALREADY_WITHDRAWN',
          message: 'consent was already withdrawn',
          error: 'Conflict',
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze toestemming is al ingetrokken.');
    expect(screen.queryByText(/already withdrawn/)).not.toBeInTheDocument();
    expect(screen.queryByText('Uw toestemming is ingetrokken.')).not.toBeInTheDocument();
  });

  it('shows a consent Spoor ended when it retired the purpose as lapsed, not as withdrawn by the person', async () => {
    withApi({
      [`GET /api/people/${PERSON}/consents`]: list(
        consent({
          purpose: 'satisfaction_survey',
          withdrawnAt: '2026-12-07T10:00:00.000Z',
          endReason: 'purpose_retired',
        }),
      ),
    });
    const item = await screen.findByRole('listitem');
    expect(within(item).getByText('Tevredenheidsonderzoek na afloop van uw traject')).toBeInTheDocument();
    expect(
      within(item).getByText('Vervallen op 7 dec 2026: hiervoor vragen wij geen toestemming meer'),
    ).toBeInTheDocument();
    expect(within(item).getByText('Vervallen')).toBeInTheDocument();
    expect(within(item).queryByText('Ingetrokken')).not.toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Intrekken' })).not.toBeInTheDocument();
  });

  it('shows a purpose the app has no words for by its code', async () => {
    withApi({ [`GET /api/people/${PERSON}/consents`]: list(consent({ purpose: 'legacy_mailing' })) });
    const item = await screen.findByRole('listitem');
    expect(within(item).getByText('legacy_mailing')).toBeInTheDocument();
    // Only the purposes of the domain are offered.
    expect(screen.getAllByRole('button', { name: 'Toestemming geven' })).toHaveLength(CONSENT_PURPOSES.length);
  });

  it('says in plain words that the consents could not be loaded', async () => {
    withApi({
      [`GET /api/people/${PERSON}/consents`]: {
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: 'Person not found', error: 'Not Found' },
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze gegevens konden niet worden geladen. Probeer het later opnieuw.',
    );
    expect(screen.queryByText(/Person not found/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toestemming geven' })).not.toBeInTheDocument();
  });

  it('explains when the account is not linked to a person, and asks for no consents', async () => {
    const calls = withApi({}, { ...PARTICIPANT, personId: null });
    expect(await screen.findByText('Uw account is niet aan een persoon gekoppeld.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toestemming geven' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: OBJECT })).not.toBeInTheDocument();
    await waitFor(() => expect(calls.map((call) => call.url)).toEqual(['/api/auth/me']));
  });
});
