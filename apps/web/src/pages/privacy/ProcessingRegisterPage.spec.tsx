/// <reference types="@testing-library/jest-dom" />
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProcessingRegister } from '@spoor/domain';
import i18n from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import { renderPage } from '../../test/renderPage';
import { ProcessingRegisterPage } from './ProcessingRegisterPage';
import { registerMarkdown } from './registerMarkdown';

const REGISTER: ProcessingRegister = {
  controller: 'Spoor re-integratie (verwerkingsverantwoordelijke)',
  activities: [
    {
      name: 'Nieuwsbrief',
      purposes: ['newsletter'],
      legalBasis: 'toestemming (art. 6(1)(a) AVG)',
      dataSubjects: ['deelnemers die toestemming gaven'],
      dataCategories: ['naam', 'e-mailadres'],
      recipients: [],
      retention: 'tot de toestemming wordt ingetrokken',
    },
    {
      name: 'Toegangsregistratie (NEN 7513)',
      purposes: ['privacy_oversight'],
      legalBasis: 'wettelijke verplichting (art. 32 AVG)',
      dataSubjects: ['medewerkers', 'betrokkenen'],
      dataCategories: ['toegangsregistratie'],
      recipients: [],
      retention: '9 jaar na de gebeurtenis',
    },
  ],
  dataCategories: ['personalia (naam, geboortedatum, adres)', 'voortgangsverslagen'],
  securityMeasures: ['versleuteling per persoon'],
};

describe('ProcessingRegisterPage', () => {
  let blobs: Blob[];

  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    blobs = [];
    // jsdom has no object URLs: the download hands the browser a blob through one.
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:register';
    }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('shows every processing activity with its purposes, basis and retention, and the data categories', async () => {
    fakeApi({ 'GET /api/privacy/register': { status: 200, body: REGISTER } });
    renderPage(<ProcessingRegisterPage />, '/privacy/register');
    expect(screen.getByRole('heading', { name: 'Verwerkingsregister (art. 30 AVG)' })).toBeInTheDocument();
    const activities = within(await screen.findByRole('list', { name: 'Verwerkingen' })).getAllByRole('listitem');
    expect(activities).toHaveLength(2);
    const accessLog = within(screen.getByRole('listitem', { name: 'Toegangsregistratie (NEN 7513)' }));
    expect(accessLog.getByRole('rowheader', { name: 'Bewaartermijn' }).nextSibling).toHaveTextContent(
      '9 jaar na de gebeurtenis',
    );
    const newsletter = within(screen.getByRole('listitem', { name: 'Nieuwsbrief' }));
    expect(newsletter.getByRole('rowheader', { name: 'Ontvangers' }).nextSibling).toHaveTextContent('geen');
    expect(
      within(screen.getByRole('list', { name: 'Alle categorieën persoonsgegevens' })).getAllByRole('listitem'),
    ).toHaveLength(2);
  });

  it('downloads the register as a Markdown file', async () => {
    fakeApi({ 'GET /api/privacy/register': { status: 200, body: REGISTER } });
    renderPage(<ProcessingRegisterPage />, '/privacy/register');
    await screen.findByRole('list', { name: 'Verwerkingen' });
    await userEvent.click(screen.getByRole('button', { name: 'Download als Markdown' }));
    expect(
      await screen.findByText(/Het register is gedownload als verwerkingsregister-\d{4}-\d{2}-\d{2}\.md\./),
    ).toBeInTheDocument();
    expect(HTMLAnchorElement.prototype.click).toHaveBeenCalled();
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('text/markdown;charset=utf-8');
    // jsdom's Blob has no text(): read it as a browser would.
    const markdown = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(markdown).toContain('# Verwerkingsregister (art. 30 AVG)');
    expect(markdown).toContain('### 2. Toegangsregistratie (NEN 7513)');
    expect(markdown).toContain('- **Bewaartermijn:** 9 jaar na de gebeurtenis');
    // Purposes in words, as on the page; never the code.
    expect(markdown).toContain('- **Doelen:** privacytoezicht');
    expect(markdown).not.toContain('oversight');
  });

  it('says in plain words when the register could not be loaded, and offers no download', async () => {
    fakeApi({
      'GET /api/privacy/register': {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Not allowed', error: 'Forbidden' },
      },
    });
    renderPage(<ProcessingRegisterPage />, '/privacy/register');
    expect(await screen.findByRole('alert')).toHaveTextContent('Het register kon niet worden geladen.');
    expect(screen.getByRole('button', { name: 'Download als Markdown' })).toBeDisabled();
    expect(screen.queryByText(/Not allowed/)).not.toBeInTheDocument();
  });
});

describe('registerMarkdown', () => {
  it('escapes what Markdown would read as markup and says "none" for an empty list', () => {
    const markdown = registerMarkdown(
      { ...REGISTER, activities: [{ ...REGISTER.activities[0], name: 'Doel *met* [haken] | pijp' }] },
      {
        title: 'Register',
        generatedOn: 'vandaag',
        controller: 'Verantwoordelijke',
        activities: 'Verwerkingen',
        purposes: 'Doelen',
        legalBasis: 'Grondslag',
        dataSubjects: 'Betrokkenen',
        dataCategories: 'Categorieën',
        recipients: 'Ontvangers',
        noRecipients: 'geen',
        retention: 'Bewaartermijn',
        allDataCategories: 'Alle categorieën',
        securityMeasures: 'Beveiliging',
      },
    );
    expect(markdown).toContain('### 1. Doel \\*met\\* \\[haken\\] \\| pijp');
    expect(markdown).toContain('- **Ontvangers:** geen');
  });
});
