/** The art. 30 register page. Its content is the register itself, in Dutch as the API renders it. */
export const processingRegisterNl = {
  nav: 'Verwerkingsregister',
  title: 'Verwerkingsregister (art. 30 AVG)',
  intro:
    'Dit register wordt opgebouwd uit dezelfde regels die Spoor toepast: doelen, grondslagen, bewaartermijnen (ook de ingestelde bewaartermijn van het toegangslog) en ontvangers. De inhoud is in het Nederlands, zoals u het register aan de Autoriteit Persoonsgegevens toont.',
  controller: 'Verwerkingsverantwoordelijke',
  activities: 'Verwerkingen',
  purposes: 'Doelen',
  legalBasis: 'Grondslag',
  dataSubjects: 'Betrokkenen',
  dataCategories: 'Categorieën van gegevens',
  recipients: 'Ontvangers',
  noRecipients: 'geen',
  retention: 'Bewaartermijn',
  allDataCategories: 'Alle categorieën persoonsgegevens',
  securityMeasures: 'Beveiligingsmaatregelen (art. 32 AVG)',
  download: 'Download als Markdown',
  downloaded: 'Het register is gedownload als {{file}}.',
  loadError: 'Het register kon niet worden geladen. Probeer het later opnieuw.',
  generatedOn: 'Opgemaakt op {{date}}',
};

export const processingRegisterEn: typeof processingRegisterNl = {
  nav: 'Processing register',
  title: 'Register of processing activities (art. 30 GDPR)',
  intro:
    'This register is built from the same rules Spoor applies: purposes, legal bases, retention periods (including the configured retention of the access log) and recipients. Its content is in Dutch, as you show the register to the Dutch supervisory authority.',
  controller: 'Controller',
  activities: 'Processing activities',
  purposes: 'Purposes',
  legalBasis: 'Legal basis',
  dataSubjects: 'Data subjects',
  dataCategories: 'Categories of data',
  recipients: 'Recipients',
  noRecipients: 'none',
  retention: 'Retention',
  allDataCategories: 'All categories of personal data',
  securityMeasures: 'Security measures (art. 32 GDPR)',
  download: 'Download as Markdown',
  downloaded: 'The register was downloaded as {{file}}.',
  loadError: 'The register could not be loaded. Please try again later.',
  generatedOn: 'Drawn up on {{date}}',
};
