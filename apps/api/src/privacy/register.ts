import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RETENTION_RULES } from '@spoor/domain';
import { NoPersonalData } from '../access-log/access-log.decorator';
import { ROLE_PURPOSE } from '../access-log/access-log.service';
import { Policy } from '../security/policy.decorator';
import { SURVEY_LEGAL_BASIS, SURVEY_RECIPIENT } from '../disclosures/disclosures.service';
import { ProcessingRegisterDto } from './dto/privacy-responses.dto';

/**
 * The art. 30 register of processing activities, rendered from the same constants the code enforces:
 * purposes per role (access log), retention rules (retention job), recipients (disclosures).
 */
export function processingRegister() {
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
        dataCategories: [
          'personalia',
          'contactgegevens',
          'voortgangsverslagen',
          'activiteiten',
          'bijzonder dossier: eerste ziektedag, FML, AD-rapport, UWV-oordeel (gezondheidsgegevens)',
        ],
        recipients: ['opdrachtgever (werkgever): vrijgegeven samenvattingen', 'UWV (bij ziekmelding en WIA-aanvraag)'],
        retention: `${RETENTION_RULES.programme.years} jaar na ${RETENTION_RULES.programme.from}`,
      },
      {
        name: 'Outplacement en loopbaancoaching',
        purposes: [ROLE_PURPOSE.coach, ROLE_PURPOSE.client],
        legalBasis: 'overeenkomst (art. 6(1)(b) AVG)',
        dataSubjects: ['deelnemers aan een traject'],
        dataCategories: ['personalia', 'contactgegevens', 'voortgangsverslagen', 'activiteiten'],
        recipients: ['opdrachtgever: vrijgegeven samenvattingen'],
        retention: `${RETENTION_RULES.programme.years} jaar na ${RETENTION_RULES.programme.from}`,
      },
      {
        name: 'Tevredenheidsonderzoek',
        purposes: ['satisfaction_survey'],
        legalBasis: SURVEY_LEGAL_BASIS,
        dataSubjects: ['deelnemers met een afgerond traject die geen bezwaar maakten'],
        dataCategories: ['naam', 'e-mail', 'telefoon'],
        recipients: [SURVEY_RECIPIENT],
        retention: 'bij de verwerker: tot het onderzoek is afgerond',
      },
      {
        name: 'Toegangsregistratie (NEN 7513)',
        purposes: ['privacy_oversight'],
        legalBasis: 'wettelijke verplichting (art. 32 AVG)',
        dataSubjects: ['medewerkers', 'betrokkenen'],
        dataCategories: ['wie, wanneer, welke gegevens (veldnamen), doel, uitkomst'],
        recipients: [],
        retention: `${RETENTION_RULES.accessLog.years} jaar`,
      },
    ],
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
  @Get('register')
  @Policy('read', 'AccessLog')
  @NoPersonalData('describes processing activities, not people')
  @ApiOkResponse({ type: ProcessingRegisterDto, description: 'The register of processing activities (art. 30 AVG)' })
  register() {
    return processingRegister();
  }
}
