import type { RectifiableField, RectificationReasonCode } from '@spoor/domain';

/** Rectification (art. 16 AVG): the privacy officer's screen and what the person reads about the outcome. */
export const rectificationNl = {
  title: 'Correctieverzoek afhandelen',
  open: 'Corrigeren en afronden',
  intro:
    'Corrigeer de gegevens die de persoon onjuist noemt. Alleen welke velden u wijzigt wordt vastgelegd, niet de oude of nieuwe waarden.',
  details: 'Toelichting van de persoon',
  noDetails: 'De persoon gaf geen toelichting.',
  loadError: 'De gegevens van dit verzoek konden niet worden geladen. Probeer het later opnieuw.',
  correctTitle: 'Gegevens corrigeren',
  fields: {
    firstName: 'Voornaam',
    lastName: 'Achternaam',
    birthDate: 'Geboortedatum',
    address: 'Adres',
    email: 'E-mailadres',
    phone: 'Telefoonnummer',
  } satisfies Record<RectifiableField, string>,
  required: 'Vul dit in',
  cannotEmpty: 'Leegmaken kan hier niet; dat is een verzoek om wissen',
  tooLong: 'Dit is te lang',
  notAnEmail: 'Vul een geldig e-mailadres in',
  notADay: 'Vul een datum in, bijvoorbeeld 01-03-1980',
  nothingChanged: 'U hebt nog niets gewijzigd.',
  save: 'Correctie opslaan',
  saved: 'De correctie is opgeslagen: {{fields}}.',
  corrections: 'Gecorrigeerd onder dit verzoek',
  noCorrections: 'Nog niets gecorrigeerd.',
  correctionLine: '{{date}}: {{fields}}',
  completeTitle: 'Verzoek afronden',
  completeHelp:
    'Rond af met de correcties hierboven, of kies waarom niets is gewijzigd. Zonder correctie en zonder reden kan het verzoek niet worden afgerond.',
  result: 'Uitkomst',
  resultRequired: 'Kies een uitkomst',
  withCorrections: {
    granted: 'Toegewezen: alles gecorrigeerd wat gevraagd was',
    partially_granted: 'Deels toegewezen: een deel gecorrigeerd',
  },
  reasons: {
    no_change_needed: 'Geen wijziging nodig: de gegevens kloppen',
    inaccuracy_not_shown: 'Afgewezen: niet aangetoond dat de gegevens onjuist zijn',
    identity_not_verified: 'Afgewezen: identiteit niet vastgesteld',
    manifestly_unfounded: 'Afgewezen: kennelijk ongegrond of buitensporig',
  } satisfies Record<RectificationReasonCode, string>,
  note: 'Toelichting bij de afhandeling',
  noteRequired: 'Schrijf een toelichting',
  complete: 'Verzoek afronden',
  completed: 'Het correctieverzoek is afgerond.',
  /** What the person reads in their own requests page. */
  outcomeForPerson: {
    corrected: 'Wij hebben uw gegevens gecorrigeerd: {{fields}}.',
    no_change_needed: 'Wij hebben uw gegevens gecontroleerd. Ze bleken juist, dus er is niets gewijzigd.',
    inaccuracy_not_shown:
      'Wij hebben niets gewijzigd: er is niet aangetoond dat uw gegevens onjuist zijn. U kunt een nieuw verzoek indienen met een bewijsstuk.',
    identity_not_verified:
      'Wij hebben niets gewijzigd: wij konden niet vaststellen dat het verzoek van u kwam. Neem contact met ons op.',
    manifestly_unfounded: 'Wij hebben niets gewijzigd: wij vonden het verzoek kennelijk ongegrond.',
  },
};

export const rectificationEn: typeof rectificationNl = {
  title: 'Handle a rectification request',
  open: 'Correct and complete',
  intro:
    'Correct the data the person says is wrong. Only which fields you change is recorded, never the old or new values.',
  details: "The person's explanation",
  noDetails: 'The person gave no explanation.',
  loadError: 'The data of this request could not be loaded. Please try again later.',
  correctTitle: 'Correct the data',
  fields: {
    firstName: 'First name',
    lastName: 'Last name',
    birthDate: 'Date of birth',
    address: 'Address',
    email: 'E-mail address',
    phone: 'Phone number',
  },
  required: 'Fill this in',
  cannotEmpty: 'Emptying a field is not possible here; that is an erasure request',
  tooLong: 'This is too long',
  notAnEmail: 'Enter a valid e-mail address',
  notADay: 'Enter a date, for example 01-03-1980',
  nothingChanged: 'You have not changed anything yet.',
  save: 'Save correction',
  saved: 'The correction was saved: {{fields}}.',
  corrections: 'Corrected under this request',
  noCorrections: 'Nothing corrected yet.',
  correctionLine: '{{date}}: {{fields}}',
  completeTitle: 'Complete the request',
  completeHelp:
    'Complete with the corrections above, or choose why nothing was changed. Without a correction and without a reason the request cannot be completed.',
  result: 'Outcome',
  resultRequired: 'Choose an outcome',
  withCorrections: {
    granted: 'Granted: everything asked for was corrected',
    partially_granted: 'Partially granted: part was corrected',
  },
  reasons: {
    no_change_needed: 'No change needed: the data is correct',
    inaccuracy_not_shown: 'Refused: the data was not shown to be inaccurate',
    identity_not_verified: 'Refused: identity not established',
    manifestly_unfounded: 'Refused: manifestly unfounded or excessive',
  },
  note: 'Explanation of the outcome',
  noteRequired: 'Write an explanation',
  complete: 'Complete request',
  completed: 'The rectification request was completed.',
  outcomeForPerson: {
    corrected: 'We corrected your data: {{fields}}.',
    no_change_needed: 'We checked your data. It was correct, so nothing was changed.',
    inaccuracy_not_shown:
      'We changed nothing: it was not shown that your data is inaccurate. You can file a new request with proof.',
    identity_not_verified:
      'We changed nothing: we could not establish that the request came from you. Please contact us.',
    manifestly_unfounded: 'We changed nothing: we found the request manifestly unfounded.',
  },
};
