import { Accordion, Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  FML_FORM_2015,
  UNIT_WORDS,
  fmlItemDefinition,
  type AdGap,
  type SuitableWork,
  type UwvDecision,
} from '@spoor/domain';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdReportView, HealthDocumentView, UwvDecisionView } from '../../api/useSpecialFile';
import { formatDate } from '../format';
import type { Language } from './FmlAssessmentView';

const useLanguage = (): Language => (useTranslation().i18n.language === 'en' ? 'en' : 'nl');

/** A gap as the report names it: the FML item by its code and label, and what the work asks on its scale. */
export function adGapLine(gap: AdGap, language: Language, t: TFunction): string {
  const definition = fmlItemDefinition(FML_FORM_2015.version, gap.item);
  const label = definition ? `${gap.item} ${definition.label[language]}` : gap.item;
  const demand = gap.demand
    ? ` (${t('fml.ad.demand', { value: gap.demand.value, unit: UNIT_WORDS[gap.demand.unit][language] })})`
    : '';
  return `${label}${demand}`;
}

/** Suitable work in words: the occupation by its ISCO-08 code, the hours, what makes it fit. Never the title. */
export function suitableWorkLine(entry: Omit<SuitableWork, 'title'>, t: TFunction): string {
  return [
    t('fml.ad.occupation', { code: entry.isco08 }),
    entry.hoursPerWeek !== undefined ? t('fml.ad.hoursPerWeek', { hours: entry.hoursPerWeek }) : null,
    ...entry.adjustments.map((adjustment) => t(`fml.ad.adjustments.${adjustment}`)),
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
}

/** Free text of the labour expert, as written (line breaks kept). */
function Explanation({ text }: { text: string | undefined }) {
  const { t } = useTranslation();
  if (text === undefined) return null;
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {t('fml.ad.explanation')}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </Stack>
  );
}

function SuitableWorkList({ entries }: { entries: readonly SuitableWork[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="sm">{t('fml.ad.suitableWork')}</Text>
      <List size="sm" spacing={2}>
        {entries.map((entry, index) => (
          <List.Item key={`${entry.isco08}-${index}`}>
            {entry.title ? `${entry.title}: ${suitableWorkLine(entry, t)}` : suitableWorkLine(entry, t)}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function Part({ title, value, children }: { title: string; value: string; children?: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text>
        <strong>{title}:</strong> {value}
      </Text>
      {children}
    </Stack>
  );
}

/** The whole AD report, read-only: every structured field in words, the explanations as written. */
export function AdReportDetails({ view }: { view: AdReportView }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { report } = view;
  return (
    <Stack gap="sm">
      <Part title={t('fml.ad.ownWork')} value={t(`fml.ad.verdicts.${report.ownWork.verdict}`)}>
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
        <Explanation text={report.ownWork.explanation} />
      </Part>
      <Part title={t('fml.ad.spoor1')} value={t(`fml.ad.outcomes.${report.spoor1.outcome}`)}>
        <SuitableWorkList entries={report.spoor1.suitableWork} />
        <Explanation text={report.spoor1.explanation} />
      </Part>
      <Part
        title={t('fml.ad.spoor2')}
        value={report.spoor2.indicated ? t('fml.ad.spoor2Indicated') : t('fml.ad.spoor2NotIndicated')}
      >
        <SuitableWorkList entries={report.spoor2.suitableWork} />
        <Explanation text={report.spoor2.explanation} />
      </Part>
      <Part
        title={t('fml.ad.advice')}
        value={report.advice.advice.map((advice) => t(`fml.ad.adviceCodes.${advice}`)).join('; ')}
      >
        <Explanation text={report.advice.explanation} />
      </Part>
      {report.followUpOn && (
        <Text size="sm">{t('fml.ad.followUpOn', { date: formatDate(report.followUpOn, i18n.language) })}</Text>
      )}
    </Stack>
  );
}

const newestReportFirst = (a: AdReportView, b: AdReportView): number =>
  b.reportedOn.localeCompare(a.reportedOn) || b.recordedAt.localeCompare(a.recordedAt);

/** The AD reports of the case (labour expert, participant, break-the-glass), newest first; the newest one open. */
export function AdReportList({ items }: { items: readonly AdReportView[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('fml.ad.none')}</Text>;
  const sorted = [...items].sort(newestReportFirst);
  return (
    <Accordion multiple variant="contained" defaultValue={[sorted[0].id]}>
      {sorted.map((view) => (
        <Accordion.Item key={view.id} value={view.id}>
          <Accordion.Control>
            {t('fml.ad.reportDate', { date: formatDate(view.reportedOn, i18n.language) })}
          </Accordion.Control>
          <Accordion.Panel>
            <AdReportDetails view={view} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

// ——— UWV decisions ———

type DocumentRef = Pick<HealthDocumentView, 'id' | 'filename' | 'href'>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </div>
  );
}

/** The day a decision is about: when UWV decided, or for a deskundigenoordeel when it was asked. */
const decisionDay = (decision: UwvDecision): string =>
  decision.kind === 'expert_opinion' ? decision.requestedOn : decision.decidedOn;

function formatPercent(value: number, language: string): string {
  return `${new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(value)}%`;
}

/** The fields of one kind of decision, in words. */
function decisionFields(decision: UwvDecision, t: TFunction, language: string): Array<[string, string]> {
  const day = (value: string | undefined) => formatDate(value, language);
  switch (decision.kind) {
    case 'wia_decision':
      return [
        [t('fml.uwv.view.decidedOn'), day(decision.decidedOn)],
        [t('fml.uwv.view.startsOn'), day(decision.startsOn)],
        [t('fml.uwv.view.loss'), formatPercent(decision.lossOfEarningCapacity, language)],
        ...(decision.durable !== undefined
          ? [[t('fml.uwv.view.durable'), decision.durable ? t('common.yes') : t('common.no')] as [string, string]]
          : []),
        [t('fml.uwv.view.category'), t(`fml.uwv.categories.${decision.category}`)],
      ];
    case 'loonsanctie':
      return [
        [t('fml.uwv.view.decidedOn'), day(decision.decidedOn)],
        [t('fml.uwv.view.duration'), t('fml.uwv.view.weeks', { count: decision.weeks })],
        ...(decision.startsOn ? [[t('fml.uwv.view.startsOn'), day(decision.startsOn)] as [string, string]] : []),
        [t('fml.uwv.view.reasons'), decision.reasons.map((reason) => t(`fml.uwv.reasons.${reason}`)).join('; ')],
      ];
    case 'expert_opinion':
      return [
        [t('fml.uwv.view.question'), t(`fml.uwv.questions.${decision.question}`)],
        [t('fml.uwv.view.requestedBy'), t(`fml.uwv.requesters.${decision.requestedBy}`)],
        [t('fml.uwv.view.requestedOn'), day(decision.requestedOn)],
        ...(decision.expectedAnswerOn
          ? [[t('fml.uwv.view.expectedAnswerOn'), day(decision.expectedAnswerOn)] as [string, string]]
          : []),
        ...(decision.answer
          ? ([
              [t('fml.uwv.view.answer'), t(`fml.uwv.answers.${decision.answer}`)],
              [t('fml.uwv.view.answeredOn'), day(decision.answeredOn)],
            ] as Array<[string, string]>)
          : [[t('fml.uwv.view.answer'), t('fml.uwv.view.noAnswer')] as [string, string]]),
      ];
  }
}

/** One UWV decision, read-only: its kind and fields in words, its document by name, the explanation as written. */
export function UwvDecisionDetails({ view, documents }: { view: UwvDecisionView; documents: readonly DocumentRef[] }) {
  const { t, i18n } = useTranslation();
  const { decision } = view;
  const document = decision.documentId ? documents.find((candidate) => candidate.id === decision.documentId) : null;
  const heading = t('fml.uwv.heading', {
    kind: t(`fml.uwv.kinds.${decision.kind}`),
    date: formatDate(decisionDay(decision), i18n.language),
  });
  return (
    <Paper bg="gray.0" p="sm" component="article" aria-label={heading}>
      <Stack gap="xs">
        <Title order={4} size="h5">
          {heading}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="xs" verticalSpacing="xs" m={0}>
          {decisionFields(decision, t, i18n.language).map(([label, value]) => (
            <Field key={label} label={label}>
              {value}
            </Field>
          ))}
          {decision.documentId && (
            <Field label={t('fml.uwv.view.document')}>
              {document ? (
                <Anchor href={document.href} download={document.filename}>
                  {document.filename}
                </Anchor>
              ) : (
                t('fml.uwv.view.documentGone')
              )}
            </Field>
          )}
        </SimpleGrid>
        {decision.explanation && (
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('fml.uwv.view.explanation')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {decision.explanation}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

const newestDecisionFirst = (a: UwvDecisionView, b: UwvDecisionView): number =>
  decisionDay(b.decision).localeCompare(decisionDay(a.decision)) || b.recordedAt.localeCompare(a.recordedAt);

/** The UWV decisions of the case, newest first (by the day decided, or asked). */
export function UwvDecisionList({
  items,
  documents,
}: {
  items: readonly UwvDecisionView[];
  documents: readonly DocumentRef[];
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('fml.uwv.empty')}</Text>;
  return (
    <Stack gap="sm">
      {[...items].sort(newestDecisionFirst).map((view) => (
        <UwvDecisionDetails key={view.id} view={view} documents={documents} />
      ))}
    </Stack>
  );
}
