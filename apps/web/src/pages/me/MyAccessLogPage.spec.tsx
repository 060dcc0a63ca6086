/// <reference types="@testing-library/jest-dom" />
import { screen } from '@testing-library/react';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { MyAccessLogPage } from './MyAccessLogPage';

const event = (overrides: Record<string, unknown>) => ({
  at: '2026-11-23T10:00:00.000Z',
  actorName: 'Henk Willems',
  actorRole: 'labour_expert',
  actorOrganisation: null,
  byYou: false,
  action: 'read',
  resource: 'special_file',
  caseReference: 'RI-2026-0001',
  fields: ['diagnosis'],
  purpose: 'occupational_assessment',
  breakGlass: false,
  ...overrides,
});

describe('MyAccessLogPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('tells the participant in plain sentences who looked at what, and marks break-the-glass', async () => {
    fakeApi({
      'GET /api/me/access-log': {
        status: 200,
        body: {
          items: [
            event({}),
            event({
              actorName: 'Sanne Jacobs',
              actorRole: 'coach',
              breakGlass: true,
              purpose: 'reintegration_guidance',
              at: '2026-11-22T10:00:00.000Z',
            }),
            event({
              actorName: null,
              byYou: true,
              actorRole: 'participant',
              resource: 'own_data',
              action: 'export',
              purpose: 'data_subject_access',
            }),
          ],
          total: 3,
        },
      },
      'GET /api/me/disclosures': {
        status: 200,
        body: {
          items: [
            {
              recipient: 'Tevredenheidsbureau B.V.',
              fields: ['name', 'email'],
              legalBasis: 'toestemming',
              disclosedAt: '2026-10-01T09:00:00.000Z',
              caseReference: 'RI-2026-0001',
            },
          ],
        },
      },
    });
    renderPage(<MyAccessLogPage />, '/me/access-log');
    expect(
      await screen.findByText(
        'Henk Willems (Arbeidsdeskundige) bekeek uw bijzonder dossier op 23 nov 2026 — doel: arbeidsdeskundig onderzoek',
      ),
    ).toBeInTheDocument();
    const breakGlass = screen.getByText(
      'Sanne Jacobs (Coach) bekeek uw bijzonder dossier op 22 nov 2026 — doel: re-integratiebegeleiding',
    );
    expect(breakGlass.closest('li')).toHaveTextContent('Noodtoegang');
    expect(screen.getByText('U exporteerde uw gegevens op 23 nov 2026 — doel: uw eigen inzage')).toBeInTheDocument();
    expect(await screen.findByText('Verstrekt aan Tevredenheidsbureau B.V. op 1 okt 2026')).toBeInTheDocument();
    expect(screen.getByText('Welke gegevens: naam, e-mailadres')).toBeInTheDocument();
    expect(screen.getByText('Grondslag: toestemming')).toBeInTheDocument();
  });

  it('says so when nobody looked yet', async () => {
    fakeApi({
      'GET /api/me/access-log': { status: 200, body: { items: [], total: 0 } },
      'GET /api/me/disclosures': { status: 200, body: { items: [] } },
    });
    renderPage(<MyAccessLogPage />, '/me/access-log');
    expect(await screen.findByText('Nog niemand heeft uw gegevens bekeken.')).toBeInTheDocument();
    expect(await screen.findByText('Uw gegevens zijn niet aan anderen verstrekt.')).toBeInTheDocument();
  });
});
