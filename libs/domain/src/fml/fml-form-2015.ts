import { FML_RUBRIEKEN, type FmlRubriekNumber } from '../fml';

/**
 * The FML (Functionele Mogelijkhedenlijst) as the form the company doctor (bedrijfsarts) or UWV insurance
 * physician (verzekeringsarts) fills in: six rubrieken, each with numbered items, each item with its own answer
 * options. One definition, shared by API validation, the labour expert's form and the coach's capacities.
 *
 * Item list, numbering and scales: the current UWV FML as carried by a public report template (see README.md,
 * "Sources"). Labels are short paraphrases of the form's wording, not the official text; the English is ours.
 * A later revision of the form gets its own definition and version tag, so stored assessments keep theirs.
 */
export const FML_FORM_VERSIONS = ['fml-2015'] as const;
export type FmlFormVersion = (typeof FML_FORM_VERSIONS)[number];

/** The grade of an answer and of a rubriek: normaal, licht beperkt, beperkt, sterk beperkt. */
export const FML_GRADES = ['normal', 'slightly_limited', 'limited', 'severely_limited'] as const;
export type FmlGrade = (typeof FML_GRADES)[number];

export const FML_GRADE_LABELS: Readonly<Record<FmlGrade, LocalText>> = {
  normal: { nl: 'normaal', en: 'normal' },
  slightly_limited: { nl: 'licht beperkt', en: 'slightly limited' },
  limited: { nl: 'beperkt', en: 'limited' },
  severely_limited: { nl: 'sterk beperkt', en: 'severely limited' },
};

export interface LocalText {
  nl: string;
  en: string;
}

/** What a numeric limit on the form counts. */
export const FML_UNITS = [
  'kg',
  'newton',
  'cm',
  'degrees',
  'minutes_at_a_time',
  'hours_per_workday',
  'times_per_hour',
  'hours_per_day',
  'hours_per_week',
] as const;
export type FmlUnit = (typeof FML_UNITS)[number];

/** A number the form attaches to an option: "kan ongeveer 10 kg tillen" is { value: 10, unit: 'kg', bound: 'about' }. */
export interface FmlLimit {
  value: number;
  unit: FmlUnit;
  bound: 'about' | 'at_least' | 'less_than';
}

export interface FmlOptionDefinition {
  /** The number the form prints before the option (0 is the reference value, "Norm." or "Nee"). */
  value: number;
  /** null for the items that record a fact rather than a limitation (dominance, side of the limitations). */
  grade: FmlGrade | null;
  label: LocalText;
  /** The form asks for words ("namelijk: …"): only then may the answer carry a specification. */
  specify: boolean;
  limit?: FmlLimit;
}

export interface FmlItemDefinition {
  /** Rubriek number and position, e.g. "4.13" (tillen). */
  code: string;
  rubriek: FmlRubriekNumber;
  key: string;
  label: LocalText;
  /**
   * single: exactly one option. multiple: option 0 alone, or any number of the specific conditions
   * ("beperkt: …", "ja: aangewezen op …") that apply together.
   */
  choice: 'single' | 'multiple';
  options: readonly FmlOptionDefinition[];
}

export interface FmlRubriekDefinition {
  number: FmlRubriekNumber;
  roman: 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';
  label: LocalText;
  items: readonly FmlItemDefinition[];
}

export interface FmlFormDefinition {
  version: FmlFormVersion;
  rubrieken: readonly FmlRubriekDefinition[];
}

// ——— compact builders for the data below ———

const text = (nl: string, en: string): LocalText => ({ nl, en });
const about = (value: number, unit: FmlUnit): FmlLimit => ({ value, unit, bound: 'about' });
const atLeast = (value: number, unit: FmlUnit): FmlLimit => ({ value, unit, bound: 'at_least' });
const lessThan = (value: number, unit: FmlUnit): FmlLimit => ({ value, unit, bound: 'less_than' });

function option(
  value: number,
  grade: FmlGrade | null,
  nl: string,
  en: string,
  extra: { specify?: boolean; limit?: FmlLimit } = {},
): FmlOptionDefinition {
  return {
    value,
    grade,
    label: text(nl, en),
    specify: extra.specify ?? false,
    ...(extra.limit ? { limit: extra.limit } : {}),
  };
}

const NORMAL = option(0, 'normal', 'Geen specifieke beperkingen', 'No specific limitations');
const NAMELY = option(1, 'limited', 'Beperkt, namelijk …', 'Limited, namely …', { specify: true });

function item(
  code: string,
  key: string,
  label: LocalText,
  options: readonly FmlOptionDefinition[],
  choice: 'single' | 'multiple' = 'single',
): FmlItemDefinition {
  const rubriek = Number(code.split('.')[0]) as FmlRubriekNumber;
  return { code, rubriek, key, label, choice, options };
}

/** "0 Norm. / 1 Beperkt, namelijk …": the two-level items with a specification. */
const namely = (code: string, key: string, nl: string, en: string): FmlItemDefinition =>
  item(code, key, text(nl, en), [NORMAL, NAMELY]);

/** Items scored in hours of the working day ("merendeel / ca. 4 uur / ca. 1 uur / minder dan een half uur"). */
function partOfWorkday(code: string, key: string, label: LocalText): FmlItemDefinition {
  return item(code, key, label, [
    option(0, 'normal', 'Zo nodig het merendeel van de werkdag', 'Most of the working day if need be'),
    option(1, 'slightly_limited', 'Ca. de helft van de werkdag', 'About half the working day', {
      limit: about(4, 'hours_per_workday'),
    }),
    option(2, 'limited', 'Ca. 1 uur per werkdag', 'About 1 hour per working day', {
      limit: about(1, 'hours_per_workday'),
    }),
    option(3, 'severely_limited', 'Minder dan een half uur per werkdag', 'Less than half an hour per working day', {
      limit: lessThan(0.5, 'hours_per_workday'),
    }),
  ]);
}

/** Four steps of the same quantity: normaal, licht beperkt, beperkt, sterk beperkt. */
function fourSteps(
  code: string,
  key: string,
  label: LocalText,
  unit: FmlUnit,
  values: readonly [number, number, number, number],
  lastBound: 'about' | 'less_than' = 'about',
): FmlItemDefinition {
  const [normal, slightly, limited, severely] = values;
  const words = (value: number, bound: 'about' | 'less_than') => {
    const nlUnit = UNIT_WORDS[unit].nl;
    const enUnit = UNIT_WORDS[unit].en;
    return bound === 'about'
      ? text(`Ca. ${value} ${nlUnit}`, `About ${value} ${enUnit}`)
      : text(`Minder dan ${value} ${nlUnit}`, `Less than ${value} ${enUnit}`);
  };
  const step = (value: number, grade: FmlGrade, n: number, bound: 'about' | 'less_than' = 'about') => {
    const label = words(value, bound);
    return option(n, grade, label.nl, label.en, { limit: { value, unit, bound } });
  };
  return item(code, key, label, [
    step(normal, 'normal', 0),
    step(slightly, 'slightly_limited', 1),
    step(limited, 'limited', 2),
    step(severely, 'severely_limited', 3, lastBound),
  ]);
}

/** How a unit reads after a number, in the definition's own labels and in the coach's lines. */
export const UNIT_WORDS: Readonly<Record<FmlUnit, LocalText>> = {
  kg: text('kg', 'kg'),
  newton: text('N', 'N'),
  cm: text('cm', 'cm'),
  degrees: text('graden', 'degrees'),
  minutes_at_a_time: text('minuten achtereen', 'minutes at a time'),
  hours_per_workday: text('uur per werkdag', 'hours per working day'),
  times_per_hour: text('keer per uur', 'times per hour'),
  hours_per_day: text('uur per dag', 'hours per day'),
  hours_per_week: text('uur per week', 'hours per week'),
};

// ——— the form ———

const PERSONAL: FmlRubriekDefinition = {
  number: 1,
  roman: 'I',
  label: fmlRubriekLabel(1),
  items: [
    item('1.1', 'attention_focus', text('Vasthouden van de aandacht (concentreren)', 'Sustaining attention'), [
      option(0, 'normal', 'Ten minste een half uur op één bron', 'At least half an hour on one source', {
        limit: atLeast(30, 'minutes_at_a_time'),
      }),
      option(1, 'limited', 'Niet langer dan een half uur', 'No longer than half an hour', {
        limit: about(30, 'minutes_at_a_time'),
      }),
      option(2, 'severely_limited', 'Niet langer dan 5 minuten', 'No longer than 5 minutes', {
        limit: about(5, 'minutes_at_a_time'),
      }),
    ]),
    item('1.2', 'attention_division', text('Verdelen van de aandacht', 'Dividing attention'), [
      option(0, 'normal', 'Meerdere uiteenlopende bronnen (verkeer)', 'Several diverse sources (traffic)'),
      option(
        1,
        'limited',
        'Een beperkt aantal bronnen (openbaar vervoer)',
        'A limited number of sources (public transport)',
      ),
      option(2, 'severely_limited', 'Niet of nauwelijks', 'Hardly or not at all'),
    ]),
    item('1.3', 'remembering', text('Herinneren', 'Remembering'), [
      option(0, 'normal', 'Herinnert zich relevante zaken tijdig', 'Recalls relevant matters in time'),
      option(1, 'limited', 'Heeft geheugensteun op schrift nodig', 'Needs written reminders'),
      option(
        2,
        'severely_limited',
        'Onthoudt alledaagse gegevens niet, ook niet met hulpmiddelen',
        'Cannot recall everyday facts, even with aids',
      ),
    ]),
    item('1.4', 'insight', text('Inzicht in eigen kunnen', 'Insight into own abilities'), [
      option(0, 'normal', 'Schat eigen mogelijkheden realistisch in', 'Assesses own abilities realistically'),
      option(1, 'limited', 'Overschat eigen mogelijkheden ernstig', 'Seriously overestimates own abilities'),
      option(2, 'limited', 'Overschat eigen beperkingen ernstig', 'Seriously overestimates own limitations'),
    ]),
    item(
      '1.5',
      'purposeful_action',
      text('Doelmatig handelen', 'Purposeful action'),
      [
        NORMAL,
        option(1, 'limited', 'Start activiteiten niet tijdig', 'Does not start activities in time'),
        option(2, 'limited', 'Geen logische volgorde', 'No logical order'),
        option(3, 'limited', 'Controleert het verloop niet', 'Does not monitor progress'),
        option(
          4,
          'limited',
          'Stopt niet als het doel (niet) bereikt is',
          'Does not stop when the goal is (not) reached',
        ),
        option(5, 'limited', 'Anderszins beperkt, namelijk …', 'Otherwise limited, namely …', { specify: true }),
      ],
      'multiple',
    ),
    item(
      '1.6',
      'independent_action',
      text('Zelfstandig handelen', 'Acting independently'),
      [
        NORMAL,
        option(1, 'limited', 'Neemt geen initiatief', 'Takes no initiative'),
        option(2, 'limited', 'Stelt zichzelf geen doelen', 'Sets no goals'),
        option(3, 'limited', 'Bedenkt geen oplossingsvarianten', 'Devises no alternative solutions'),
        option(4, 'limited', 'Kiest niet zelf de aanpak', 'Does not choose the approach'),
        option(5, 'limited', 'Ziet niet wanneer de aanpak tekortschiet', 'Does not see when the approach falls short'),
        option(6, 'limited', 'Kiest dan geen andere aanpak', 'Then chooses no other approach'),
        option(7, 'limited', 'Gaat niet door tot het doel bereikt is', 'Does not persist until the goal is reached'),
        option(8, 'limited', 'Vraagt niet tijdig hulp', 'Does not ask for help in time'),
        option(9, 'limited', 'Anderszins beperkt, namelijk …', 'Otherwise limited, namely …', { specify: true }),
      ],
      'multiple',
    ),
    item('1.7', 'pace', text('Handelingstempo', 'Pace of work'), [
      NORMAL,
      option(1, 'limited', 'Aanmerkelijk vertraagd', 'Markedly slowed'),
    ]),
    item(
      '1.8',
      'personal_conditions',
      text('Specifieke voorwaarden voor het persoonlijk functioneren', 'Specific conditions for personal functioning'),
      [
        option(0, 'normal', 'Geen specifieke voorwaarden', 'No specific conditions'),
        option(1, 'limited', 'Werk zonder afleiding door anderen', 'Work without distraction by others', {
          specify: true,
        }),
        option(2, 'limited', 'Een voorspelbare werksituatie', 'A predictable work situation', { specify: true }),
        option(3, 'limited', 'Zonder veelvuldige storingen of onderbrekingen', 'Without frequent disruptions', {
          specify: true,
        }),
        option(4, 'limited', 'Zonder veelvuldige deadlines of productiepieken', 'Without frequent deadlines or peaks', {
          specify: true,
        }),
        option(5, 'limited', 'Geen hoog handelingstempo', 'No high pace of work', { specify: true }),
        option(6, 'limited', 'Geen verhoogd persoonlijk risico', 'No increased personal risk', { specify: true }),
        option(7, 'limited', 'Overige voorwaarden, namelijk …', 'Other conditions, namely …', { specify: true }),
      ],
      'multiple',
    ),
    item('1.9', 'autonomy', text('Mate van zelfstandigheid', 'Degree of autonomy'), [
      NORMAL,
      option(1, 'limited', 'Aangewezen op vaste of bekende werkwijzen', 'Needs fixed or familiar methods'),
      option(
        2,
        'severely_limited',
        'Aangewezen op volledig voorgestructureerd werk',
        'Needs fully pre-structured work',
      ),
    ]),
  ],
};

const SOCIAL: FmlRubriekDefinition = {
  number: 2,
  roman: 'II',
  label: fmlRubriekLabel(2),
  items: [
    namely('2.1', 'seeing', 'Zien', 'Seeing'),
    namely('2.2', 'hearing', 'Horen', 'Hearing'),
    namely('2.3', 'speaking', 'Spreken', 'Speaking'),
    namely('2.4', 'writing', 'Schrijven', 'Writing'),
    namely('2.5', 'reading', 'Lezen', 'Reading'),
    item(
      '2.6',
      'others_emotions',
      text('Emotionele problemen van anderen hanteren', "Handling others' emotional problems"),
      [
        option(0, 'normal', 'Leeft zich in en kan afstand nemen', 'Empathises and can keep distance'),
        option(
          1,
          'limited',
          'Trekt het zich erg aan; afstand in gedrag, niet in beleving',
          'Takes it to heart; distance in behaviour only',
        ),
        option(
          2,
          'limited',
          'Trekt het zich onvoldoende aan; kan wel enigszins bijstaan',
          'Too little concern; can support somewhat',
        ),
        option(
          3,
          'severely_limited',
          'Trekt het zich erg aan; kan geen afstand nemen',
          'Takes it to heart; cannot keep distance',
        ),
        option(4, 'severely_limited', 'Kan zich niet inleven en niet bijstaan', 'Cannot empathise or support'),
      ],
    ),
    item('2.7', 'expressing_feelings', text('Eigen gevoelens uiten', 'Expressing own feelings'), [
      option(0, 'normal', 'Uit gevoelens duidelijk en acceptabel', 'Expresses feelings clearly and acceptably'),
      option(1, 'limited', 'Blokkeert bij het uiten van gevoelens', 'Blocks when expressing feelings', {
        specify: true,
      }),
      option(2, 'limited', 'Onduidelijke of onvoorspelbare gevoelsuitingen', 'Unclear or unpredictable expression', {
        specify: true,
      }),
      option(3, 'limited', 'Uit gevoelens ongeremd', 'Expresses feelings uncontrolled', { specify: true }),
    ]),
    item('2.8', 'conflicts', text('Omgaan met conflicten', 'Handling conflicts'), [
      NORMAL,
      option(1, 'limited', 'Alleen telefonisch of schriftelijk', 'Only by phone or in writing'),
      option(2, 'severely_limited', 'Kan geen conflicten hanteren', 'Cannot handle conflicts'),
    ]),
    item('2.9', 'cooperation', text('Samenwerken', 'Working together'), [
      option(0, 'normal', 'Kan in teamverband werken', 'Can work in a team'),
      option(1, 'limited', 'Met een eigen, afgebakende deeltaak', 'With an own, delimited subtask'),
      option(2, 'severely_limited', 'Kan niet samenwerken', 'Cannot work together'),
    ]),
    item('2.10', 'commuting', text('Vervoer', 'Travel'), [
      option(0, 'normal', 'Reist zelfstandig', 'Travels independently'),
      option(1, 'limited', 'Kan niet zelfstandig reizen, namelijk …', 'Cannot travel independently, namely …', {
        specify: true,
      }),
    ]),
    item('2.11', 'driving_for_work', text('Beroepsmatig vervoer', 'Driving for work'), [
      NORMAL,
      option(
        1,
        'limited',
        'Kan niet of beperkt een voertuig besturen, namelijk …',
        'Cannot or can hardly drive, namely …',
        {
          specify: true,
        },
      ),
    ]),
    item(
      '2.12',
      'social_conditions',
      text('Specifieke voorwaarden voor het sociaal functioneren', 'Specific conditions for social functioning'),
      [
        option(0, 'normal', 'Geen specifieke voorwaarden', 'No specific conditions'),
        option(1, 'limited', 'Weinig of geen direct klantcontact', 'Little or no direct customer contact', {
          specify: true,
        }),
        option(
          2,
          'limited',
          'Weinig of geen contact met patiënten of hulpbehoevenden',
          'Little or no contact with patients',
          {
            specify: true,
          },
        ),
        option(
          3,
          'limited',
          'Kan terugvallen op collega’s (geen solitaire functie)',
          'Can fall back on colleagues (not solitary)',
        ),
        option(4, 'limited', 'Geen direct contact met collega’s vereist', 'No direct contact with colleagues required'),
        option(5, 'limited', 'Geen leidinggevende aspecten', 'No supervisory tasks', { specify: true }),
        option(6, 'limited', 'Overige voorwaarden, namelijk …', 'Other conditions, namely …', { specify: true }),
      ],
      'multiple',
    ),
  ],
};

const ENVIRONMENT: FmlRubriekDefinition = {
  number: 3,
  roman: 'III',
  label: fmlRubriekLabel(3),
  items: [
    item(
      '3.1',
      'temperature',
      text('Temperatuur', 'Temperature'),
      [
        NORMAL,
        option(1, 'limited', 'Hitte (> 35 °C) beperkt', 'Heat (> 35 °C) limited'),
        option(2, 'limited', 'Koude (< -15 °C) beperkt', 'Cold (< -15 °C) limited'),
      ],
      'multiple',
    ),
    namely('3.2', 'draught', 'Tocht', 'Draught'),
    namely('3.3', 'skin_contact', 'Huidcontact', 'Skin contact'),
    namely('3.4', 'protective_equipment', 'Beschermende middelen', 'Protective equipment'),
    namely('3.5', 'dust_smoke_gases', 'Stof, rook, gassen en/of dampen', 'Dust, smoke, gases or vapours'),
    namely('3.6', 'noise', 'Geluidsbelasting', 'Noise'),
    namely('3.7', 'vibration', 'Trillingsbelasting', 'Vibration'),
    item(
      '3.8',
      'other_physical_adaptation',
      text('Overige beperkingen van fysieke aanpassing', 'Other limitations in physical adaptation'),
      [
        NORMAL,
        option(1, 'limited', 'Allergie', 'Allergy', { specify: true }),
        option(2, 'limited', 'Verhoogde vatbaarheid voor infecties', 'Increased susceptibility to infection', {
          specify: true,
        }),
        option(3, 'limited', 'Verzwakte huidbarrière', 'Weakened skin barrier', { specify: true }),
        option(4, 'limited', 'Andere beperkingen, te weten …', 'Other limitations, namely …', { specify: true }),
      ],
      'multiple',
    ),
  ],
};

const DYNAMIC: FmlRubriekDefinition = {
  number: 4,
  roman: 'IV',
  label: fmlRubriekLabel(4),
  items: [
    item('4.1', 'dominance', text('Dominantie', 'Hand dominance'), [
      option(0, null, 'Niet van toepassing', 'Not applicable'),
      option(1, null, 'Rechts', 'Right'),
      option(2, null, 'Links', 'Left'),
    ]),
    item('4.2', 'side_of_limitations', text('Lokalisatie beperkingen', 'Side of the limitations'), [
      option(0, null, 'Niet van toepassing', 'Not applicable'),
      option(1, null, 'Rechts', 'Right'),
      option(2, null, 'Links', 'Left'),
      option(3, null, 'Tweezijdig', 'Both sides'),
    ]),
    item(
      '4.3',
      'hands_and_fingers',
      text('Hand- en vingergebruik', 'Use of hands and fingers'),
      [
        NORMAL,
        option(1, 'limited', 'Bolgreep', 'Spherical grip', { specify: true }),
        option(2, 'limited', 'Pengreep', 'Pen grip', { specify: true }),
        option(3, 'limited', 'Pincetgreep', 'Pinch grip', { specify: true }),
        option(4, 'limited', 'Sleutelgreep', 'Key grip', { specify: true }),
        option(5, 'limited', 'Cilindergreep', 'Cylinder grip', { specify: true }),
        option(6, 'limited', 'Knijp-/grijpkracht', 'Grip strength', { specify: true }),
        option(7, 'limited', 'Fijne hand-/vingerbewegingen', 'Fine hand and finger movements', { specify: true }),
        option(8, 'limited', 'Repetitieve hand-/vingerbewegingen', 'Repetitive hand and finger movements', {
          specify: true,
        }),
        option(9, 'limited', 'Toetsenbord en muis', 'Keyboard and mouse', { specify: true }),
      ],
      'multiple',
    ),
    partOfWorkday('4.4', 'keyboard_and_mouse', text('Werken met toetsenbord en/of muis', 'Keyboard and mouse work')),
    namely('4.5', 'touch', 'Tastzin', 'Sense of touch'),
    namely('4.6', 'screwing_movements', 'Schroefbewegingen met hand en arm', 'Screwing movements of hand and arm'),
    item('4.7', 'reaching', text('Reiken', 'Reaching'), [
      option(0, 'normal', 'Reikafstand 70 cm', 'Reach 70 cm', { limit: about(70, 'cm') }),
      option(1, 'slightly_limited', 'Reikafstand 60 cm', 'Reach 60 cm', { limit: about(60, 'cm') }),
      option(2, 'limited', 'Reikafstand 50 cm', 'Reach 50 cm', { limit: about(50, 'cm') }),
    ]),
    item('4.8', 'frequent_reaching', text('Frequent reiken tijdens het werk', 'Frequent reaching at work'), [
      option(0, 'normal', 'Ca. 1200 keer per uur', 'About 1200 times per hour', {
        limit: about(1200, 'times_per_hour'),
      }),
      option(1, 'limited', 'Ca. 600 keer per uur', 'About 600 times per hour', { limit: about(600, 'times_per_hour') }),
      option(2, 'severely_limited', 'Ca. 300 keer per uur', 'About 300 times per hour', {
        limit: about(300, 'times_per_hour'),
      }),
    ]),
    item('4.9', 'bending', text('Buigen', 'Bending'), [
      option(0, 'normal', 'Ca. 90 graden', 'About 90 degrees', { limit: about(90, 'degrees') }),
      option(1, 'limited', 'Ca. 60 graden', 'About 60 degrees', { limit: about(60, 'degrees') }),
      option(2, 'severely_limited', 'Ca. 45 graden', 'About 45 degrees', { limit: about(45, 'degrees') }),
    ]),
    fourSteps(
      '4.10',
      'frequent_bending',
      text('Frequent buigen tijdens het werk', 'Frequent bending at work'),
      'times_per_hour',
      [600, 300, 150, 50],
    ),
    item('4.11', 'trunk_rotation', text('Torderen', 'Twisting the trunk'), [
      option(0, 'normal', 'Romp ten minste 45 graden draaien', 'Turns the trunk at least 45 degrees', {
        limit: atLeast(45, 'degrees'),
      }),
      NAMELY,
    ]),
    item('4.12', 'pushing_pulling', text('Duwen of trekken', 'Pushing or pulling'), [
      option(0, 'normal', 'Ca. 250 N', 'About 250 N', { limit: about(250, 'newton') }),
      option(1, 'limited', 'Ca. 150 N', 'About 150 N', { limit: about(150, 'newton') }),
      option(2, 'severely_limited', 'Ca. 100 N', 'About 100 N', { limit: about(100, 'newton') }),
    ]),
    fourSteps('4.13', 'lifting', text('Tillen', 'Lifting'), 'kg', [15, 10, 5, 2]),
    fourSteps('4.14', 'carrying', text('Dragen', 'Carrying'), 'kg', [15, 10, 5, 2]),
    item('4.15', 'head_movements', text('Hoofdbewegingen maken', 'Moving the head'), [
      option(0, 'normal', 'Ongehinderd', 'Unhindered'),
      option(1, 'limited', 'Beperkt, namelijk …', 'Limited, namely …', { specify: true }),
      option(2, 'severely_limited', 'Niet of nauwelijks, namelijk …', 'Hardly or not at all, namely …', {
        specify: true,
      }),
    ]),
    fourSteps('4.16', 'walking', text('Lopen', 'Walking'), 'minutes_at_a_time', [60, 30, 15, 5], 'less_than'),
    partOfWorkday('4.17', 'walking_at_work', text('Lopen tijdens het werk', 'Walking at work')),
    item('4.18', 'stairs', text('Trappenlopen', 'Climbing stairs'), [
      option(0, 'normal', 'Twee trappen op en af', 'Two flights up and down'),
      option(1, 'slightly_limited', 'Eén trap op en af', 'One flight up and down'),
      option(2, 'limited', 'Eén trap op óf af', 'One flight up or down'),
      option(3, 'severely_limited', 'Alleen een bordestrapje', 'Only a few steps'),
    ]),
    item('4.19', 'climbing', text('Klimmen', 'Climbing'), [
      option(0, 'normal', 'Een ladder op en af', 'Up and down a ladder'),
      option(1, 'slightly_limited', 'Een huishoudtrap op en af', 'Up and down household steps'),
      option(2, 'limited', 'Een opstapje op en af', 'Up and down a single step'),
      option(3, 'severely_limited', 'Geen opstap', 'No step at all'),
    ]),
    item('4.20', 'kneeling_squatting', text('Knielen en/of hurken', 'Kneeling or squatting'), [
      option(0, 'normal', '10 keer per uur', '10 times per hour', { limit: about(10, 'times_per_hour') }),
      option(1, 'slightly_limited', 'Hooguit 5 keer per uur', 'At most 5 times per hour', {
        limit: about(5, 'times_per_hour'),
      }),
      option(2, 'limited', 'Hooguit 2 keer per uur', 'At most 2 times per hour', { limit: about(2, 'times_per_hour') }),
      option(3, 'severely_limited', 'Niet of nauwelijks', 'Hardly or not at all'),
    ]),
    namely(
      '4.21',
      'other_dynamic',
      'Overige beperkingen van dynamisch handelen',
      'Other limitations in dynamic actions',
    ),
  ],
};

const STATIC: FmlRubriekDefinition = {
  number: 5,
  roman: 'V',
  label: fmlRubriekLabel(5),
  items: [
    fourSteps('5.1', 'sitting', text('Zitten', 'Sitting'), 'minutes_at_a_time', [120, 60, 30, 15], 'less_than'),
    item('5.2', 'sitting_at_work', text('Zitten tijdens het werk', 'Sitting at work'), [
      option(0, 'normal', 'Vrijwel de gehele werkdag', 'Nearly the whole working day'),
      option(
        1,
        'slightly_limited',
        'Het grootste deel van de werkdag (tot 8 uur)',
        'Most of the working day (up to 8 hours)',
        {
          limit: about(8, 'hours_per_workday'),
        },
      ),
      option(2, 'limited', 'Ca. de helft van de werkdag', 'About half the working day', {
        limit: about(4, 'hours_per_workday'),
      }),
      option(3, 'severely_limited', 'Minder dan 4 uur per werkdag', 'Less than 4 hours per working day', {
        limit: lessThan(4, 'hours_per_workday'),
      }),
    ]),
    fourSteps('5.3', 'standing', text('Staan', 'Standing'), 'minutes_at_a_time', [60, 30, 15, 5], 'less_than'),
    partOfWorkday('5.4', 'standing_at_work', text('Staan tijdens het werk', 'Standing at work')),
    item('5.5', 'kneeling_active', text('Geknield of gehurkt actief zijn', 'Working kneeling or squatting'), [
      option(0, 'normal', 'Ten minste 5 minuten achtereen', 'At least 5 minutes at a time', {
        limit: atLeast(5, 'minutes_at_a_time'),
      }),
      option(1, 'limited', 'Minder dan 5 minuten, te weten …', 'Less than 5 minutes, namely …', {
        specify: true,
        limit: lessThan(5, 'minutes_at_a_time'),
      }),
    ]),
    item('5.6', 'bent_active', text('Gebogen en/of getordeerd actief zijn', 'Working bent or twisted'), [
      option(0, 'normal', '5 minuten of meer achtereen', '5 minutes or more at a time', {
        limit: atLeast(5, 'minutes_at_a_time'),
      }),
      option(1, 'limited', 'Tot 5 minuten achtereen', 'Up to 5 minutes at a time', {
        limit: about(5, 'minutes_at_a_time'),
      }),
      option(2, 'severely_limited', 'Tot 2 minuten achtereen', 'Up to 2 minutes at a time', {
        limit: about(2, 'minutes_at_a_time'),
      }),
    ]),
    item('5.7', 'above_shoulder', text('Boven schouderhoogte actief zijn', 'Working above shoulder height'), [
      option(0, 'normal', '2 minuten achtereen', '2 minutes at a time', { limit: about(2, 'minutes_at_a_time') }),
      option(1, 'limited', 'Ca. 1 minuut achtereen, namelijk …', 'About 1 minute at a time, namely …', {
        specify: true,
        limit: about(1, 'minutes_at_a_time'),
      }),
      option(2, 'severely_limited', 'Niet of nauwelijks, namelijk …', 'Hardly or not at all, namely …', {
        specify: true,
      }),
    ]),
    partOfWorkday(
      '5.8',
      'head_posture',
      text('Het hoofd in een bepaalde stand houden', 'Holding the head in one position'),
    ),
    item('5.9', 'posture_changes', text('Afwisseling van houding', 'Changing posture'), [
      NORMAL,
      option(1, 'limited', 'Specifieke afwisseling vereist, namelijk …', 'Specific alternation required, namely …', {
        specify: true,
      }),
    ]),
    namely(
      '5.10',
      'other_static',
      'Overige beperkingen van statische houdingen',
      'Other limitations in static postures',
    ),
  ],
};

const HOURS: FmlRubriekDefinition = {
  number: 6,
  roman: 'VI',
  label: fmlRubriekLabel(6),
  items: [
    item(
      '6.1',
      'periods_of_day',
      text('Perioden van het etmaal', 'Periods of the day'),
      [
        option(0, 'normal', 'Op elk uur van het etmaal, ook ’s nachts', 'At any hour, nights included'),
        option(1, 'limited', 'Niet elke avond (18–22 uur), namelijk …', 'Not every evening (18–22 h), namely …', {
          specify: true,
        }),
        option(2, 'limited', 'Niet ’s nachts (22–6 uur)', 'Not at night (22–6 h)'),
      ],
      'multiple',
    ),
    item('6.2', 'hours_per_day', text('Uren per dag', 'Hours per day'), [
      option(0, 'normal', 'Gemiddeld ten minste 8 uur per dag', 'On average at least 8 hours a day', {
        limit: atLeast(8, 'hours_per_day'),
      }),
      option(1, 'slightly_limited', 'Enigszins beperkt: ca. 8 uur per dag', 'Somewhat limited: about 8 hours a day', {
        limit: about(8, 'hours_per_day'),
      }),
      option(2, 'slightly_limited', 'Ca. 6 uur per dag, namelijk …', 'About 6 hours a day, namely …', {
        specify: true,
        limit: about(6, 'hours_per_day'),
      }),
      option(3, 'limited', 'Ca. 4 uur per dag, namelijk …', 'About 4 hours a day, namely …', {
        specify: true,
        limit: about(4, 'hours_per_day'),
      }),
      option(
        4,
        'severely_limited',
        'Zeer beperkt: ca. 2 uur per dag, namelijk …',
        'Very limited: about 2 hours a day, namely …',
        {
          specify: true,
          limit: about(2, 'hours_per_day'),
        },
      ),
    ]),
    item('6.3', 'hours_per_week', text('Uren per week', 'Hours per week'), [
      option(0, 'normal', 'Gemiddeld ten minste 40 uur per week', 'On average at least 40 hours a week', {
        limit: atLeast(40, 'hours_per_week'),
      }),
      option(
        1,
        'slightly_limited',
        'Enigszins beperkt: ca. 40 uur per week',
        'Somewhat limited: about 40 hours a week',
        {
          limit: about(40, 'hours_per_week'),
        },
      ),
      option(2, 'slightly_limited', 'Ca. 30 uur per week, namelijk …', 'About 30 hours a week, namely …', {
        specify: true,
        limit: about(30, 'hours_per_week'),
      }),
      option(3, 'limited', 'Ca. 20 uur per week, namelijk …', 'About 20 hours a week, namely …', {
        specify: true,
        limit: about(20, 'hours_per_week'),
      }),
      option(
        4,
        'severely_limited',
        'Zeer beperkt: ca. 10 uur per week, namelijk …',
        'Very limited: about 10 hours a week, namely …',
        {
          specify: true,
          limit: about(10, 'hours_per_week'),
        },
      ),
    ]),
    namely(
      '6.4',
      'other_working_hours',
      'Overige beperkingen ten aanzien van werktijd',
      'Other limitations on working hours',
    ),
  ],
};

export const FML_FORM_2015: FmlFormDefinition = {
  version: 'fml-2015',
  rubrieken: [PERSONAL, SOCIAL, ENVIRONMENT, DYNAMIC, STATIC, HOURS],
};

const FORMS: Readonly<Record<FmlFormVersion, FmlFormDefinition>> = { 'fml-2015': FML_FORM_2015 };

export function fmlForm(version: FmlFormVersion): FmlFormDefinition {
  return FORMS[version];
}

/** The item with this code on the given form, or undefined when the form has no such item. */
export function fmlItemDefinition(version: FmlFormVersion, code: string): FmlItemDefinition | undefined {
  for (const rubriek of FORMS[version].rubrieken) {
    const found = rubriek.items.find((candidate) => candidate.code === code);
    if (found) return found;
  }
  return undefined;
}

/** Rubriek labels are the ones of the rubriek-level model (fml.ts), so both models name them alike. */
export function fmlRubriekLabel(number: FmlRubriekNumber): LocalText {
  const known = FML_RUBRIEKEN.find((rubriek) => rubriek.number === number);
  return known ? { nl: known.nl, en: known.en } : { nl: String(number), en: String(number) };
}

/** The worse of two grades (null, a fact, counts as nothing). */
export function worseGrade(a: FmlGrade, b: FmlGrade | null): FmlGrade {
  if (b === null) return a;
  return FML_GRADES.indexOf(b) > FML_GRADES.indexOf(a) ? b : a;
}
