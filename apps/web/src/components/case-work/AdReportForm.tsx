import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  AD_ADVICE,
  FML_FORM_2015,
  FREE_TEXT_MAX_LENGTH,
  OWN_WORK_VERDICTS,
  SPOOR_1_OUTCOMES,
  TITLE_MAX_LENGTH,
  UNIT_WORDS,
  WORK_ADJUSTMENTS,
  adReportProblems,
  amsterdamToday,
  fmlItemDefinition,
  type AdAdvice,
  type FmlUnit,
  type OwnWorkVerdict,
  type Spoor1Outcome,
  type WorkAdjustment,
} from '@spoor/domain';
import { memo, useId, useMemo, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdReportMutation } from '../../api/useSpecialFile';
import { apiErrorText } from '../apiMessages';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm } from '../forms/useValidatedForm';
import { fieldMessage, isCalendarDay } from '../validation';
import {
  AD_FML_VERSION,
  adApiFieldPath,
  adReportFormErrors,
  demandUnit,
  emptyGap,
  emptySuitableWork,
  initialAdReportValues,
  showsGaps,
  showsSpoor1Work,
  showsSpoor2Work,
  toAdReport,
  type AdGapValues,
  type AdReportFormValues,
  type SuitableWorkValues,
} from './adReportFormModel';
import type { Language } from './FmlAssessmentView';

/**
 * What the sections change the form with. Stable for the life of the form, so a section whose values and
 * messages did not change is not rendered again: a keystroke in one explanation leaves the FML item pickers
 * (64 options each) and the other sections alone.
 */
interface Actions {
  set: (path: string, value: unknown) => void;
  add: (list: string, row: AdGapValues | SuitableWorkValues) => void;
  /** Removes a row; the focus goes to the list's "add" button rather than getting lost with the row. */
  remove: (list: string, index: number) => void;
  /** A ref for a row's first input: it takes the focus once, right after the row was added. */
  focusRef: (key: string) => (element: HTMLInputElement | null) => void;
  /** A ref for a list's "add" button. */
  addButtonRef: (list: string) => (element: HTMLButtonElement | null) => void;
}

/** The form's messages under a path (i18n keys or nestings; the sections translate them). */
type Messages = Readonly<Record<string, string>>;

function messagesUnder(errors: Record<string, unknown>, prefix: string): Messages {
  return Object.fromEntries(
    Object.entries(errors).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && (entry[0] === prefix || entry[0].startsWith(`${prefix}.`)),
    ),
  );
}

/**
 * Props equal by value (the form's values are deep copies after every change) and functions by identity: the
 * comparison for the memoised sections.
 */
function sameProps<P extends object>(a: P, b: P): boolean {
  return (Object.keys(a) as Array<keyof P>).every(
    (key) => a[key] === b[key] || (typeof a[key] !== 'function' && JSON.stringify(a[key]) === JSON.stringify(b[key])),
  );
}

const section = <P extends object>(component: ComponentType<P>) => memo(component, sameProps);

/** The adjustments read in lower case inside a sentence; as a checkbox of their own they start with a capital. */
const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The value an input's onChange hands over: the text of a change event, or the value itself (Select, groups). */
const valueOf = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && 'currentTarget' in input
    ? (input.currentTarget as HTMLInputElement).value
    : input;

/** value, onChange and the translated message of one input. */
function useField(messages: Messages, actions: Actions) {
  const { t } = useTranslation();
  const error = (path: string) => (messages[path] ? t(messages[path]) : undefined);
  return {
    error,
    props: <V,>(path: string, value: V) => ({
      value,
      onChange: (input: unknown) => actions.set(path, valueOf(input)),
      error: error(path),
    }),
  };
}

/**
 * The labour expert's AD report (arbeidsdeskundig rapport) as structure: the verdict on the own work and where
 * it asks more than the FML allows (FML items), spoor 1 and spoor 2 with the suitable work by ISCO-08 code, the
 * advice, and explanations as free text that the coach never sees. The domain's check runs on submit; the API's
 * answer lands at the same inputs.
 */
export function AdReportForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const mutation = useAdReportMutation(caseId);
  const form = useValidatedForm<AdReportFormValues>(
    {
      initialValues: initialAdReportValues(),
      validate: (values) => {
        const errors = adReportFormErrors(adReportProblems(toAdReport(values)), values);
        // The API refuses a report dated after today (in the Netherlands); say so before sending.
        if (!errors['reportDate'] && isCalendarDay(values.reportDate) && values.reportDate > amsterdamToday(new Date()))
          errors['reportDate'] = fieldMessage('DATE_IN_FUTURE');
        return errors;
      },
    },
    { apiError: mutation.error, apiFields: adApiFieldPath },
  );
  const formRef = useRef(form);
  formRef.current = form;
  const focusOnAdd = useRef<string | null>(null);
  const addButtons = useRef(new Map<string, HTMLButtonElement>());
  const actions = useMemo<Actions>(
    () => ({
      set: (path, value) => formRef.current.setFieldValue(path, value as never),
      add: (list, row) => {
        focusOnAdd.current = row.key;
        formRef.current.insertListItem(list, row);
      },
      remove: (list, index) => {
        formRef.current.removeListItem(list, index);
        addButtons.current.get(list)?.focus();
      },
      focusRef: (key) => (element) => {
        if (element && focusOnAdd.current === key) {
          focusOnAdd.current = null;
          element.focus();
        }
      },
      addButtonRef: (list) => (element) => {
        if (element) addButtons.current.set(list, element);
        else addButtons.current.delete(list);
      },
    }),
    [],
  );
  const values = form.getValues();
  const errors = form.errors;

  const submit = form.onSubmit((entered) => {
    const report = toAdReport(entered);
    mutation.mutate({ reportedOn: report.reportDate, report }, { onSuccess: onDone });
  });
  const general = form.errorText('report');

  return (
    <Paper withBorder p="md" component="form" aria-label={t('fml.ad.form.title')} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={4}>{t('fml.ad.form.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('fml.ad.form.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DayInput label={t('fml.ad.form.reportDate')} {...form.getInputProps('reportDate')} required />
          <DayInput label={t('fml.ad.form.followUpOn')} {...form.getInputProps('followUpOn')} />
        </SimpleGrid>
        <OwnWorkSection
          ownWork={values.ownWork}
          messages={messagesUnder(errors, 'ownWork')}
          language={language}
          actions={actions}
        />
        <Spoor1Section spoor1={values.spoor1} messages={messagesUnder(errors, 'spoor1')} actions={actions} />
        <Spoor2Section spoor2={values.spoor2} messages={messagesUnder(errors, 'spoor2')} actions={actions} />
        <AdviceSection advice={values.advice} messages={messagesUnder(errors, 'advice')} actions={actions} />

        {form.hasErrors && (
          <Alert color="yellow" role="alert">
            {t('fml.ad.form.problems')}
            {general && <Text size="sm">{general}</Text>}
          </Alert>
        )}
        {form.alertError !== null && form.alertError !== undefined && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('fml.ad.form.save')}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t('caseWork.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Free text of the section: stays in the special file, which the hint says. */
function Explanation({ path, value, messages, actions }: { path: string; value: string } & SectionProps) {
  const { t } = useTranslation();
  const field = useField(messages, actions);
  return (
    <Textarea
      label={t('fml.ad.form.explanation')}
      description={t('fml.form.explanationHint')}
      {...field.props(path, value)}
      autosize
      minRows={2}
      maxLength={FREE_TEXT_MAX_LENGTH}
    />
  );
}

interface SectionProps {
  messages: Messages;
  actions: Actions;
}

const OwnWorkSection = section(function OwnWorkSection({
  ownWork,
  messages,
  language,
  actions,
}: { ownWork: AdReportFormValues['ownWork']; language: Language } & SectionProps) {
  const { t } = useTranslation();
  const field = useField(messages, actions);
  return (
    <Fieldset legend={t('fml.ad.ownWork')}>
      <Stack gap="sm">
        <Radio.Group label={t('fml.ad.form.verdict')} {...field.props('ownWork.verdict', ownWork.verdict)} required>
          <Group gap="md" mt={4}>
            {OWN_WORK_VERDICTS.map((verdict: OwnWorkVerdict) => (
              <Radio key={verdict} value={verdict} label={t(`fml.ad.verdicts.${verdict}`)} />
            ))}
          </Group>
        </Radio.Group>
        {showsGaps(ownWork) && <Gaps gaps={ownWork.gaps} messages={messages} language={language} actions={actions} />}
        <Explanation path="ownWork.explanation" value={ownWork.explanation} messages={messages} actions={actions} />
      </Stack>
    </Fieldset>
  );
});

/** A list's own message (REQUIRED, NOT_ALLOWED_HERE): under the list, and read with the group's legend. */
function ListError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <Text id={id} size="sm" c="red">
      {message}
    </Text>
  );
}

/** The gaps: one row per FML item the own work asks more of, with the work's demand when the item has a scale. */
function Gaps({ gaps, messages, language, actions }: { gaps: AdGapValues[]; language: Language } & SectionProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  const error = useField(messages, actions).error('ownWork.gaps');
  return (
    <Fieldset
      legend={t('fml.ad.form.gaps')}
      variant="unstyled"
      aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
    >
      <Stack gap="sm">
        <Text id={hintId} size="sm" c="dimmed">
          {t('fml.ad.form.gapsHint')}
        </Text>
        {gaps.map((gap, index) => (
          <GapRow
            key={gap.key}
            gap={gap}
            index={index}
            // An item is a gap once: the ones other rows chose cannot be chosen again.
            taken={gaps.filter((other) => other.key !== gap.key && other.item).map((other) => other.item as string)}
            messages={messagesUnder(messages, `ownWork.gaps.${index}`)}
            language={language}
            actions={actions}
          />
        ))}
        <ListError id={errorId} message={error} />
        <Group>
          <Button
            ref={actions.addButtonRef('ownWork.gaps')}
            variant="light"
            size="xs"
            onClick={() => actions.add('ownWork.gaps', emptyGap())}
          >
            {t('fml.ad.form.addGap')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

const GapRow = section(function GapRow({
  gap,
  index,
  taken,
  messages,
  language,
  actions,
}: { gap: AdGapValues; index: number; taken: string[]; language: Language } & SectionProps) {
  const { t } = useTranslation();
  const field = useField(messages, actions);
  const path = `ownWork.gaps.${index}`;
  const number = index + 1;
  const unit = demandUnit(gap.item ? fmlItemDefinition(AD_FML_VERSION, gap.item) : undefined);
  const data = useMemo(
    () =>
      FML_FORM_2015.rubrieken.map((rubriek) => ({
        group: t('fml.rubriekHeading', { roman: rubriek.roman, label: rubriek.label[language] }),
        items: rubriek.items.map((item) => ({
          value: item.code,
          label: `${item.code} ${item.label[language]}`,
          disabled: taken.includes(item.code),
        })),
      })),
    [t, language, taken],
  );
  const chooseItem = (item: string | null) => {
    // A demand is on the item's own scale: another item, another unit, a new number.
    const next: FmlUnit | undefined = demandUnit(item ? fmlItemDefinition(AD_FML_VERSION, item) : undefined);
    if (next !== unit) actions.set(`${path}.demand`, '');
    actions.set(`${path}.item`, item);
  };
  return (
    <Fieldset legend={t('fml.ad.form.gap', { number })}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          ref={actions.focusRef(gap.key)}
          label={t('fml.ad.form.gapItem')}
          placeholder={t('fml.ad.form.gapItemPlaceholder')}
          data={data}
          searchable
          nothingFoundMessage={t('fml.ad.form.nothingFound')}
          maxDropdownHeight={320}
          value={gap.item}
          onChange={chooseItem}
          error={field.error(`${path}.item`)}
          required
          style={{ flex: '1 1 20rem' }}
        />
        {unit && (
          <NumberInput
            label={t('fml.ad.form.demand', { unit: UNIT_WORDS[unit][language] })}
            {...field.props(`${path}.demand`, gap.demand)}
            min={0}
            max={100_000}
            decimalScale={2}
            style={{ flex: '0 1 14rem' }}
          />
        )}
        <Button variant="subtle" color="red" onClick={() => actions.remove('ownWork.gaps', index)}>
          {t('fml.ad.form.removeGap', { number })}
        </Button>
      </Group>
    </Fieldset>
  );
});

const Spoor1Section = section(function Spoor1Section({
  spoor1,
  messages,
  actions,
}: { spoor1: AdReportFormValues['spoor1'] } & SectionProps) {
  const { t } = useTranslation();
  const field = useField(messages, actions);
  return (
    <Fieldset legend={t('fml.ad.spoor1')}>
      <Stack gap="sm">
        <Radio.Group label={t('fml.ad.form.outcome')} {...field.props('spoor1.outcome', spoor1.outcome)} required>
          <Stack gap={4} mt={4}>
            {SPOOR_1_OUTCOMES.map((outcome: Spoor1Outcome) => (
              <Radio key={outcome} value={outcome} label={t(`fml.ad.outcomes.${outcome}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {showsSpoor1Work(spoor1) && (
          <SuitableWorkRows spoor="spoor1" rows={spoor1.suitableWork} messages={messages} actions={actions} />
        )}
        <Explanation path="spoor1.explanation" value={spoor1.explanation} messages={messages} actions={actions} />
      </Stack>
    </Fieldset>
  );
});

const Spoor2Section = section(function Spoor2Section({
  spoor2,
  messages,
  actions,
}: { spoor2: AdReportFormValues['spoor2'] } & SectionProps) {
  const { t } = useTranslation();
  const field = useField(messages, actions);
  return (
    <Fieldset legend={t('fml.ad.spoor2')}>
      <Stack gap="sm">
        <Checkbox
          label={t('fml.ad.spoor2Indicated')}
          checked={spoor2.indicated}
          onChange={(event) => actions.set('spoor2.indicated', event.currentTarget.checked)}
          error={field.error('spoor2.indicated')}
        />
        {showsSpoor2Work(spoor2) && (
          <SuitableWorkRows spoor="spoor2" rows={spoor2.suitableWork} messages={messages} actions={actions} />
        )}
        <Explanation path="spoor2.explanation" value={spoor2.explanation} messages={messages} actions={actions} />
      </Stack>
    </Fieldset>
  );
});

const AdviceSection = section(function AdviceSection({
  advice,
  messages,
  actions,
}: { advice: AdReportFormValues['advice'] } & SectionProps) {
  const { t } = useTranslation();
  const field = useField(messages, actions);
  return (
    <Fieldset legend={t('fml.ad.advice')}>
      <Stack gap="sm">
        <Checkbox.Group label={t('fml.ad.form.advice')} {...field.props('advice.advice', advice.advice)} required>
          <Stack gap={4} mt={4}>
            {AD_ADVICE.map((code: AdAdvice) => (
              <Checkbox key={code} value={code} label={t(`fml.ad.adviceCodes.${code}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Explanation path="advice.explanation" value={advice.explanation} messages={messages} actions={actions} />
      </Stack>
    </Fieldset>
  );
});

/** Suitable work in spoor 1 or spoor 2: per row the ISCO-08 code, hours, what makes it fit, and the job title. */
function SuitableWorkRows({
  spoor,
  rows,
  messages,
  actions,
}: { spoor: 'spoor1' | 'spoor2'; rows: SuitableWorkValues[] } & SectionProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const list = `${spoor}.suitableWork`;
  const error = useField(messages, actions).error(list);
  const spoorName = t(`fml.ad.form.${spoor}Short`);
  return (
    <Fieldset
      legend={t('fml.ad.form.suitableWork', { spoor: spoorName })}
      variant="unstyled"
      aria-describedby={error ? errorId : undefined}
    >
      <Stack gap="sm">
        {rows.map((row, index) => (
          <WorkRow
            key={row.key}
            row={row}
            path={`${list}.${index}`}
            list={list}
            index={index}
            spoorName={spoorName}
            messages={messagesUnder(messages, `${list}.${index}`)}
            actions={actions}
          />
        ))}
        <ListError id={errorId} message={error} />
        <Group>
          <Button
            ref={actions.addButtonRef(list)}
            variant="light"
            size="xs"
            onClick={() => actions.add(list, emptySuitableWork())}
          >
            {t('fml.ad.form.addWork', { spoor: spoorName })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

const WorkRow = section(function WorkRow({
  row,
  path,
  list,
  index,
  spoorName,
  messages,
  actions,
}: { row: SuitableWorkValues; path: string; list: string; index: number; spoorName: string } & SectionProps) {
  const { t } = useTranslation();
  const field = useField(messages, actions);
  const number = index + 1;
  return (
    <Fieldset legend={t('fml.ad.form.work', { spoor: spoorName, number })}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            ref={actions.focusRef(row.key)}
            label={t('fml.ad.form.isco08')}
            description={t('fml.ad.form.isco08Hint')}
            {...field.props(`${path}.isco08`, row.isco08)}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            required
          />
          <NumberInput
            label={t('fml.ad.form.hoursPerWeek')}
            {...field.props(`${path}.hoursPerWeek`, row.hoursPerWeek)}
            min={1}
            max={60}
            decimalScale={1}
          />
          <TextInput
            label={t('fml.ad.form.jobTitle')}
            description={t('fml.form.explanationHint')}
            {...field.props(`${path}.title`, row.title)}
            maxLength={TITLE_MAX_LENGTH}
            autoComplete="off"
          />
        </SimpleGrid>
        <Checkbox.Group label={t('fml.ad.form.adjustments')} {...field.props(`${path}.adjustments`, row.adjustments)}>
          <Group gap="md" mt={4}>
            {WORK_ADJUSTMENTS.map((adjustment: WorkAdjustment) => (
              <Checkbox key={adjustment} value={adjustment} label={upperFirst(t(`fml.ad.adjustments.${adjustment}`))} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group>
          <Button variant="subtle" color="red" size="xs" onClick={() => actions.remove(list, index)}>
            {t('fml.ad.form.removeWork', { spoor: spoorName, number })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
});
