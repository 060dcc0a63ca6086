import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  EXPERT_OPINION_ANSWER_WEEKS,
  EXPERT_OPINION_QUESTIONS,
  EXPERT_OPINION_REQUESTERS,
  FREE_TEXT_MAX_LENGTH,
  LOONSANCTIE_MAX_WEEKS,
  LOONSANCTIE_REASONS,
  UWV_DECISION_KINDS,
  expectedExpertOpinionAnswer,
  uwvDecisionProblems,
  type ExpertOpinionQuestion,
} from '@spoor/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUwvDecisionMutation } from '../../api/useSpecialFile';
import { apiErrorText } from '../apiMessages';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm, type ValidatedForm } from '../forms/useValidatedForm';
import {
  answersFor,
  asksDurable,
  derivedWiaCategory,
  initialUwvDecisionValues,
  toUwvDecision,
  uwvApiFieldPath,
  uwvDecisionFormErrors,
  type UwvDecisionFormValues,
} from './uwvDecisionFormModel';

type UwvForm = ValidatedForm<UwvDecisionFormValues>;

/** A document of the special file the decision may point at. */
export interface DecisionDocumentOption {
  id: string;
  filename: string;
}

/**
 * What UWV decided or answered, as structure: first the kind (WIA decision, loonsanctie, deskundigenoordeel),
 * then only that kind's fields; optionally the document it came in, from the special file's uploads. The domain's
 * check runs on submit; the API's answer lands at the same inputs.
 */
export function UwvDecisionForm({
  caseId,
  documents,
  onDone,
}: {
  caseId: string;
  documents: readonly DecisionDocumentOption[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useUwvDecisionMutation(caseId);
  const form = useValidatedForm<UwvDecisionFormValues>(
    {
      initialValues: initialUwvDecisionValues(),
      validate: (values) => uwvDecisionFormErrors(uwvDecisionProblems(toUwvDecision(values)), values),
    },
    { apiError: mutation.error, apiFields: uwvApiFieldPath },
  );
  const values = form.getValues();
  const submit = form.onSubmit((entered) =>
    mutation.mutate({ decision: toUwvDecision(entered) }, { onSuccess: onDone }),
  );
  const general = form.errorText('decision');
  const explanationRequired = values.kind === 'loonsanctie' && values.reasons.includes('other');

  return (
    <Paper withBorder p="md" component="form" aria-label={t('fml.uwv.form.title')} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={4}>{t('fml.uwv.form.title')}</Title>
        <Radio.Group label={t('fml.uwv.form.kind')} {...form.getInputProps('kind')} required>
          <Group gap="md" mt={4}>
            {UWV_DECISION_KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={t(`fml.uwv.kinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>

        {values.kind === 'wia_decision' && <WiaFields form={form} />}
        {values.kind === 'loonsanctie' && <LoonsanctieFields form={form} />}
        {values.kind === 'expert_opinion' && <ExpertOpinionFields form={form} />}

        {values.kind !== '' && (
          <>
            <Select
              label={t('fml.uwv.form.document')}
              description={documents.length > 0 ? t('fml.uwv.form.documentHint') : t('fml.uwv.form.documentNone')}
              data={documents.map((document) => ({ value: document.id, label: document.filename }))}
              {...form.getInputProps('documentId')}
              disabled={documents.length === 0}
              clearable
              searchable
              nothingFoundMessage={t('common.none')}
            />
            <Textarea
              label={explanationRequired ? t('fml.uwv.form.explanation') : t('fml.uwv.form.explanationOptional')}
              description={t('fml.form.explanationHint')}
              {...form.getInputProps('explanation')}
              required={explanationRequired}
              autosize
              minRows={2}
              maxLength={FREE_TEXT_MAX_LENGTH}
            />
          </>
        )}

        {form.hasErrors && (
          <Alert color="yellow" role="alert">
            {t('fml.uwv.form.problems')}
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
            {t('fml.uwv.form.save')}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t('caseWork.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** WIA: the dates, the percentage, durability only from 80 %, and the category derived from them (never typed). */
function WiaFields({ form }: { form: UwvForm }) {
  const { t, i18n } = useTranslation();
  const categoryId = useId();
  const values = form.getValues();
  const category = derivedWiaCategory(values);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DayInput label={t('fml.uwv.form.decidedOn')} {...form.getInputProps('decidedOn')} required />
        <DayInput label={t('fml.uwv.form.startsOn')} {...form.getInputProps('startsOn')} required />
      </SimpleGrid>
      <NumberInput
        label={t('fml.uwv.form.loss')}
        description={t('fml.uwv.form.lossHint')}
        {...form.getInputProps('lossOfEarningCapacity')}
        min={0}
        max={100}
        decimalScale={2}
        decimalSeparator={i18n.language === 'en' ? '.' : ','}
        required
        maw={280}
      />
      {asksDurable(values) && (
        <Radio.Group label={t('fml.uwv.form.durable')} {...form.getInputProps('durable')} required>
          <Group gap="md" mt={4}>
            <Radio value="yes" label={t('fml.uwv.form.durableYes')} />
            <Radio value="no" label={t('fml.uwv.form.durableNo')} />
          </Group>
        </Radio.Group>
      )}
      <Stack gap={2}>
        <Text size="sm" fw={500} id={categoryId}>
          {t('fml.uwv.form.category')}
        </Text>
        <Text component="output" aria-labelledby={categoryId} aria-live="polite">
          {category ? t(`fml.uwv.categories.${category}`) : t('fml.uwv.form.categoryPending')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('fml.uwv.form.categoryDerived')}
        </Text>
      </Stack>
    </Stack>
  );
}

function LoonsanctieFields({ form }: { form: UwvForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DayInput label={t('fml.uwv.form.decidedOn')} {...form.getInputProps('decidedOn')} required />
        <NumberInput
          label={t('fml.uwv.form.weeks')}
          description={t('fml.uwv.form.weeksHint', { max: LOONSANCTIE_MAX_WEEKS })}
          {...form.getInputProps('weeks')}
          min={1}
          max={LOONSANCTIE_MAX_WEEKS}
          allowDecimal={false}
          allowNegative={false}
          required
        />
        <DayInput label={t('fml.uwv.form.loonsanctieStartsOn')} {...form.getInputProps('startsOn')} />
      </SimpleGrid>
      <Checkbox.Group label={t('fml.uwv.form.reasons')} {...form.getInputProps('reasons')} required>
        <Stack gap={4} mt={4}>
          {LOONSANCTIE_REASONS.map((reason) => (
            <Checkbox key={reason} value={reason} label={t(`fml.uwv.reasons.${reason}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}

/**
 * Deskundigenoordeel: the question, who asked and when (the expected answer prefilled four weeks later, as long as
 * it was not changed by hand), and UWV's answer once it came, from the answers that belong to the question.
 */
function ExpertOpinionFields({ form }: { form: UwvForm }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const requestedOn = form.getInputProps('requestedOn');
  const question = form.getInputProps('question');
  const onRequestedOn = (day: string | null) => {
    const { requestedOn: previous, expectedAnswerOn } = form.getValues();
    const prefilled =
      expectedAnswerOn === null || (previous !== null && expectedAnswerOn === expectedExpertOpinionAnswer(previous));
    form.setFieldValue('requestedOn', day);
    if (prefilled) form.setFieldValue('expectedAnswerOn', day ? expectedExpertOpinionAnswer(day) : null);
  };
  const onQuestion = (next: ExpertOpinionQuestion | '') => {
    form.setFieldValue('question', next);
    // An answer of another question does not fit this one.
    if (!answersFor(next).includes(form.getValues().answer)) form.setFieldValue('answer', '');
  };
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('fml.uwv.form.question')}
        {...question}
        onChange={(event) => onQuestion(event.currentTarget.value as ExpertOpinionQuestion | '')}
        data={[
          { value: '', label: t('fml.uwv.form.choose') },
          ...EXPERT_OPINION_QUESTIONS.map((value) => ({ value, label: t(`fml.uwv.questions.${value}`) })),
        ]}
        required
      />
      <Radio.Group label={t('fml.uwv.form.requestedBy')} {...form.getInputProps('requestedBy')} required>
        <Group gap="md" mt={4}>
          {EXPERT_OPINION_REQUESTERS.map((requester) => (
            <Radio key={requester} value={requester} label={t(`fml.uwv.requesters.${requester}`)} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DayInput label={t('fml.uwv.form.requestedOn')} {...requestedOn} onChange={onRequestedOn} required />
        <DayInput
          label={t('fml.uwv.form.expectedAnswerOn')}
          description={t('fml.uwv.form.expectedAnswerHint', { weeks: EXPERT_OPINION_ANSWER_WEEKS })}
          {...form.getInputProps('expectedAnswerOn')}
        />
        <DayInput label={t('fml.uwv.form.answeredOn')} {...form.getInputProps('answeredOn')} />
        <NativeSelect
          label={t('fml.uwv.form.answer')}
          {...form.getInputProps('answer')}
          data={[
            { value: '', label: t('fml.uwv.form.answerNone') },
            ...answersFor(values.question).map((value) => ({ value, label: t(`fml.uwv.answers.${value}`) })),
          ]}
        />
      </SimpleGrid>
    </Stack>
  );
}
