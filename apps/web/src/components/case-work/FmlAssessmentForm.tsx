import {
  Accordion,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  DBM_BASES,
  FML_ASSESSORS,
  FML_FORM_2015,
  FML_GRADE_LABELS,
  FREE_TEXT_MAX_LENGTH,
  GBM_GROUNDS,
  SPECIFICATION_MAX_LENGTH,
  WORKING_HOURS_REASONS,
  coachCapacities,
  fmlAssessmentProblems,
  formatCoachCapacities,
  type FmlAssessment,
  type FmlItemDefinition,
  type FmlRubriekDefinition,
} from '@spoor/domain';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFmlAssessmentMutation } from '../../api/useSpecialFile';
import { apiErrorText } from '../apiMessages';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm, type ValidatedForm } from '../forms/useValidatedForm';
import { fieldMessage, isCalendarDay } from '../validation';
import { GRADE_COLOURS, answerLines, type Language } from './FmlAssessmentView';
import {
  apiFieldsFor,
  asksForSpecification,
  formErrorsOf,
  hoursPerDayLimited,
  hoursPerWeekLimited,
  initialFmlValues,
  itemKey,
  itemPath,
  nextMultipleChoice,
  toFmlAssessment,
  type FmlFormValues,
  type FmlItemValues,
} from './fmlFormModel';

const DEFAULT_ANSWER: FmlItemValues = { options: ['0'], specification: '' };

type FmlForm = ValidatedForm<FmlFormValues>;

/** The rubriek (as the accordion's value) of a form path that has an error, if it is an item's. */
function rubriekOfPath(path: string): string | null {
  const match = /^answers\.i(\d)_/.exec(path);
  return match ? match[1] : null;
}

/**
 * The labour expert fills in the FML item by item: six rubrieken (an accordion: each header is a button, Enter
 * or Space opens it), every item with only its own options at the form's reference value, "namelijk" words only
 * where a chosen option asks for them, the rubriek grade derived from its items, the conclusion and the working
 * hours, and a summary of the limitations (and the coach's lines) before saving. The domain's check runs on
 * submit; the API's answer lands at the same inputs.
 */
export function FmlAssessmentForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const mutation = useFmlAssessmentMutation(caseId);
  const [sent, setSent] = useState<FmlAssessment | null>(null);
  const apiFields = useMemo(() => apiFieldsFor(sent), [sent]);
  const form = useValidatedForm<FmlFormValues>(
    {
      initialValues: initialFmlValues(),
      validate: (values) => {
        const assessment = toFmlAssessment(values);
        const errors = formErrorsOf(fmlAssessmentProblems(assessment), assessment);
        if (!isCalendarDay(values.assessedOn)) errors['assessedOn'] = fieldMessage('REQUIRED');
        return errors;
      },
    },
    { apiError: mutation.error, apiFields },
  );
  const values = form.getValues();
  const assessment = toFmlAssessment(values);
  // Stable for the memoised items; the form object itself is new on every render.
  const formRef = useRef(form);
  formRef.current = form;
  const setField = useCallback<SetField>((path, value) => formRef.current.setFieldValue(path, value), []);

  const [open, setOpen] = useState<string[]>([]);
  const withErrors = [
    ...new Set(
      Object.keys(form.errors)
        .map(rubriekOfPath)
        .filter((rubriek): rubriek is string => rubriek !== null),
    ),
  ].sort();
  const errorKey = withErrors.join(',');
  useEffect(() => {
    // A rubriek with a problem opens, so its message can be seen (and reached with the keyboard).
    if (errorKey !== '') setOpen((current) => [...new Set([...current, ...errorKey.split(',')])]);
  }, [errorKey]);

  const submit = form.onSubmit((entered) => {
    if (!entered.assessedOn) return;
    const body = toFmlAssessment(entered);
    setSent(body);
    mutation.mutate({ assessedOn: entered.assessedOn, assessment: body }, { onSuccess: onDone });
  });
  const general = form.errorText('assessment');

  return (
    <Paper withBorder p="md" component="form" aria-label={t('fml.form.title')} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={4}>{t('fml.form.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('fml.form.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DayInput label={t('fml.form.assessedOn')} {...form.getInputProps('assessedOn')} required />
          <NativeSelect
            label={t('fml.form.assessor')}
            {...form.getInputProps('assessor')}
            data={[
              { value: '', label: t('fml.form.assessorNone') },
              ...FML_ASSESSORS.map((value) => ({ value, label: t(`fml.assessors.${value}`) })),
            ]}
          />
        </SimpleGrid>

        <Accordion multiple variant="separated" value={open} onChange={setOpen} chevronPosition="left">
          {FML_FORM_2015.rubrieken.map((rubriek, index) => (
            <RubriekSection
              key={rubriek.number}
              rubriek={rubriek}
              grade={assessment.rubrieken[index]?.grade ?? 'normal'}
              changed={assessment.rubrieken[index]?.items.length ?? 0}
              hasProblem={withErrors.includes(String(rubriek.number))}
              opened={open.includes(String(rubriek.number))}
              form={form}
              setField={setField}
              language={language}
            />
          ))}
        </Accordion>

        <Conclusion form={form} />
        {(hoursPerDayLimited(values) || hoursPerWeekLimited(values)) && <WorkingHours form={form} />}

        <Textarea
          label={t('fml.form.explanation')}
          description={t('fml.form.explanationHint')}
          {...form.getInputProps('explanation')}
          autosize
          minRows={2}
          maxLength={FREE_TEXT_MAX_LENGTH}
        />

        <Summary assessment={assessment} language={language} />

        {form.hasErrors && (
          <Alert color="yellow" role="alert">
            {t('fml.form.problems')}
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
            {t('fml.form.save')}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t('caseWork.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RubriekSection({
  rubriek,
  grade,
  changed,
  hasProblem,
  opened,
  form,
  setField,
  language,
}: {
  rubriek: FmlRubriekDefinition;
  grade: keyof typeof FML_GRADE_LABELS;
  changed: number;
  hasProblem: boolean;
  opened: boolean;
  form: FmlForm;
  setField: SetField;
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <Accordion.Item value={String(rubriek.number)}>
      <Accordion.Control>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{t('fml.rubriekHeading', { roman: rubriek.roman, label: rubriek.label[language] })}</Text>
          <Badge color={GRADE_COLOURS[grade]} variant="light">
            {t('fml.grade', { grade: FML_GRADE_LABELS[grade][language] })}
          </Badge>
          {changed > 0 && (
            <Text size="xs" c="dimmed">
              {t('fml.form.changed', { count: changed })}
            </Text>
          )}
          {hasProblem && (
            <Badge color="red" variant="outline">
              {t('fml.form.hasProblems')}
            </Badge>
          )}
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        {/* Only an open rubriek renders its items: 64 items of radios would slow every keystroke down. */}
        {opened && (
          <Stack gap="md">
            <Text size="xs" c="dimmed">
              {t('fml.gradeDerived')}
            </Text>
            {rubriek.items.map((definition) => {
              const path = itemPath(definition.code);
              return (
                <ItemField
                  key={definition.code}
                  definition={definition}
                  answer={form.getValues().answers[itemKey(definition.code)] ?? DEFAULT_ANSWER}
                  optionsError={form.errorText(`${path}.options`)}
                  specificationError={form.errorText(`${path}.specification`)}
                  language={language}
                  setField={setField}
                />
              );
            })}
          </Stack>
        )}
      </Accordion.Panel>
    </Accordion.Item>
  );
}

type SetField = (path: string, value: string[] | string) => void;

/** One item: memoised, so a change elsewhere does not re-render the other items of an open rubriek. */
const ItemField = memo(function ItemField({
  definition,
  answer,
  optionsError,
  specificationError,
  language,
  setField,
}: {
  definition: FmlItemDefinition;
  answer: FmlItemValues;
  optionsError: string | undefined;
  specificationError: string | undefined;
  language: Language;
  setField: SetField;
}) {
  const { t } = useTranslation();
  const path = itemPath(definition.code);
  const label = `${definition.code} ${definition.label[language]}`;
  const setOptions = (next: string[]) => setField(`${path}.options`, next);
  const choices = definition.options.map((option) => ({
    value: String(option.value),
    label: option.label[language],
  }));
  return (
    <Stack gap={4}>
      {definition.choice === 'single' ? (
        <Radio.Group
          label={label}
          value={answer.options[0] ?? '0'}
          onChange={(next) => setOptions([next])}
          error={optionsError}
        >
          <Stack gap={4} mt={4}>
            {choices.map((choice) => (
              <Radio key={choice.value} value={choice.value} label={choice.label} />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Checkbox.Group
          label={label}
          value={answer.options}
          onChange={(next) => setOptions(nextMultipleChoice(answer.options, next))}
          error={optionsError}
        >
          <Stack gap={4} mt={4}>
            {choices.map((choice) => (
              <Checkbox key={choice.value} value={choice.value} label={choice.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {asksForSpecification(definition, answer.options) && (
        <Textarea
          label={t('fml.form.specification', { code: definition.code })}
          description={t('fml.form.specificationHint')}
          value={answer.specification}
          onChange={(event) => setField(`${path}.specification`, event.currentTarget.value)}
          error={specificationError}
          autosize
          minRows={1}
          maxLength={SPECIFICATION_MAX_LENGTH}
        />
      )}
    </Stack>
  );
});

function Conclusion({ form }: { form: FmlForm }) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Stack gap="sm">
      <Title order={5}>{t('fml.form.conclusion')}</Title>
      <Radio.Group label={t('fml.form.durable')} {...form.getInputProps('durableCapacities')} required>
        <Stack gap={4} mt={4}>
          <Radio value="yes" label={t('fml.form.durableYes')} />
          <Radio value="no" label={t('fml.form.durableNo')} />
        </Stack>
      </Radio.Group>
      {values.durableCapacities === 'no' ? (
        <Checkbox.Group label={t('fml.form.grounds')} {...form.getInputProps('grounds')} required>
          <Stack gap={4} mt={4}>
            {GBM_GROUNDS.map((ground) => (
              <Checkbox key={ground} value={ground} label={t(`fml.grounds.${ground}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <NativeSelect
          label={t('fml.form.basis')}
          {...form.getInputProps('basis')}
          required
          data={[
            { value: '', label: t('fml.form.basisNone') },
            ...DBM_BASES.map((value) => ({ value, label: t(`fml.bases.${value}`) })),
          ]}
        />
      )}
    </Stack>
  );
}

function WorkingHours({ form }: { form: FmlForm }) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Stack gap="sm">
      <Title order={5}>{t('fml.form.workingHours')}</Title>
      <Text size="sm" c="dimmed">
        {t('fml.form.workingHoursHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {hoursPerDayLimited(values) && (
          <NumberInput
            label={t('fml.form.hoursPerDay')}
            {...form.getInputProps('hoursPerDay')}
            min={0}
            max={24}
            decimalScale={1}
            required
          />
        )}
        {hoursPerWeekLimited(values) && (
          <NumberInput
            label={t('fml.form.hoursPerWeek')}
            {...form.getInputProps('hoursPerWeek')}
            min={0}
            max={168}
            decimalScale={1}
            required
          />
        )}
        <NativeSelect
          label={t('fml.form.reason')}
          {...form.getInputProps('hoursReason')}
          required
          data={[
            { value: '', label: t('fml.form.reasonNone') },
            ...WORKING_HOURS_REASONS.map((value) => ({ value, label: t(`fml.reasons.${value}`) })),
          ]}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The limitations as the physician's FML says them, and the lines the coach will read (once it is valid). */
function Summary({ assessment, language }: { assessment: FmlAssessment; language: Language }) {
  const { t } = useTranslation();
  const lines = answerLines(assessment, language);
  const capacities = coachCapacities(assessment);
  return (
    <Paper bg="gray.0" p="sm" aria-label={t('fml.form.summary')} component="section">
      <Stack gap="xs">
        <Title order={5}>{t('fml.form.summary')}</Title>
        {lines.length === 0 ? (
          <Text size="sm">{t('fml.form.summaryNone')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        <Text size="sm" fw={600}>
          {t('fml.form.coachPreview')}
        </Text>
        {capacities === null ? (
          <Text size="sm" c="dimmed">
            {t('fml.form.coachPreviewIncomplete')}
          </Text>
        ) : capacities.capacities.length === 0 ? (
          <Text size="sm">{t('fml.coach.noLimits')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {formatCoachCapacities(capacities, language).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
