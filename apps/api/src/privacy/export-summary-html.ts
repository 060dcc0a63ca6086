import {
  coachCapacities,
  formatCoachCapacities,
  type ExportedCase,
  type ExportedFile,
  type HealthDocumentKind,
  type PersonalDataExport,
  type ProcessDocumentKind,
} from '@spoor/domain';

/**
 * The readable summary of an export (`overzicht.html` in the package): Dutch, addressed to the person ("u"),
 * one self-contained page — no script, no external resource (its own CSP says so), every value escaped. The
 * machine-readable whole is `gegevens.json` next to it; this page shows the same data for a person to read.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

const ROLES: Record<string, string> = {
  admin: 'functioneel beheerder',
  privacy_officer: 'functionaris gegevensbescherming',
  coach: 'coach',
  labour_expert: 'arbeidsdeskundige',
  client: 'opdrachtgever',
  participant: 'betrokkene',
  system: 'Spoor (automatisch)',
};
const ACTIONS: Record<string, string> = {
  read: 'bekeek',
  list: 'bekeek een overzicht met',
  search: 'zocht in',
  download: 'downloadde',
  export: 'exporteerde',
  create: 'legde vast',
  update: 'wijzigde',
  delete: 'verwijderde',
  break_glass: 'opende met noodtoegang',
};
/** What was touched, in the words of the portal's own access log ("Wie heeft mijn gegevens bekeken"). */
const RESOURCES: Record<string, string> = {
  case: 'uw dossier',
  special_file: 'uw bijzonder dossier',
  health_record: 'uw gezondheidsgegevens',
  health_document: 'een medisch document',
  progress_report: 'een voortgangsrapportage',
  activity: 'een activiteit in uw traject',
  document: 'een document',
  process_document: 'een document',
  occupational_assessment: 'een arbeidsdeskundig onderzoek',
  fml_assessment: 'uw belastbaarheid (FML)',
  uwv_opinion: 'een UWV-oordeel',
  case_milestones: 'de mijlpalen van uw traject',
  case_assignment: 'de toewijzing van uw dossier',
  consent: 'uw toestemming',
  privacy_request: 'uw privacyverzoek',
  own_data: 'uw gegevens',
  own_access_log: 'het overzicht van wie uw gegevens bekeek',
  own_disclosures: 'de verstrekkingen',
  export_delivery: 'uw klaargezette gegevens',
  export_manifest: 'de inhoudsopgave van uw gegevens (zonder inhoud)',
  survey_export: 'uw contactgegevens',
  user: 'uw account',
  break_glass_grant: 'een noodtoegang',
};
const PURPOSES: Record<string, string> = {
  reintegration_guidance: 're-integratiebegeleiding',
  occupational_assessment: 'arbeidsdeskundig onderzoek',
  client_reporting: 'rapportage aan de opdrachtgever',
  data_subject_access: 'uw eigen inzage',
  data_portability: 'overdraagbaarheid van uw gegevens',
  data_subject_request: 'uw privacyverzoek',
  administration: 'beheer',
  privacy_oversight: 'privacytoezicht',
};
const CASE_TYPES: Record<string, string> = {
  reintegration_track1: 're-integratie eerste spoor',
  reintegration_track2: 're-integratie tweede spoor',
  outplacement: 'outplacement',
  career_coaching: 'loopbaancoaching',
};
const CASE_STATUSES: Record<string, string> = {
  intake: 'intake',
  active: 'lopend',
  on_hold: 'gepauzeerd',
  completed: 'afgerond',
  cancelled: 'gestopt',
};
const ACTIVITY_KINDS: Record<string, string> = {
  coaching_session: 'coachgesprek',
  assessment: 'assessment',
  test: 'test',
  training: 'training',
  application: 'sollicitatie',
  workplace_visit: 'werkplekbezoek',
  network_meeting: 'netwerkgesprek',
  other: 'overig',
};
const REQUEST_TYPES: Record<string, string> = {
  access: 'inzage',
  rectification: 'correctie',
  erasure: 'verwijdering',
  restriction: 'beperking',
  portability: 'overdraagbaarheid',
  objection: 'bezwaar',
};
const PROCESS_DOCUMENT_KINDS: Record<ProcessDocumentKind, string> = {
  plan_of_approach: 'plan van aanpak',
  problem_analysis: 'probleemanalyse',
  cv: 'cv',
  agreement: 'overeenkomst',
  report: 'rapportage',
  other: 'overig',
};
const HEALTH_DOCUMENT_KINDS: Record<HealthDocumentKind, string> = {
  fml: 'FML',
  occupational_assessment: 'arbeidsdeskundig onderzoek',
  uwv_opinion: 'oordeel van UWV',
  other_health: 'overig medisch document',
};
const REQUEST_OUTCOMES: Record<string, string> = {
  granted: 'toegewezen',
  partially_granted: 'deels toegewezen',
  refused: 'afgewezen',
};
/** Codes that may appear as values in the special file's structure, in words. */
const VALUES: Record<string, string> = {
  normal: 'normaal',
  slightly_limited: 'licht beperkt',
  limited: 'beperkt',
  severely_limited: 'sterk beperkt',
  items: 'per item',
  rubriek_only: 'alleen per rubriek',
  company_doctor: 'bedrijfsarts',
  insurance_physician: 'verzekeringsarts (UWV)',
  suitable: 'passend',
  suitable_with_adjustments: 'passend met aanpassingen',
  not_suitable: 'niet passend',
  wia_decision: 'WIA-beslissing',
  loonsanctie: 'loonsanctie',
  expert_opinion: 'deskundigenoordeel',
  below_35: 'minder dan 35% arbeidsongeschikt',
  wga: 'WGA',
  iva: 'IVA',
  employer: 'werkgever',
  employee: 'werknemer',
};
/** Labels of the special file's fields; a field without one shows its own name. */
const LABELS: Record<string, string> = {
  firstSickDay: 'Eerste ziektedag',
  prognosis: 'Prognose',
  poortwachter: 'Poortwachter-tijdlijn',
  fml: 'Functionele Mogelijkhedenlijst (FML), per rubriek',
  fmlAssessments: 'Functionele Mogelijkhedenlijst (FML)',
  occupationalAssessments: 'Arbeidsdeskundige onderzoeken',
  uwvOpinions: 'Oordelen van UWV',
  adReports: 'Arbeidsdeskundige rapporten',
  uwvDecisions: 'Beslissingen van UWV',
  documents: 'Medische documenten',
  assessedOn: 'Datum',
  assessor: 'Opgesteld door',
  rubrieken: 'Rubrieken',
  notes: 'Toelichting',
  reportDate: 'Datum',
  conclusionOwnWork: 'Conclusie eigen werk',
  suitableWork: 'Passend werk',
  advice: 'Advies',
  opinionDate: 'Datum',
  outcome: 'Uitkomst',
  kind: 'Soort',
  filename: 'Bestandsnaam',
  recordedAt: 'Vastgelegd op',
  reportedOn: 'Datum rapport',
  report: 'Rapport',
  decision: 'Beslissing',
  ownWork: 'Eigen werk',
  verdict: 'Oordeel',
  gaps: 'Waar het werk meer vraagt dan u kunt',
  item: 'FML-item',
  demand: 'Wat het werk vraagt',
  spoor1: 'Spoor 1 (bij uw eigen werkgever)',
  spoor2: 'Spoor 2 (bij een andere werkgever)',
  indicated: 'Aangewezen',
  isco08: 'Beroep (ISCO-08)',
  hoursPerWeek: 'Uren per week',
  hoursPerDay: 'Uren per dag',
  adjustments: 'Aanpassingen',
  title: 'Functie',
  explanation: 'Toelichting',
  followUpOn: 'Vervolg op',
  fmlFormVersion: 'Versie FML',
  decidedOn: 'Besloten op',
  startsOn: 'Ingangsdatum',
  lossOfEarningCapacity: 'Mate van arbeidsongeschiktheid (%)',
  durable: 'Duurzaam',
  category: 'Categorie',
  weeks: 'Weken',
  reasons: 'Redenen',
  question: 'Vraag',
  requestedBy: 'Aangevraagd door',
  requestedOn: 'Aangevraagd op',
  expectedAnswerOn: 'Antwoord verwacht op',
  answeredOn: 'Beantwoord op',
  answer: 'Antwoord',
  documentId: 'Document',
  value: 'Waarde',
  unit: 'Eenheid',
};

const amsterdam = (value: string | null | undefined, withTime: boolean): string => {
  if (!value) return '—';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date);
};
const day = (value: string | null | undefined) => escapeHtml(amsterdam(value, false));
const moment = (value: string | null | undefined) => escapeHtml(amsterdam(value, true));
const label = (map: Record<string, string>, code: string | null | undefined) =>
  escapeHtml(code ? (map[code] ?? code) : '—');

function table(headers: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Any structured value (the special file's assessments), readable: lists, and fields with their labels. */
function anyValue(value: unknown, depth = 0): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return day(value);
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(VALUES, value))
    return escapeHtml(VALUES[value]);
  if (typeof value !== 'object') return escapeHtml(value);
  if (depth > 8) return escapeHtml(JSON.stringify(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return `<ul>${value.map((v) => `<li>${anyValue(v, depth + 1)}</li>`).join('')}</ul>`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([key]) => !['id', 'caseId', 'href', 'scope'].includes(key),
  );
  return `<dl>${entries
    .map(([key, v]) => `<dt>${escapeHtml(LABELS[key] ?? key)}</dt><dd>${anyValue(v, depth + 1)}</dd>`)
    .join('')}</dl>`;
}

function fileLink(files: ExportedFile[], documentId: string, filename: string): string {
  const file = files.find((f) => f.documentId === documentId);
  // Relative links into the package: they open the file next to this page once the ZIP is unpacked.
  const href = file?.path.split('/').map(encodeURIComponent).join('/');
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(filename)}</a>` : escapeHtml(filename);
}

function caseSection(item: ExportedCase, files: ExportedFile[]): string {
  const reference = escapeHtml(item.reference ?? item.id);
  const parts: string[] = [];
  parts.push(`<section><h2>Traject ${reference}</h2>`);
  parts.push(
    `<dl class="facts"><dt>Soort</dt><dd>${label(CASE_TYPES, item.type)}</dd><dt>Status</dt><dd>${label(
      CASE_STATUSES,
      item.status,
    )}</dd><dt>Opdrachtgever</dt><dd>${escapeHtml(item.organisationName ?? '—')}</dd><dt>Coach</dt><dd>${escapeHtml(
      item.coachName ?? '—',
    )}</dd><dt>Arbeidsdeskundige</dt><dd>${escapeHtml(item.labourExpertName ?? '—')}</dd><dt>Begonnen</dt><dd>${day(
      item.startDate,
    )}</dd><dt>Geëindigd</dt><dd>${day(item.endDate)}</dd></dl>`,
  );
  parts.push('<h3>Voortgangsrapportages</h3>');
  parts.push(
    item.progressReports.length === 0
      ? '<p class="empty">Er zijn (nog) geen definitieve rapportages.</p>'
      : item.progressReports
          .map((report) => {
            const r = report as unknown as Record<string, unknown>;
            return `<article><h4>${escapeHtml(r['title'] ?? 'Rapportage')}</h4><p class="meta">Periode ${day(
              r['periodStart'] as string,
            )} – ${day(r['periodEnd'] as string)}</p><div class="text">${escapeHtml(r['body'] ?? '')}</div></article>`;
          })
          .join('\n'),
  );
  parts.push('<h3>Samenvattingen voor uw werkgever</h3>');
  parts.push(
    '<p>Wat wij aan de opdrachtgever van uw traject hebben gegeven.</p>' +
      table(
        ['Aan', 'Periode', 'Samenvatting'],
        item.clientSummaries.map((s) => [
          escapeHtml(s.recipient),
          `${day(s.periodStart)} – ${day(s.periodEnd)}`,
          `<div class="text">${escapeHtml(s.clientSummary)}</div>`,
        ]),
        'Er is geen samenvatting aan uw werkgever gegeven.',
      ),
  );
  parts.push('<h3>Activiteiten</h3>');
  parts.push(
    table(
      ['Datum', 'Soort', 'Duur'],
      item.activities.map((a) => [
        day(a.occurredOn),
        label(ACTIVITY_KINDS, a.kind),
        a.durationMinutes === null ? '—' : `${escapeHtml(a.durationMinutes)} minuten`,
      ]),
      'Er zijn geen activiteiten vastgelegd.',
    ),
  );
  parts.push('<h3>Documenten</h3>');
  parts.push(
    table(
      ['Document', 'Soort', 'Grootte'],
      item.processDocuments.map((d) => [
        fileLink(files, d.id, d.filename),
        label(PROCESS_DOCUMENT_KINDS, d.kind),
        `${escapeHtml(Math.ceil(d.sizeBytes / 1024))} kB`,
      ]),
      'Er zijn geen documenten in uw procesdossier.',
    ),
  );
  const special = item.specialFile;
  if (special && special.scope === 'full') {
    parts.push('<h3>Uw medisch (bijzonder) dossier</h3>');
    parts.push(
      '<p>Gegevens over uw gezondheid en belastbaarheid. Wij bewaren ze apart van uw procesdossier en extra beveiligd.</p>',
    );
    parts.push(
      table(
        ['Document', 'Soort', 'Grootte'],
        special.documents.map((d) => [
          fileLink(files, d.id, d.filename),
          label(HEALTH_DOCUMENT_KINDS, d.kind),
          `${escapeHtml(Math.ceil(d.sizeBytes / 1024))} kB`,
        ]),
        'Er zijn geen medische documenten.',
      ),
    );
    const { documents: _documents, poortwachter: _poortwachter, fmlAssessments, ...rest } = special;
    // The FML in words, as a person reads it; every item and option stays in gegevens.json.
    if (fmlAssessments.length > 0) {
      parts.push('<h4>Functionele Mogelijkhedenlijst (FML): wat u kunt</h4>');
      for (const fml of fmlAssessments) {
        const capacities = coachCapacities(fml.assessment);
        const lines = capacities ? formatCoachCapacities(capacities, 'nl') : [];
        parts.push(`<p>FML van ${day(fml.assessedOn)}</p>`);
        parts.push(
          lines.length > 0
            ? `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
            : '<p class="empty">Geen beperkingen vastgelegd.</p>',
        );
      }
      parts.push('<p>Het volledige formulier, item voor item, staat in het bestand gegevens.json.</p>');
    }
    parts.push(`<div class="structured">${anyValue(rest)}</div>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function renderExportSummary(data: PersonalDataExport, files: ExportedFile[]): string {
  const p = data.personalia;
  const accessRows = data.accessLog.map((e) => [
    moment(e.at),
    e.byYou ? 'u zelf' : escapeHtml(e.actorName ?? 'onbekend'),
    label(ROLES, e.actorRole),
    escapeHtml(e.actorOrganisation ?? '—'),
    `${label(ACTIONS, e.action)} ${label(RESOURCES, e.resource)}`,
    escapeHtml(e.caseReference ?? '—'),
    label(PURPOSES, e.purpose),
    e.breakGlass ? '<strong>ja</strong>' : 'nee',
  ]);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Uw gegevens bij Spoor</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f5; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; } dd { margin: 0 0 .3rem 1rem; }
.text { white-space: pre-wrap; } .empty, .meta { color: #555; }
section { border-top: 2px solid #ddd; margin-top: 2rem; }
</style>
</head>
<body>
<h1>Uw gegevens bij Spoor</h1>
<p>Dit is een overzicht van alle gegevens die wij over u vastleggen, gemaakt op ${moment(data.exportedAt)}. U krijgt het op grond van uw recht op inzage en overdraagbaarheid (artikel 15 en 20 AVG).</p>
<p>In deze map vindt u ook <code>gegevens.json</code>: dezelfde gegevens in een vorm die een computer kan lezen, zodat u ze aan een andere organisatie kunt geven. De documenten zelf staan in de map <code>documenten</code>; bij elk document staat in <code>gegevens.json</code> een controlegetal (SHA-256).</p>

<section><h2>Uw persoonsgegevens</h2>
<dl class="facts"><dt>Voornaam</dt><dd>${escapeHtml(p.firstName)}</dd><dt>Achternaam</dt><dd>${escapeHtml(
    p.lastName,
  )}</dd><dt>Geboortedatum</dt><dd>${day(p.birthDate)}</dd><dt>Adres</dt><dd>${escapeHtml(
    p.address ?? '—',
  )}</dd><dt>E-mailadres</dt><dd>${escapeHtml(p.email ?? '—')}</dd><dt>Telefoonnummer</dt><dd>${escapeHtml(
    p.phone ?? '—',
  )}</dd></dl>
</section>

${data.cases.map((item) => caseSection(item, files)).join('\n')}

<section><h2>Wie uw gegevens heeft ingezien</h2>
<p>Elke keer dat iemand uw gegevens bekeek, wijzigde of downloadde, staat hieronder: wie (naam, rol en organisatie), wat, wanneer en waarom.</p>
${table(['Wanneer', 'Wie', 'Rol', 'Organisatie', 'Wat', 'Traject', 'Doel', 'Noodtoegang'], accessRows, 'Niemand heeft uw gegevens ingezien.')}
</section>

<section><h2>Verstrekkingen aan anderen</h2>
${table(
  ['Aan', 'Welke gegevens', 'Grondslag', 'Wanneer'],
  data.disclosures.map((d) => [
    escapeHtml(d.recipient),
    escapeHtml(d.fields.join(', ')),
    escapeHtml(d.legalBasis),
    moment(d.disclosedAt),
  ]),
  'Wij hebben geen gegevens van u aan anderen verstrekt.',
)}
</section>

<section><h2>Uw toestemmingen</h2>
${table(
  ['Waarvoor', 'Gegeven', 'Ingetrokken'],
  data.consents.map((c) => [escapeHtml(c.purpose), moment(c.givenAt), moment(c.withdrawnAt)]),
  'U hebt geen toestemmingen gegeven.',
)}
</section>

<section><h2>Uw privacyverzoeken</h2>
${table(
  ['Verzoek', 'Ontvangen', 'Uiterlijk', 'Afgehandeld', 'Uitkomst'],
  data.privacyRequests.map((r) => [
    label(REQUEST_TYPES, r.type),
    moment(r.receivedAt),
    moment(r.dueAt),
    moment(r.completedAt),
    label(REQUEST_OUTCOMES, r.outcome),
  ]),
  'U hebt geen privacyverzoeken ingediend.',
)}
</section>
</body>
</html>
`;
}
