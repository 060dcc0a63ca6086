import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CONSENT_PURPOSES,
  EXPORT_MANIFEST_SECTIONS,
  OBJECTION_PURPOSES,
  RETENTION_RULES,
  RETIRED_CONSENT_PURPOSES,
  type ExportManifestSection,
  type ProcessingActivity,
  type ProcessingRegister,
} from '@spoor/domain';
import { NoPersonalData } from '../access-log/access-log.decorator';
import { ROLE_PURPOSE } from '../access-log/access-log.service';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { Policy } from '../security/policy.decorator';
import { SURVEY_LEGAL_BASIS, SURVEY_RECIPIENT } from '../disclosures/disclosures.service';
import { ProcessingRegisterDto } from './dto/privacy-responses.dto';

/** The categories of personal data held about a person, as an export counts them (EXPORT_MANIFEST_SECTIONS). */
const CATEGORY_NAMES: Record<ExportManifestSection, string> = {
  personalia: 'personalia (naam, geboortedatum, adres)',
  cases: 'trajectgegevens (soort, status, data, opdrachtgever)',
  progressReports: 'voortgangsverslagen',
  clientSummaries: 'samenvattingen voor de opdrachtgever',
  activities: 'activiteiten (gesprekken, tests, sollicitaties)',
  processDocuments: 'documenten van het procesdossier (plan van aanpak, cv)',
  specialFile:
    'bijzonder dossier: eerste ziektedag, ziekteverloop (data), FML, AD-rapport, UWV-oordeel (gezondheidsgegevens)',
  healthDocuments: 'documenten van het bijzonder dossier (gezondheidsgegevens)',
  accessLog: 'toegangsregistratie (wie, wanneer, welke velden, doel)',
  disclosures: 'verstrekkingen aan derden (ontvanger, velden, grondslag)',
  consents: 'toestemmingen en hun intrekking',
  privacyRequests: 'verzoeken over eigen gegevens (AVG art. 15–21)',
};
const category = (section: ExportManifestSection) => CATEGORY_NAMES[section];

/**
 * What the register says about a consent purpose. A purpose added to CONSENT_PURPOSES without a description here
 * is still listed (with a generic line), so the register never silently leaves one out.
 */
const CONSENT_ACTIVITIES: Record<string, Omit<ProcessingActivity, 'purposes' | 'legalBasis'>> = {
  newsletter: {
    name: 'Nieuwsbrief',
    dataSubjects: ['deelnemers die toestemming gaven'],
    dataCategories: ['naam', 'e-mailadres'],
    recipients: [],
    retention: 'tot de toestemming wordt ingetrokken',
  },
};

/** Processing on legitimate interest that a person can object to (OBJECTION_PURPOSES). */
const OBJECTION_ACTIVITIES: Record<string, Omit<ProcessingActivity, 'purposes'>> = {
  satisfaction_survey: {
    name: 'Tevredenheidsonderzoek (keurmerk Blik op Werk)',
    legalBasis: SURVEY_LEGAL_BASIS,
    dataSubjects: ['deelnemers met een afgerond traject die geen bezwaar maakten'],
    dataCategories: ['naam', 'e-mailadres', 'telefoonnummer'],
    recipients: [SURVEY_RECIPIENT],
    retention: 'bij de verwerker: tot het onderzoek is afgerond',
  },
};

const years = (n: number) => `${n} jaar`;

/** The retired consent purposes in words (a register is read by people; a new retired purpose must be named). */
const RETIRED_PURPOSE_WORDS: Record<(typeof RETIRED_CONSENT_PURPOSES)[number], string> = {
  satisfaction_survey: 'tevredenheidsonderzoek',
  case_study: 'casusbeschrijving',
};

/**
 * The art. 30 register of processing activities, rendered from the same constants the code enforces: purposes
 * per role (access log), consent and objection purposes (libs/domain), retention rules (retention job) and the
 * access-log retention in force (SPOOR_ACCESS_LOG_RETENTION_YEARS), recipients (disclosures).
 */
export function processingRegister(config: Pick<AppConfig, 'accessLogRetentionYears'>): ProcessingRegister {
  const programme = `${years(RETENTION_RULES.programme.years)} na het einde van het traject (${RETENTION_RULES.programme.basis}); bij een juridische blokkade langer`;
  const consentActivities = CONSENT_PURPOSES.map(
    (purpose): ProcessingActivity => ({
      ...(CONSENT_ACTIVITIES[purpose] ?? {
        name: `Verwerking op basis van toestemming: ${purpose}`,
        dataSubjects: ['deelnemers die toestemming gaven'],
        dataCategories: ['personalia'],
        recipients: [],
        retention: 'tot de toestemming wordt ingetrokken',
      }),
      purposes: [purpose],
      legalBasis: 'toestemming (art. 6(1)(a) AVG), altijd in te trekken',
    }),
  );
  const objectionActivities = OBJECTION_PURPOSES.map(
    (purpose): ProcessingActivity => ({
      ...(OBJECTION_ACTIVITIES[purpose] ?? {
        name: `Verwerking op basis van gerechtvaardigd belang: ${purpose}`,
        legalBasis: 'gerechtvaardigd belang (art. 6(1)(f) AVG); bezwaar gehonoreerd',
        dataSubjects: ['deelnemers die geen bezwaar maakten'],
        dataCategories: ['personalia'],
        recipients: [],
        retention: 'tot bezwaar of het einde van de verwerking',
      }),
      purposes: [purpose],
    }),
  );
  return {
    controller:
      'Spoor re-integratie en loopbaanbegeleiding (verwerkingsverantwoordelijke); contact: de functionaris gegevensbescherming',
    activities: [
      {
        name: 'Re-integratie (spoor 1 en 2)',
        purposes: [ROLE_PURPOSE.coach, ROLE_PURPOSE.labour_expert, ROLE_PURPOSE.client],
        legalBasis:
          'wettelijke verplichting (art. 6(1)(c) AVG; Wet verbetering poortwachter); gezondheidsgegevens: art. 9(2)(b) AVG, art. 30 UAVG',
        dataSubjects: ['werknemers in een re-integratietraject (betrokkenen)'],
        dataCategories: (
          [
            'personalia',
            'cases',
            'progressReports',
            'clientSummaries',
            'activities',
            'processDocuments',
            'specialFile',
            'healthDocuments',
          ] as const
        ).map(category),
        recipients: ['opdrachtgever (werkgever): vrijgegeven samenvattingen', 'UWV (bij ziekmelding en WIA-aanvraag)'],
        retention: programme,
      },
      {
        name: 'Outplacement en loopbaancoaching',
        purposes: [ROLE_PURPOSE.coach, ROLE_PURPOSE.client],
        legalBasis: 'overeenkomst (art. 6(1)(b) AVG)',
        dataSubjects: ['deelnemers aan een traject'],
        dataCategories: (
          ['personalia', 'cases', 'progressReports', 'clientSummaries', 'activities', 'processDocuments'] as const
        ).map(category),
        recipients: ['opdrachtgever: vrijgegeven samenvattingen'],
        retention: programme,
      },
      ...objectionActivities,
      ...consentActivities,
      {
        name: 'Toestemmingen vastleggen en verantwoorden',
        purposes: ['consent_administration'],
        legalBasis: 'wettelijke verplichting (art. 6(1)(c) en art. 7(1) AVG: aantonen van toestemming)',
        dataSubjects: ['deelnemers die toestemming gaven of introkken'],
        dataCategories: [
          category('consents'),
          // Retired purposes are no longer processed; their stored consents stay as history only.
          `vroegere toestemmingsdoelen, alleen als geschiedenis bewaard: ${RETIRED_CONSENT_PURPOSES.map((purpose) => RETIRED_PURPOSE_WORDS[purpose]).join(', ')}`,
        ],
        recipients: [],
        retention: `zo lang als de verwerking waarvoor zij gold, daarna met het dossier (${years(RETENTION_RULES.programme.years)} na het traject)`,
      },
      {
        name: 'Afhandeling van verzoeken van betrokkenen (AVG art. 15–21)',
        purposes: ['data_subject_access', 'data_portability', 'rectification_request', ROLE_PURPOSE.privacy_officer],
        legalBasis: 'wettelijke verplichting (art. 6(1)(c) AVG; art. 12–22 AVG)',
        dataSubjects: ['betrokkenen die een verzoek indienen'],
        dataCategories: [category('privacyRequests'), category('personalia')],
        recipients: [],
        retention: programme,
      },
      {
        name: 'Bewaartermijnen en vernietiging',
        purposes: ['retention'],
        legalBasis: 'wettelijke verplichting (art. 5(1)(e) AVG: opslagbeperking)',
        dataSubjects: ['betrokkenen met een afgesloten traject'],
        dataCategories: (['cases', 'progressReports', 'processDocuments', 'specialFile'] as const).map(category),
        recipients: [],
        retention: programme,
      },
      {
        name: 'Facturatie en fiscale administratie',
        purposes: ['invoicing'],
        legalBasis: `wettelijke verplichting (art. 6(1)(c) AVG; ${RETENTION_RULES.fiscal.basis})`,
        dataSubjects: ['opdrachtgevers en hun contactpersonen', 'betrokkenen (alleen via de trajectreferentie)'],
        dataCategories: [
          'factuurgegevens: opdrachtgever, trajectreferentie en -soort, periode, bedragen',
          'geen gezondheidsgegevens en geen inhoud van het dossier',
        ],
        recipients: ['Belastingdienst (op verzoek, bij controle)', 'accountant'],
        retention: `${years(RETENTION_RULES.fiscal.years)} na het einde van het boekjaar (fiscale bewaarplicht, ${RETENTION_RULES.fiscal.basis}); de facturen staan in de financiële administratie, niet in Spoor`,
      },
      {
        name: 'Toegang en beheer van accounts',
        purposes: [ROLE_PURPOSE.admin, ROLE_PURPOSE.participant],
        legalBasis: 'wettelijke verplichting (art. 32 AVG: beveiliging)',
        dataSubjects: ['medewerkers', 'contactpersonen van opdrachtgevers', 'deelnemers met een portaalaccount'],
        dataCategories: ['naam', 'e-mailadres', 'rol', 'wachtwoord-hash', 'tweede factor (versleuteld)'],
        recipients: [],
        retention: 'zolang het account bestaat',
      },
      {
        name: 'Toegangsregistratie (NEN 7513)',
        purposes: [ROLE_PURPOSE.privacy_officer],
        legalBasis: 'wettelijke verplichting (art. 32 AVG)',
        dataSubjects: ['medewerkers', 'betrokkenen'],
        dataCategories: [category('accessLog')],
        recipients: [],
        retention: `${years(config.accessLogRetentionYears)} na de gebeurtenis (ingesteld met SPOOR_ACCESS_LOG_RETENTION_YEARS; ${RETENTION_RULES.accessLog.basis} adviseert ${years(RETENTION_RULES.accessLog.years)})`,
      },
      {
        name: 'Verstrekkingen aan derden vastleggen',
        purposes: ['disclosure_record'],
        legalBasis: 'wettelijke verplichting (art. 5(2) en art. 15(1)(c) AVG)',
        dataSubjects: ['betrokkenen van wie gegevens werden verstrekt'],
        dataCategories: [category('disclosures')],
        recipients: [],
        retention: programme,
      },
    ],
    dataCategories: EXPORT_MANIFEST_SECTIONS.map(category),
    securityMeasures: [
      'versleuteling per persoon (AES-256-GCM, envelop-sleutels, aparte sleutelring voor het bijzonder dossier)',
      'scheiding van bijzonder dossier in een eigen databaseschema met een eigen databaserol',
      'tweestapsverificatie voor medewerkers; sessies op de server; CSRF-bescherming; beperking van inlogpogingen',
      'rolgebaseerde toegang (CASL), afgedwongen in SQL; 404 voor gegevens buiten bereik',
      'onveranderlijk, verzegeld toegangslog; noodtoegang met reden en controle door de FG',
      'crypto-shredding bij wissen; bewaartermijnen automatisch bewaakt',
    ],
  };
}

@ApiTags('privacy')
@Controller('privacy')
export class RegisterController {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  @Get('register')
  @Policy('read', 'AccessLog')
  @NoPersonalData('describes processing activities, not people')
  @ApiOkResponse({ type: ProcessingRegisterDto, description: 'The register of processing activities (art. 30 AVG)' })
  register(): ProcessingRegister {
    return processingRegister(this.config);
  }
}
