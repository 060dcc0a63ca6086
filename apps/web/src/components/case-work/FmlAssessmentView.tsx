import { Accordion, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import {
  FML_FORM_2015,
  FML_GRADE_LABELS,
  fmlForm,
  fmlItemDefinition,
  fmlRubriekLabel,
  formatCoachCapacities,
  type AdReportCoachView,
  type FmlAssessment,
  type FmlGrade,
  type FmlItemAnswer,
  type FmlItemDefinition,
} from '@spoor/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CoachCapacitiesView, FmlAssessmentView } from '../../api/useSpecialFile';
import { formatDate } from '../format';
import { adGapLine, suitableWorkLine } from './AdUwvViews';

export type Language = 'nl' | 'en';

export const GRADE_COLOURS: Record<FmlGrade, string> = {
  normal: 'teal',
  slightly_limited: 'lime',
  limited: 'yellow',
  severely_limited: 'red',
};

const useLanguage = (): Language => (useTranslation().i18n.language === 'en' ? 'en' : 'nl');

/** The chosen options' labels, in the form's order ("Ca. 10 kg"; the default when the item is not listed). */
function chosenLabels(definition: FmlItemDefinition, answer: FmlItemAnswer | undefined, language: Language): string[] {
  const chosen = answer?.options ?? [0];
  return definition.options.filter((option) => chosen.includes(option.value)).map((option) => option.label[language]);
}

/** One line per item that differs from the form's reference value, as the FML states it (with "namelijk"). */
export function answerLines(assessment: FmlAssessment, language: Language): string[] {
  const lines: string[] = [];
  for (const rubriek of assessment.rubrieken)
    for (const answer of rubriek.items) {
      const definition = fmlItemDefinition(assessment.formVersion, answer.code);
      if (!definition || (answer.options.length === 1 && answer.options[0] === 0)) continue;
      const words = chosenLabels(definition, answer, language).join('; ');
      const specification = answer.specification ? ` — ${answer.specification}` : '';
      lines.push(`${definition.code} ${definition.label[language]}: ${words}${specification}`);
    }
  return lines;
}

/** The conclusion and working hours in words, for the full view and the form's summary. */
export function conclusionLines(assessment: FmlAssessment, t: TFunction): string[] {
  const lines: string[] = [];
  const { conclusion, workingHours } = assessment;
  if (conclusion === null) lines.push(t('fml.view.noConclusion'));
  else if (conclusion.durableCapacities)
    lines.push(
      conclusion.basis
        ? `${t('fml.view.durableYes')}. ${t('fml.view.basis', { basis: t(`fml.bases.${conclusion.basis}`) })}`
        : t('fml.view.durableYes'),
    );
  else
    lines.push(
      `${t('fml.view.durableNo')}. ${t('fml.view.grounds', {
        grounds: conclusion.grounds.map((ground) => t(`fml.grounds.${ground}`)).join('; '),
      })}`,
    );
  if (workingHours) {
    const parts = [
      workingHours.hoursPerDay !== undefined ? t('fml.view.hoursPerDay', { hours: workingHours.hoursPerDay }) : null,
      workingHours.hoursPerWeek !== undefined ? t('fml.view.hoursPerWeek', { hours: workingHours.hoursPerWeek }) : null,
      workingHours.reason ? t('fml.view.reason', { reason: t(`fml.reasons.${workingHours.reason}`) }) : null,
    ].filter((part): part is string => part !== null);
    lines.push(`${t('fml.view.hours')}: ${parts.join(', ')}`);
  }
  return lines;
}

function GradeBadge({ grade }: { grade: FmlGrade }) {
  const language = useLanguage();
  return (
    <Badge color={GRADE_COLOURS[grade]} variant="light">
      {FML_GRADE_LABELS[grade][language]}
    </Badge>
  );
}

/**
 * The whole FML, read-only and item by item with the options' labels: for the labour expert and for the
 * participant (right of access). Never rendered for the coach, whose answer has no assessment at all.
 */
export function FmlAssessmentDetails({ view }: { view: FmlAssessmentView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { assessment } = view;
  const form = fmlForm(assessment.formVersion) ?? FML_FORM_2015;
  return (
    <Stack gap="sm">
      {assessment.assessor && (
        <Text size="sm">{t('fml.view.assessor', { assessor: t(`fml.assessors.${assessment.assessor}`) })}</Text>
      )}
      {assessment.level === 'rubriek_only' ? (
        <>
          <Badge color="gray" variant="outline">
            {t('fml.view.rubriekOnly')}
          </Badge>
          <Table withTableBorder>
            <Table.Tbody>
              {assessment.rubrieken.map((rubriek) => (
                <Table.Tr key={rubriek.number}>
                  <Table.Td>
                    {rubriek.number}. {fmlRubriekLabel(rubriek.number)[language]}
                  </Table.Td>
                  <Table.Td>
                    <GradeBadge grade={rubriek.grade} />
                    {rubriek.legacy?.hoursPerDay !== undefined && (
                      <Text size="sm">{t('fml.view.legacyHours', { hours: rubriek.legacy.hoursPerDay })}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : (
        form.rubrieken.map((definition) => {
          const rubriek = assessment.rubrieken.find((candidate) => candidate.number === definition.number);
          return (
            <Stack key={definition.number} gap={4}>
              <Group gap="xs">
                <Title order={5}>
                  {t('fml.rubriekHeading', { roman: definition.roman, label: definition.label[language] })}
                </Title>
                <GradeBadge grade={rubriek?.grade ?? 'normal'} />
              </Group>
              <Table withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('fml.view.item')}</Table.Th>
                    <Table.Th>{t('fml.view.answer')}</Table.Th>
                    <Table.Th>{t('fml.view.specification')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {definition.items.map((item) => {
                    const answer = rubriek?.items.find((candidate) => candidate.code === item.code);
                    return (
                      <Table.Tr key={item.code}>
                        <Table.Td>
                          {item.code} {item.label[language]}
                        </Table.Td>
                        <Table.Td fw={answer ? 600 : undefined}>
                          {chosenLabels(item, answer, language).join('; ')}
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{answer?.specification ?? ''}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Stack>
          );
        })
      )}
      <List size="sm" spacing={2}>
        {conclusionLines(assessment, t).map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      {assessment.explanation && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('fml.view.explanation')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {assessment.explanation}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

/** The FMLs of the case, newest first; the newest one open. */
export function FmlAssessmentList({ items }: { items: readonly FmlAssessmentView[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('fml.empty')}</Text>;
  return (
    <Accordion multiple variant="contained" defaultValue={[items[0].id]}>
      {items.map((view) => (
        <Accordion.Item key={view.id} value={view.id}>
          <Accordion.Control>
            {t('fml.heading', { date: formatDate(view.assessedOn, i18n.language) })}
          </Accordion.Control>
          <Accordion.Panel>
            <FmlAssessmentDetails view={view} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

/**
 * The coach's belastbaarheid: the plain-words lines of `capacities` (formatCoachCapacities in the UI language)
 * and the date of the FML. Nothing else of the answer is read here.
 */
export function CoachCapacitiesPanel({ capacities }: { capacities: CoachCapacitiesView | null }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  if (capacities === null) return <Text c="dimmed">{t('fml.coach.none')}</Text>;
  const lines = formatCoachCapacities(capacities.capacities, language);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('fml.coach.assessedOn', { date: formatDate(capacities.assessedOn, i18n.language) })}
      </Text>
      {lines.length === 0 ? (
        <Text>{t('fml.coach.noLimits')}</Text>
      ) : (
        <List spacing={4} aria-label={t('fml.coach.title')}>
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The coach's part of the newest AD report: structured fields only (verdict, gaps, suitable work, advice). */
export function AdReportCoachPanel({ report }: { report: AdReportCoachView | null }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  if (report === null) return <Text c="dimmed">{t('fml.ad.none')}</Text>;
  const work = (entries: AdReportCoachView['spoor1']['suitableWork']) =>
    entries.length === 0 ? null : (
      <List size="sm" spacing={2}>
        {entries.map((entry, index) => (
          <List.Item key={`${entry.isco08}-${index}`}>{suitableWorkLine(entry, t)}</List.Item>
        ))}
      </List>
    );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('fml.ad.reportDate', { date: formatDate(report.reportDate, i18n.language) })}
      </Text>
      <Text>
        <strong>{t('fml.ad.ownWork')}:</strong> {t(`fml.ad.verdicts.${report.ownWork.verdict}`)}
      </Text>
      {report.ownWork.gaps.length > 0 && (
        <Stack gap={2}>
          <Text size="sm">{t('fml.ad.gaps')}</Text>
          <List size="sm" spacing={2}>
            {report.ownWork.gaps.map((gap) => (
              <List.Item key={gap.item}>{adGapLine(gap, language, t)}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Text>
        <strong>{t('fml.ad.spoor1')}:</strong> {t(`fml.ad.outcomes.${report.spoor1.outcome}`)}
      </Text>
      {work(report.spoor1.suitableWork)}
      <Text>
        <strong>{t('fml.ad.spoor2')}:</strong>{' '}
        {report.spoor2.indicated ? t('fml.ad.spoor2Indicated') : t('fml.ad.spoor2NotIndicated')}
      </Text>
      {work(report.spoor2.suitableWork)}
      {report.advice.length > 0 && (
        <Text>
          <strong>{t('fml.ad.advice')}:</strong>{' '}
          {report.advice.map((advice) => t(`fml.ad.adviceCodes.${advice}`)).join('; ')}
        </Text>
      )}
      {report.followUpOn && (
        <Text size="sm">{t('fml.ad.followUpOn', { date: formatDate(report.followUpOn, i18n.language) })}</Text>
      )}
    </Stack>
  );
}
