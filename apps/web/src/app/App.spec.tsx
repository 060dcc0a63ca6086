/// <reference types="@testing-library/jest-dom" />
import { screen, within } from '@testing-library/react';
import type { Role, SessionUser } from '@spoor/domain';
import { useLocation } from 'react-router-dom';
import i18n from '../i18n';
import { fakeApi } from '../test/fakeApi';
import { renderPage } from '../test/renderPage';
import { App } from './App';

const user = (role: Role, extra: Partial<SessionUser> = {}): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000001',
  email: `${role}@spoor.test`,
  role,
  displayName: 'Test Persoon',
  ...extra,
});

const PERSONAS: Record<string, SessionUser> = {
  coach: user('coach'),
  labour_expert: user('labour_expert'),
  client: user('client', { organisationId: '00000000-0000-4000-8000-0000000000a1' }),
  participant: user('participant', { personId: '00000000-0000-4000-8000-0000000000b1' }),
  admin: user('admin'),
  privacy_officer: user('privacy_officer'),
};

function Where() {
  return <output aria-label="path">{useLocation().pathname}</output>;
}

function renderApp(persona: SessionUser | null, path: string) {
  fakeApi({
    'GET /api/auth/me': persona
      ? { status: 200, body: { user: persona } }
      : {
          status: 401,
          body: { statusCode: 401, code: 'NOT_AUTHENTICATED', message: 'Not logged in', error: 'Unauthorized' },
        },
  });
  renderPage(
    <>
      <App />
      <Where />
    </>,
    path,
  );
}

const navLinks = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
};

describe('the route table', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it.each([
    [
      'coach',
      [
        ['Start', '/'],
        ['Mijn werk', '/worklist'],
        ['Dossiers', '/cases'],
        ['Noodtoegang', '/break-glass'],
      ],
    ],
    [
      'labour_expert',
      [
        ['Start', '/'],
        ['Mijn werk', '/worklist'],
        ['Dossiers', '/cases'],
        ['Noodtoegang', '/break-glass'],
      ],
    ],
    [
      'client',
      [
        ['Start', '/'],
        ['Dossiers', '/cases'],
      ],
    ],
    [
      'participant',
      [
        ['Start', '/'],
        ['Dossiers', '/cases'],
        ['Wie bekeek mijn gegevens', '/me/access-log'],
        ['Mijn verzoeken', '/me/requests'],
        ['Toestemming en bezwaar', '/me/consents'],
        ['Mijn gegevens downloaden', '/me/export'],
      ],
    ],
    [
      'admin',
      [
        ['Start', '/'],
        ['Dossiers', '/cases'],
        ['Gebruikers', '/admin/users'],
        ['Organisaties', '/admin/organisations'],
        ['Nieuwsbrief', '/admin/newsletter'],
      ],
    ],
    [
      'privacy_officer',
      [
        ['Start', '/'],
        ['Toegangslog', '/privacy/access-log'],
        ['Afwijkingen', '/privacy/anomalies'],
        ['Verzoeken', '/privacy/requests'],
        ['Datalekken', '/privacy/breaches'],
        ['Dossiers', '/privacy/cases'],
        ['Bewaartermijnen', '/privacy/retention'],
        ['Verwerkingsregister', '/privacy/register'],
      ],
    ],
  ])('gives the %s the links of what the role may open, in order', async (persona, links) => {
    renderApp(PERSONAS[persona] ?? null, '/me/nothing-here');
    expect(await navLinks()).toEqual(links);
  });

  it('starts whoever reads cases at the case list', async () => {
    renderApp(PERSONAS['coach'] ?? null, '/');
    expect(await screen.findByRole('heading', { name: 'Dossiers' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'path' })).toHaveTextContent('/cases');
    expect(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Dossiers' }),
    ).toHaveAttribute('data-active', 'true');
  });

  it('starts the privacy officer at the dashboard', async () => {
    renderApp(PERSONAS['privacy_officer'] ?? null, '/');
    expect(await screen.findByRole('heading', { name: 'Privacy-overzicht' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'path' })).toHaveTextContent(/^\/$/);
  });

  it('sends a path the role may not open back home', async () => {
    renderApp(PERSONAS['coach'] ?? null, '/admin/users');
    expect(await screen.findByRole('heading', { name: 'Dossiers' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'path' })).toHaveTextContent('/cases');
    expect(screen.queryByRole('heading', { name: 'Gebruikers' })).not.toBeInTheDocument();
  });

  it('opens a case below the case list, with the list marked in the navigation', async () => {
    renderApp(PERSONAS['admin'] ?? null, '/cases/00000000-0000-4000-8000-0000000000c1');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Dossiers' })).toHaveAttribute('data-active', 'true');
    expect(within(nav).getByRole('link', { name: 'Start' })).not.toHaveAttribute('data-active');
    expect(screen.getByRole('status', { name: 'path' })).toHaveTextContent(
      '/cases/00000000-0000-4000-8000-0000000000c1',
    );
  });

  it('opens a public page without a session', async () => {
    renderApp(null, '/password-reset');
    expect(await screen.findByRole('heading', { name: 'Wachtwoord vergeten' })).toBeInTheDocument();
  });

  it('shows the login page without a session on a session path', async () => {
    renderApp(null, '/privacy/breaches');
    expect(await screen.findByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();
  });
});
