/// <reference types="@testing-library/jest-dom" />
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RectificationView } from '@spoor/domain';
import type { PrivacyRequest } from '../../api/usePrivacyRequests';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { personaliaChanges } from './RectificationModal';
import { RequestsPage } from './RequestsPage';

const PERSON = '00000000-0000-4000-8000-0000000000b1';

const request = (overrides: Partial<PrivacyRequest> = {}): PrivacyRequest => ({
  id: 'r1',
  personId: PERSON,
  type: 'rectification',
  purpose: null,
  status: 'received',
  details: 'Mijn achternaam is verkeerd gespeld.',
  receivedAt: '2026-11-20T09:00:00.000Z',
  dueAt: '2026-12-20T09:00:00.000Z',
  overdue: false,
  extendedAt: null,
  extensionReason: null,
  completedAt: null,
  outcome: null,
  completionNote: null,
  correctedFields: [],
  outcomeReason: null,
  version: 1,
  ...overrides,
});

const PERSONALIA = {
  firstName: 'Jan',
  lastName: 'de Vris',
  birthDate: '1980-03-01',
  address: 'Voorbeeldstraat 1, Utrecht',
  email: 'jan@example.nl',
  phone: null,
};

const rectification = (
  corrections: RectificationView['corrections'] = [],
): { status: number; body: RectificationView } => ({
  status: 200,
  body: { requestId: 'r1', personId: PERSON, status: 'received', personalia: PERSONALIA, corrections },
});

const list = { status: 200, body: { items: [request()], total: 1 } };

async function openRectification() {
  renderPage(<RequestsPage />, '/privacy/requests');
  await userEvent.click(await screen.findByRole('button', { name: 'Corrigeren en afronden' }));
  return screen.findByRole('dialog', { name: 'Correctieverzoek afhandelen' });
}

describe('RectificationModal', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    document.cookie = 'csrf_token=abc123';
  });

  it("shows the person's explanation and personalia, and sends only the corrected field, linked to the request", async () => {
    const calls = fakeApi({
      'GET /api/privacy-requests': list,
      'GET /api/privacy-requests/r1/rectification': [
        rectification(),
        rectification([{ at: '2026-11-23T10:00:00.000Z', fields: ['lastName'] }]),
      ],
      'PATCH /api/people/00000000-0000-4000-8000-0000000000b1': {
        status: 200,
        body: { id: PERSON, changed: ['lastName'], privacyRequestId: 'r1' },
      },
    });
    const dialog = await openRectification();
    expect(within(dialog).getByText('Mijn achternaam is verkeerd gespeld.')).toBeInTheDocument();
    const form = await within(dialog).findByRole('form', { name: 'Gegevens corrigeren' });
    expect(within(form).getByRole('textbox', { name: /^Achternaam/ })).toHaveValue('de Vris');
    expect(within(form).getByRole('textbox', { name: /^E-mailadres/ })).toHaveValue('jan@example.nl');
    expect(within(dialog).getByText('Nog niets gecorrigeerd.')).toBeInTheDocument();

    // Nothing changed: nothing is sent.
    await userEvent.click(within(form).getByRole('button', { name: 'Correctie opslaan' }));
    expect(within(form).getByText('U hebt nog niets gewijzigd.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);

    const lastName = within(form).getByRole('textbox', { name: /^Achternaam/ });
    await userEvent.clear(lastName);
    await userEvent.type(lastName, ' de Vries ');
    await userEvent.click(within(form).getByRole('button', { name: 'Correctie opslaan' }));
    expect(await within(form).findByText('De correctie is opgeslagen: achternaam.')).toBeInTheDocument();
    const patches = calls.filter((call) => call.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(patches[0].body).toEqual({ privacyRequestId: 'r1', lastName: 'de Vries' });
    expect(patches[0].headers['X-CSRF-Token']).toBe('abc123');
    // The corrections list names the field, never a value.
    const corrections = await within(dialog).findByRole('list', { name: 'Gecorrigeerd onder dit verzoek' });
    expect(corrections).toHaveTextContent('23 nov 2026: achternaam');
    expect(corrections).not.toHaveTextContent('Vries');
  });

  it('will not empty a field that holds a value, and checks the e-mail address before sending', async () => {
    const calls = fakeApi({
      'GET /api/privacy-requests': list,
      'GET /api/privacy-requests/r1/rectification': rectification(),
    });
    const dialog = await openRectification();
    const form = await within(dialog).findByRole('form', { name: 'Gegevens corrigeren' });
    await userEvent.clear(within(form).getByRole('textbox', { name: /^Adres/ }));
    const email = within(form).getByRole('textbox', { name: /^E-mailadres/ });
    await userEvent.clear(email);
    await userEvent.type(email, 'geen-adres');
    await userEvent.click(within(form).getByRole('button', { name: 'Correctie opslaan' }));
    expect(within(form).getByText('Leegmaken kan hier niet; dat is een verzoek om wissen')).toBeInTheDocument();
    expect(within(form).getByText('Vul een geldig e-mailadres in')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);
  });

  it('without a correction offers only the reasons nothing changed, and completes as refused with that reason', async () => {
    const calls = fakeApi({
      'GET /api/privacy-requests': list,
      'GET /api/privacy-requests/r1/rectification': rectification(),
      'POST /api/privacy-requests/r1/complete': {
        status: 200,
        body: request({ status: 'completed', outcome: 'refused', outcomeReason: 'no_change_needed' }),
      },
    });
    const dialog = await openRectification();
    const form = await within(dialog).findByRole('form', { name: 'Verzoek afronden' });
    const result = within(form).getByRole('combobox', { name: /^Uitkomst/ });
    const options = within(result)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual([
      '—',
      'Geen wijziging nodig: de gegevens kloppen',
      'Afgewezen: niet aangetoond dat de gegevens onjuist zijn',
      'Afgewezen: identiteit niet vastgesteld',
      'Afgewezen: kennelijk ongegrond of buitensporig',
    ]);

    // Neither an outcome nor a note: told so, nothing sent.
    await userEvent.click(within(form).getByRole('button', { name: 'Verzoek afronden' }));
    expect(within(form).getByText('Kies een uitkomst')).toBeInTheDocument();
    expect(within(form).getByText('Schrijf een toelichting')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await userEvent.selectOptions(result, 'Geen wijziging nodig: de gegevens kloppen');
    await userEvent.type(
      within(form).getByRole('textbox', { name: /^Toelichting bij de afhandeling/ }),
      'Gecontroleerd.',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Verzoek afronden' }));
    expect(await screen.findByText('Het correctieverzoek is afgerond.')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      outcome: 'refused',
      reasonCode: 'no_change_needed',
      note: 'Gecontroleerd.',
    });
  });

  it('after a correction completes as granted, and shows at the outcome why the API refused', async () => {
    const calls = fakeApi({
      'GET /api/privacy-requests': list,
      'GET /api/privacy-requests/r1/rectification': rectification([
        { at: '2026-11-23T10:00:00.000Z', fields: ['lastName', 'email'] },
      ]),
      'POST /api/privacy-requests/r1/complete': [
        {
          status: 400,
          body: {
            statusCode: 400,
            code: 'VALIDATION_FAILED',
            message: ['nothing was corrected under this request'],
            error: 'Bad Request',
            fields: [{ field: 'outcome', code: 'INCONSISTENT' }],
          },
        },
        {
          status: 200,
          body: request({ status: 'completed', outcome: 'granted', correctedFields: ['lastName', 'email'] }),
        },
      ],
    });
    const dialog = await openRectification();
    const form = await within(dialog).findByRole('form', { name: 'Verzoek afronden' });
    const result = within(form).getByRole('combobox', { name: /^Uitkomst/ });
    expect(
      within(result)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['—', 'Toegewezen: alles gecorrigeerd wat gevraagd was', 'Deels toegewezen: een deel gecorrigeerd']);
    await userEvent.selectOptions(result, 'Toegewezen: alles gecorrigeerd wat gevraagd was');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Toelichting bij de afhandeling/ }), 'Aangepast.');
    await userEvent.click(within(form).getByRole('button', { name: 'Verzoek afronden' }));
    // The API's objection lands at the outcome, translated; its English never shows.
    await waitFor(() => expect(result).toHaveAccessibleDescription('Dit antwoord spreekt een ander antwoord tegen'));
    expect(screen.queryByText(/nothing was corrected/)).not.toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: 'Verzoek afronden' }));
    expect(await screen.findByText('Het correctieverzoek is afgerond.')).toBeInTheDocument();
    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts.at(-1)?.body).toEqual({ outcome: 'granted', note: 'Aangepast.' });
  });
});

describe('personaliaChanges', () => {
  it('keeps only fields whose trimmed value differs, never an emptied one', () => {
    expect(
      personaliaChanges(PERSONALIA, {
        firstName: 'Jan ',
        lastName: 'de Vries',
        birthDate: '1980-03-01',
        address: '',
        email: 'jan@example.nl',
        phone: '06 1234 5678',
      }),
    ).toEqual({ lastName: 'de Vries', phone: '06 1234 5678' });
  });
});
