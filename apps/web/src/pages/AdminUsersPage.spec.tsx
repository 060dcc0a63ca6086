/// <reference types="@testing-library/jest-dom" />
// The matchers are registered in test/setup.ts, which the spec typecheck does not include.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { fakeApi, type FakeRoutes } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { AdminUsersPage } from './AdminUsersPage';

const ADMIN_ID = '00000000-0000-4000-8000-000000000001';
const COACH_ID = '00000000-0000-4000-8000-000000000002';
const CLIENT_ID = '00000000-0000-4000-8000-000000000003';
const ACME_ID = '00000000-0000-4000-8000-0000000000a1';

const user = (overrides: Record<string, unknown>) => ({
  organisationId: null,
  personId: null,
  disabled: false,
  secondFactorEnrolled: true,
  passwordSet: true,
  createdAt: '2026-01-01T09:00:00.000Z',
  ...overrides,
});

const USERS = {
  items: [
    user({ id: ADMIN_ID, email: 'admin@spoor.test', displayName: 'Ilse Vermeulen', role: 'admin' }),
    user({ id: COACH_ID, email: 'coach@spoor.test', displayName: 'Sanne Jacobs', role: 'coach' }),
    user({
      id: CLIENT_ID,
      email: 'client@acme.spoor.test',
      displayName: 'Ruud Kramer',
      role: 'client',
      organisationId: ACME_ID,
      secondFactorEnrolled: false,
    }),
  ],
  total: 3,
};

function withApi(extra: FakeRoutes = {}) {
  return fakeApi({
    'GET /api/auth/me': {
      status: 200,
      body: { user: { id: ADMIN_ID, email: 'admin@spoor.test', role: 'admin', displayName: 'Ilse Vermeulen' } },
    },
    'GET /api/admin/users': { status: 200, body: USERS },
    'GET /api/admin/organisations': {
      status: 200,
      body: { items: [{ id: ACME_ID, name: 'Acme Logistiek B.V.', kvkNumber: '12345678' }], total: 1 },
    },
    ...extra,
  });
}

/**
 * Mantine positions the dropdown with floating-ui, which in jsdom (no layout) reports the input as detached
 * and hides the dropdown with display: none; the options are there all the same.
 */
async function pick(input: HTMLElement, label: string) {
  await userEvent.click(input);
  await userEvent.click(await screen.findByRole('option', { name: label, hidden: true }));
}

/** Opens a row's action menu and returns it (a closing menu may still be in the document next to it). */
async function openActions(name: string): Promise<HTMLElement> {
  const button = screen.getByRole('button', { name: `Acties voor ${name}` });
  await userEvent.click(button);
  return waitFor(() => {
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!menu) throw new Error('the menu is not there yet');
    return menu;
  });
}

async function chooseRole(label: string) {
  await pick(screen.getByRole('textbox', { name: /^Rol/ }), label);
}

describe('AdminUsersPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it('lists the accounts with role, status and second factor, and offers only the actions that apply', async () => {
    withApi();
    renderPage(<AdminUsersPage />, '/admin/users');
    const coachRow = (await screen.findByRole('cell', { name: 'Sanne Jacobs' })).closest('tr') as HTMLElement;
    expect(within(coachRow).getByText('Coach')).toBeInTheDocument();
    expect(within(coachRow).getByText('Actief')).toBeInTheDocument();
    expect(within(coachRow).getByText('Ingesteld')).toBeInTheDocument();
    const clientRow = screen.getByRole('cell', { name: 'Ruud Kramer' }).closest('tr') as HTMLElement;
    expect(within(clientRow).getByText('n.v.t.')).toBeInTheDocument();

    const clientMenu = await openActions('Ruud Kramer');
    const clientActions = within(clientMenu).getAllByRole('menuitem', { hidden: true });
    expect(clientActions.map((item) => item.textContent)).toEqual(['Rol wijzigen', 'Uitschakelen']);
    await userEvent.keyboard('{Escape}');

    // Your own account cannot be disabled nor get another role; its second factor can be reset.
    const ownMenu = await openActions('Ilse Vermeulen');
    const ownActions = within(ownMenu).getAllByRole('menuitem', { hidden: true });
    expect(ownActions.map((item) => item.textContent)).toEqual(['Tweestapsverificatie resetten']);
  });

  it('shows the organisation select only for a client, and the person search only for a participant', async () => {
    const calls = withApi();
    renderPage(<AdminUsersPage />, '/admin/users');
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe gebruiker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe gebruiker uitnodigen' });
    expect(within(dialog).queryByRole('textbox', { name: /^Organisatie/ })).not.toBeInTheDocument();

    await chooseRole('Opdrachtgever');
    const organisation = await within(dialog).findByRole('textbox', { name: /^Organisatie/ });
    await waitFor(() => expect(organisation).toBeEnabled());
    await userEvent.click(organisation);
    expect(await screen.findByRole('option', { name: 'Acme Logistiek B.V.', hidden: true })).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { name: /^Zoek de persoon/ })).not.toBeInTheDocument();

    await chooseRole('Coach');
    expect(within(dialog).queryByRole('textbox', { name: /^Organisatie/ })).not.toBeInTheDocument();

    await chooseRole('Deelnemer');
    expect(within(dialog).getByRole('textbox', { name: /^Zoek de persoon/ })).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { name: /^Organisatie/ })).not.toBeInTheDocument();
    expect(calls.filter((call) => call.url === '/api/admin/organisations')).toHaveLength(1);
  });

  it('invites a client with their organisation and shows a duplicate e-mail address from the API', async () => {
    const calls = withApi({
      'POST /api/admin/users': {
        status: 409,
        body: { statusCode: 409, code: 'EMAIL_TAKEN', message: 'email is already in use', error: 'Conflict' },
      },
    });
    renderPage(<AdminUsersPage />, '/admin/users');
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe gebruiker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe gebruiker uitnodigen' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Uitnodigen' }));
    expect(within(dialog).getByText('Kies een rol')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: /^E-mailadres/ }), 'client@acme.spoor.test');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Naam/ }), 'Ruud Kramer');
    await chooseRole('Opdrachtgever');
    // After a first attempt the form checks as it changes: the role is there, the organisation it asks for not yet.
    expect(within(dialog).queryByText('Kies een rol')).not.toBeInTheDocument();
    expect(within(dialog).getByText('Kies de organisatie van deze contactpersoon')).toBeInTheDocument();
    const organisation = await within(dialog).findByRole('textbox', { name: /^Organisatie/ });
    await waitFor(() => expect(organisation).toBeEnabled());
    await pick(organisation, 'Acme Logistiek B.V.');
    expect(within(dialog).queryByText('Kies de organisatie van deze contactpersoon')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Uitnodigen' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dit e-mailadres is al in gebruik.');
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.url).toBe('/api/admin/users');
    expect(post?.body).toEqual({
      email: 'client@acme.spoor.test',
      displayName: 'Ruud Kramer',
      role: 'client',
      organisationId: ACME_ID,
    });
  });

  it('resets a second factor only after confirmation', async () => {
    const calls = withApi({
      [`POST /api/admin/users/${COACH_ID}/reset-second-factor`]: {
        status: 200,
        body: { id: COACH_ID, secondFactorEnrolled: false },
      },
    });
    renderPage(<AdminUsersPage />, '/admin/users');
    await screen.findByRole('cell', { name: 'Sanne Jacobs' });
    const menu = await openActions('Sanne Jacobs');
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Tweestapsverificatie resetten', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Tweestapsverificatie resetten' });
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByText(/De tweestapsverificatie van Sanne Jacobs is gereset/)).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      `/api/admin/users/${COACH_ID}/reset-second-factor`,
    ]);
    // The list is asked for again after the change.
    expect(
      calls.filter((call) => call.url === '/api/admin/users' && call.method === 'GET').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('releases a second factor locked by wrong codes, and says so', async () => {
    const calls = withApi({
      [`POST /api/admin/users/${COACH_ID}/second-factor/release`]: { status: 204 },
    });
    renderPage(<AdminUsersPage />, '/admin/users');
    await screen.findByRole('cell', { name: 'Sanne Jacobs' });
    const menu = await openActions('Sanne Jacobs');
    await userEvent.click(
      within(menu).getByRole('menuitem', { name: 'Blokkade tweestapsverificatie opheffen', hidden: true }),
    );
    expect(
      await screen.findByText(/De blokkade van de tweestapsverificatie van Sanne Jacobs is opgeheven/),
    ).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      `/api/admin/users/${COACH_ID}/second-factor/release`,
    ]);
  });

  it('offers no release for a role without a second factor', async () => {
    withApi();
    renderPage(<AdminUsersPage />, '/admin/users');
    await screen.findByRole('cell', { name: 'Ruud Kramer' });
    const menu = await openActions('Ruud Kramer');
    expect(
      within(menu).queryByRole('menuitem', { name: 'Blokkade tweestapsverificatie opheffen', hidden: true }),
    ).toBeNull();
  });

  describe('inviting a participant by choosing their person', () => {
    const JAN = {
      personId: '00000000-0000-4000-8000-0000000000b1',
      name: 'Jan de Vries',
      caseReferences: ['RI-2026-0001'],
      hasAccount: false,
    };
    const PIET = {
      personId: '00000000-0000-4000-8000-0000000000b2',
      name: 'Piet de Vries',
      caseReferences: ['OP-2026-0003', 'LB-2026-0007'],
      hasAccount: true,
    };

    async function openParticipantForm() {
      renderPage(<AdminUsersPage />, '/admin/users');
      await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe gebruiker' }));
      const dialog = await screen.findByRole('dialog', { name: 'Nieuwe gebruiker uitnodigen' });
      await chooseRole('Deelnemer');
      return dialog;
    }

    it('searches, chooses the person and invites them with that person\u2019s id', async () => {
      const calls = withApi({
        'POST /api/admin/people/search': { status: 200, body: { items: [JAN, PIET], total: 2 } },
        'POST /api/admin/users': {
          status: 201,
          body: user({
            id: '00000000-0000-4000-8000-000000000009',
            email: 'jan@example.test',
            displayName: 'Jan de Vries',
            role: 'participant',
            personId: JAN.personId,
            passwordSet: false,
          }),
        },
      });
      const dialog = await openParticipantForm();
      expect(within(dialog).getByText(/een deel van een naam vindt niets/)).toBeInTheDocument();
      await userEvent.type(within(dialog).getByRole('textbox', { name: /^E-mailadres/ }), 'jan@example.test');
      // Enter in the search field searches; it does not send the invitation.
      await userEvent.type(within(dialog).getByRole('textbox', { name: /^Zoek de persoon/ }), 'de Vries{Enter}');
      const results = await within(dialog).findByRole('list', { name: 'Gevonden personen' });
      expect(calls.filter((call) => call.method === 'POST').map((call) => [call.url, call.body])).toEqual([
        ['/api/admin/people/search', { q: 'de Vries' }],
      ]);
      // The person search is never in a URL.
      expect(calls.every((call) => !call.url.includes('Vries'))).toBe(true);
      const piet = within(results).getByText('Piet de Vries').closest('[role="listitem"]') as HTMLElement;
      expect(within(piet).getByText('Heeft al een account')).toBeInTheDocument();
      expect(within(piet).queryByRole('button')).toBeNull();
      expect(within(results).getByText('Dossiers: OP-2026-0003, LB-2026-0007')).toBeInTheDocument();

      await userEvent.click(within(results).getByRole('button', { name: 'Jan de Vries kiezen' }));
      expect(within(dialog).getByText('Gekozen: Jan de Vries')).toBeInTheDocument();
      // The name was still empty: the person's name is taken over.
      expect(within(dialog).getByRole('textbox', { name: /^Naam/ })).toHaveValue('Jan de Vries');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Uitnodigen' }));

      expect(await screen.findByText('Uitnodiging verstuurd naar jan@example.test.')).toBeInTheDocument();
      expect(calls.find((call) => call.url === '/api/admin/users' && call.method === 'POST')?.body).toEqual({
        email: 'jan@example.test',
        displayName: 'Jan de Vries',
        role: 'participant',
        personId: JAN.personId,
      });
    });

    it('asks for a person before inviting, and says when the search found nobody', async () => {
      const calls = withApi({ 'POST /api/admin/people/search': { status: 200, body: { items: [], total: 0 } } });
      const dialog = await openParticipantForm();
      await userEvent.type(within(dialog).getByRole('textbox', { name: /^E-mailadres/ }), 'jan@example.test');
      await userEvent.type(within(dialog).getByRole('textbox', { name: /^Naam/ }), 'Jan de Vries');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Uitnodigen' }));
      expect(within(dialog).getByText(/Zoek en kies de persoon/)).toBeInTheDocument();

      await userEvent.type(within(dialog).getByRole('textbox', { name: /^Zoek de persoon/ }), 'V');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Zoeken' }));
      expect(within(dialog).getByText('Vul minimaal 2 tekens in')).toBeInTheDocument();
      await userEvent.type(within(dialog).getByRole('textbox', { name: /^Zoek de persoon/ }), 'ries');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Zoeken' }));
      expect(await within(dialog).findByText(/Niemand gevonden/)).toBeInTheDocument();
      expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
        '/api/admin/people/search',
      ]);
    });
  });

  describe('changing a role', () => {
    it('changes a role only after the dialog, says that sessions end, and shows the result', async () => {
      const calls = withApi({
        [`PATCH /api/admin/users/${COACH_ID}`]: {
          status: 200,
          body: user({ id: COACH_ID, email: 'coach@spoor.test', displayName: 'Sanne Jacobs', role: 'labour_expert' }),
        },
      });
      renderPage(<AdminUsersPage />, '/admin/users');
      await screen.findByRole('cell', { name: 'Sanne Jacobs' });
      const menu = await openActions('Sanne Jacobs');
      await userEvent.click(within(menu).getByRole('menuitem', { name: 'Rol wijzigen', hidden: true }));
      const dialog = await screen.findByRole('dialog', { name: 'Rol wijzigen van Sanne Jacobs' });
      expect(within(dialog).getByText('Huidige rol: Coach')).toBeInTheDocument();
      expect(within(dialog).getByText(/wordt meteen uitgelogd op alle apparaten/)).toBeInTheDocument();
      // Sent without a new role: nothing goes to the API.
      await userEvent.click(within(dialog).getByRole('button', { name: 'Rol wijzigen' }));
      expect(within(dialog).getByText('Kies een andere rol dan de huidige')).toBeInTheDocument();
      await userEvent.click(within(dialog).getByRole('textbox', { name: /^Nieuwe rol/ }));
      const options = (await screen.findAllByRole('option', { hidden: true })).map((option) => option.textContent);
      expect(options).not.toContain('Deelnemer');
      expect(options).not.toContain('Coach');
      await userEvent.click(await screen.findByRole('option', { name: 'Arbeidsdeskundige', hidden: true }));
      expect(calls.some((call) => call.method === 'PATCH')).toBe(false);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Rol wijzigen' }));

      expect(
        await screen.findByText(
          'De rol van Sanne Jacobs is nu Arbeidsdeskundige. Alle sessies van Sanne Jacobs zijn beëindigd.',
        ),
      ).toBeInTheDocument();
      expect(calls.filter((call) => call.method === 'PATCH').map((call) => [call.url, call.body])).toEqual([
        [`/api/admin/users/${COACH_ID}`, { role: 'labour_expert' }],
      ]);
    });

    it('shows the API\u2019s refusal when the change would leave no admin', async () => {
      withApi({
        [`PATCH /api/admin/users/${COACH_ID}`]: {
          status: 409,
          body: {
            statusCode: 409,
            code: 'LAST_ADMIN',
            message: 'at least one active admin must remain',
            error: 'Conflict',
          },
        },
      });
      renderPage(<AdminUsersPage />, '/admin/users');
      await screen.findByRole('cell', { name: 'Sanne Jacobs' });
      const menu = await openActions('Sanne Jacobs');
      await userEvent.click(within(menu).getByRole('menuitem', { name: 'Rol wijzigen', hidden: true }));
      const dialog = await screen.findByRole('dialog', { name: 'Rol wijzigen van Sanne Jacobs' });
      await pick(within(dialog).getByRole('textbox', { name: /^Nieuwe rol/ }), 'Functionaris gegevensbescherming');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Rol wijzigen' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'Dit kan niet: er moet ten minste één actieve beheerder overblijven.',
      );
    });

    it('asks for the organisation when the new role is client, and warns of the second factor when it becomes staff', async () => {
      withApi();
      renderPage(<AdminUsersPage />, '/admin/users');
      await screen.findByRole('cell', { name: 'Ruud Kramer' });
      const menu = await openActions('Ruud Kramer');
      await userEvent.click(within(menu).getByRole('menuitem', { name: 'Rol wijzigen', hidden: true }));
      const dialog = await screen.findByRole('dialog', { name: 'Rol wijzigen van Ruud Kramer' });
      await pick(within(dialog).getByRole('textbox', { name: /^Nieuwe rol/ }), 'Coach');
      expect(within(dialog).getByText(/Deze rol vraagt om tweestapsverificatie/)).toBeInTheDocument();
    });
  });

  it('disables a user after confirmation and says their sessions ended', async () => {
    const calls = withApi({
      [`PATCH /api/admin/users/${COACH_ID}`]: {
        status: 200,
        body: user({
          id: COACH_ID,
          email: 'coach@spoor.test',
          displayName: 'Sanne Jacobs',
          role: 'coach',
          disabled: true,
        }),
      },
    });
    renderPage(<AdminUsersPage />, '/admin/users');
    await screen.findByRole('cell', { name: 'Sanne Jacobs' });
    const menu = await openActions('Sanne Jacobs');
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Uitschakelen', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Gebruiker uitschakelen' });
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(
      await screen.findByText('Sanne Jacobs is uitgeschakeld; alle sessies van Sanne Jacobs zijn beëindigd.'),
    ).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'PATCH').map((call) => [call.url, call.body])).toEqual([
      [`/api/admin/users/${COACH_ID}`, { disabled: true }],
    ]);
  });
});
