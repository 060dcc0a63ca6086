/**
 * Strings of the admin's user screens added with the person search and the role change (the older ones are
 * under `users` in nl.ts/en.ts). Dutch first; English mirrors its shape.
 */
export const adminUsersNl = {
  person: {
    label: 'Persoon',
    search: 'Zoek de persoon',
    searchHelp:
      'Exacte achternaam, voor- en achternaam, e-mailadres of dossiernummer (zoals RI-2026-0001). Namen zijn versleuteld opgeslagen: een deel van een naam vindt niets.',
    searchButton: 'Zoeken',
    tooShort: 'Vul minimaal 2 tekens in',
    required: 'Zoek en kies de persoon over wie de dossiers van deze deelnemer gaan',
    results: 'Gevonden personen',
    none: 'Niemand gevonden. Controleer de spelling, of zoek op het dossiernummer.',
    more: '{{shown}} van {{total}} getoond: maak de zoekopdracht specifieker.',
    choose: 'Kiezen',
    chooseName: '{{name}} kiezen',
    hasAccount: 'Heeft al een account',
    chosen: 'Gekozen: {{name}}',
    cases: 'Dossiers: {{references}}',
    change: 'Andere persoon kiezen',
  },
  role: {
    change: 'Rol wijzigen',
    title: 'Rol wijzigen van {{name}}',
    current: 'Huidige rol: {{role}}',
    newRole: 'Nieuwe rol',
    roleRequired: 'Kies een andere rol dan de huidige',
    organisation: 'Organisatie',
    organisationPlaceholder: 'Kies een organisatie',
    organisationRequired: 'Kies de organisatie van deze contactpersoon',
    sessions: '{{name}} wordt meteen uitgelogd op alle apparaten; de nieuwe rol geldt bij de volgende keer inloggen.',
    secondFactor:
      'Deze rol vraagt om tweestapsverificatie: {{name}} krijgt een e-mail om die in te stellen en kan pas daarna weer inloggen.',
    participantFixed:
      'Een deelnemersaccount hoort bij één persoon en krijgt geen andere rol; andere accounts worden geen deelnemersaccount. Nodig zo nodig een nieuw account uit.',
    submit: 'Rol wijzigen',
    cancel: 'Annuleren',
    done: 'De rol van {{name}} is nu {{role}}. Alle sessies van {{name}} zijn beëindigd.',
  },
};

export const adminUsersEn: typeof adminUsersNl = {
  person: {
    label: 'Person',
    search: 'Find the person',
    searchHelp:
      'Exact last name, first and last name, e-mail address or case reference (such as RI-2026-0001). Names are stored encrypted: part of a name finds nothing.',
    searchButton: 'Search',
    tooShort: 'Enter at least 2 characters',
    required: 'Find and choose the person whose cases this participant may see',
    results: 'People found',
    none: 'Nobody found. Check the spelling, or search by case reference.',
    more: '{{shown}} of {{total}} shown: make the search more specific.',
    choose: 'Choose',
    chooseName: 'Choose {{name}}',
    hasAccount: 'Already has an account',
    chosen: 'Chosen: {{name}}',
    cases: 'Cases: {{references}}',
    change: 'Choose another person',
  },
  role: {
    change: 'Change role',
    title: 'Change the role of {{name}}',
    current: 'Current role: {{role}}',
    newRole: 'New role',
    roleRequired: 'Choose a role other than the current one',
    organisation: 'Organisation',
    organisationPlaceholder: 'Choose an organisation',
    organisationRequired: 'Choose the organisation this contact belongs to',
    sessions: '{{name}} is logged out at once on every device; the new role applies from the next login.',
    secondFactor:
      'This role needs two-step verification: {{name}} receives an e-mail to set it up and can only log in after that.',
    participantFixed:
      'A participant account belongs to one person and takes no other role; other accounts do not become participant accounts. Invite a new account if needed.',
    submit: 'Change role',
    cancel: 'Cancel',
    done: 'The role of {{name}} is now {{role}}. All sessions of {{name}} have ended.',
  },
};
