import { Alert, Box, Button, Group, NativeSelect, NumberInput, Paper, Progress, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { FML_CAPACITIES, FML_RUBRIEKEN, HEALTH_DOCUMENT_KINDS, type FmlCapacity, type HealthDocumentKind } from '@spoor/domain';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  UWV_OPINION_KINDS,
  useFmlMutation,
  useHealthRecordMutation,
  useOccupationalAssessmentMutation,
  useUploadDocumentMutation,
  useUwvOpinionMutation,
  type FmlRubriekInput,
  type UwvOpinionKind,
} from '../../api/useSpecialFile';
import { apiErrorText } from '../apiMessages';

interface FormShellProps {
  onSubmit: () => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  missing: boolean;
  label: string;
  children: ReactNode;
}

function FormShell({ onSubmit, onCancel, pending, error, missing, label, children }: FormShellProps) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={label}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="sm">
        {children}
        {missing && (
          <Alert color="yellow" role="alert">
            {t('caseWork.specialFile.required')}
          </Alert>
        )}
        {error !== null && error !== undefined && (
          <Alert color="red" role="alert">
            {apiErrorText(error, t)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {t('caseWork.save')}
          </Button>
          <Button variant="subtle" color="gray" onClick={onCancel}>
            {t('caseWork.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function HealthRecordForm({
  caseId,
  firstSickDay,
  prognosis,
  onDone,
}: {
  caseId: string;
  firstSickDay: string | null;
  prognosis: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [day, setDay] = useState(firstSickDay ?? '');
  const [text, setText] = useState(prognosis ?? '');
  const mutation = useHealthRecordMutation(caseId);
  return (
    <FormShell
      label={t('caseWork.specialFile.health')}
      pending={mutation.isPending}
      error={mutation.error}
      missing={false}
      onCancel={onDone}
      onSubmit={() => mutation.mutate({ firstSickDay: day || undefined, prognosis: text.trim() || undefined }, { onSuccess: onDone })}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('caseWork.specialFile.firstSickDay')} value={day} onChange={(event) => setDay(event.currentTarget.value)} />
      </SimpleGrid>
      <Textarea label={t('caseWork.specialFile.prognosis')} value={text} onChange={(event) => setText(event.currentTarget.value)} autosize minRows={2} />
    </FormShell>
  );
}

/** All six rubrieken, each with a capacity; hours per day for rubriek 6. */
export function FmlForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const [assessedOn, setAssessedOn] = useState('');
  const [assessor, setAssessor] = useState('');
  const [notes, setNotes] = useState('');
  const [capacities, setCapacities] = useState<Record<number, FmlCapacity>>(() => Object.fromEntries(FML_RUBRIEKEN.map((r) => [r.number, 'normal'])));
  const [hours, setHours] = useState<number | string>('');
  const [missing, setMissing] = useState(false);
  const mutation = useFmlMutation(caseId);

  const submit = () => {
    if (!assessedOn || !assessor.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const rubrieken: FmlRubriekInput[] = FML_RUBRIEKEN.map((rubriek) => ({
      number: rubriek.number,
      capacity: capacities[rubriek.number] ?? 'normal',
      items: [],
      ...(rubriek.number === 6 && typeof hours === 'number' ? { hoursPerDay: hours } : {}),
    }));
    mutation.mutate({ assessedOn, assessor: assessor.trim(), rubrieken, notes: notes.trim() || undefined }, { onSuccess: onDone });
  };

  return (
    <FormShell label={t('caseWork.specialFile.addFml')} pending={mutation.isPending} error={mutation.error} missing={missing} onCancel={onDone} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('caseWork.specialFile.assessedOn')} value={assessedOn} onChange={(event) => setAssessedOn(event.currentTarget.value)} required />
        <TextInput label={t('caseWork.specialFile.assessor')} value={assessor} onChange={(event) => setAssessor(event.currentTarget.value)} required maxLength={200} />
      </SimpleGrid>
      <Table>
        <Table.Tbody>
          {FML_RUBRIEKEN.map((rubriek) => (
            <Table.Tr key={rubriek.number}>
              <Table.Td>
                <NativeSelect
                  label={`${rubriek.number}. ${rubriek[language]}`}
                  value={capacities[rubriek.number]}
                  onChange={(event) => {
                    const value = event.currentTarget.value as FmlCapacity;
                    setCapacities((previous) => ({ ...previous, [rubriek.number]: value }));
                  }}
                  data={FML_CAPACITIES.map((value) => ({ value, label: t(`caseWork.specialFile.capacities.${value}`) }))}
                />
              </Table.Td>
              <Table.Td w={200} style={{ verticalAlign: 'bottom' }}>
                {rubriek.number === 6 && (
                  <NumberInput label={t('caseWork.specialFile.hoursPerDay')} value={hours} onChange={setHours} min={0} max={24} decimalScale={1} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Textarea label={t('caseWork.specialFile.notes')} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} autosize minRows={2} />
    </FormShell>
  );
}

export function OccupationalAssessmentForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ reportDate: '', conclusionOwnWork: '', suitableWork: '', advice: '' });
  const [missing, setMissing] = useState(false);
  const mutation = useOccupationalAssessmentMutation(caseId);
  const set = (field: keyof typeof form) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setForm((previous) => ({ ...previous, [field]: value }));
  };
  return (
    <FormShell
      label={t('caseWork.specialFile.addOccupational')}
      pending={mutation.isPending}
      error={mutation.error}
      missing={missing}
      onCancel={onDone}
      onSubmit={() => {
        if (Object.values(form).some((value) => !value.trim())) {
          setMissing(true);
          return;
        }
        setMissing(false);
        mutation.mutate(form, { onSuccess: onDone });
      }}
    >
      <TextInput type="date" label={t('caseWork.specialFile.reportDate')} value={form.reportDate} onChange={set('reportDate')} required w={240} />
      <Textarea label={t('caseWork.specialFile.conclusionOwnWork')} value={form.conclusionOwnWork} onChange={set('conclusionOwnWork')} required autosize minRows={2} />
      <Textarea label={t('caseWork.specialFile.suitableWork')} value={form.suitableWork} onChange={set('suitableWork')} required autosize minRows={2} />
      <Textarea label={t('caseWork.specialFile.advice')} value={form.advice} onChange={set('advice')} required autosize minRows={2} />
    </FormShell>
  );
}

export function UwvOpinionForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<UwvOpinionKind>('expert_opinion');
  const [opinionDate, setOpinionDate] = useState('');
  const [outcome, setOutcome] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useUwvOpinionMutation(caseId);
  return (
    <FormShell
      label={t('caseWork.specialFile.addUwv')}
      pending={mutation.isPending}
      error={mutation.error}
      missing={missing}
      onCancel={onDone}
      onSubmit={() => {
        if (!opinionDate || !outcome.trim()) {
          setMissing(true);
          return;
        }
        setMissing(false);
        mutation.mutate({ kind, opinionDate, outcome: outcome.trim() }, { onSuccess: onDone });
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('caseWork.specialFile.uwvKind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as UwvOpinionKind)}
          data={UWV_OPINION_KINDS.map((value) => ({ value, label: t(`caseWork.specialFile.uwvKinds.${value}`) }))}
        />
        <TextInput type="date" label={t('caseWork.specialFile.opinionDate')} value={opinionDate} onChange={(event) => setOpinionDate(event.currentTarget.value)} required />
      </SimpleGrid>
      <Textarea label={t('caseWork.specialFile.outcome')} value={outcome} onChange={(event) => setOutcome(event.currentTarget.value)} required autosize minRows={2} />
    </FormShell>
  );
}

/** A drop zone (or click to choose), the document kind, and a progress bar while uploading. */
export function DocumentUpload({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<HealthDocumentKind>('fml');
  const [progress, setProgress] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const [noFile, setNoFile] = useState(false);
  const mutation = useUploadDocumentMutation(caseId, setProgress);

  const choose = (chosen: File | undefined | null) => {
    if (!chosen) return;
    setFile(chosen);
    setNoFile(false);
    mutation.reset();
    setProgress(null);
  };

  return (
    <Stack gap="sm" mt="sm">
      <Text fw={600}>{t('caseWork.specialFile.upload.title')}</Text>
      <Box
        role="button"
        tabIndex={0}
        aria-label={t('caseWork.specialFile.upload.choose')}
        onClick={() => input.current?.click()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            input.current?.click();
          }
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          choose(event.dataTransfer.files[0]);
        }}
        p="lg"
        style={{
          border: `2px dashed var(--mantine-color-${dragging ? 'teal-6' : 'gray-4'})`,
          borderRadius: 'var(--mantine-radius-md)',
          background: dragging ? 'var(--mantine-color-teal-0)' : 'var(--mantine-color-gray-0)',
          cursor: 'pointer',
          textAlign: 'center',
        }}
      >
        <Text size="sm">{t('caseWork.specialFile.upload.drop')}</Text>
        {file && (
          <Text size="sm" fw={600} mt={4}>
            {t('caseWork.specialFile.upload.chosen', { name: file.name })}
          </Text>
        )}
      </Box>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="special-file-upload-input"
        accept="application/pdf,image/png,image/jpeg"
        onChange={(event) => {
          choose(event.currentTarget.files?.[0]);
          event.currentTarget.value = '';
        }}
      />
      <Group align="flex-end">
        <NativeSelect
          label={t('caseWork.specialFile.documentKind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as HealthDocumentKind)}
          data={HEALTH_DOCUMENT_KINDS.map((value) => ({ value, label: t(`caseWork.specialFile.documentKinds.${value}`) }))}
        />
        <Button
          loading={mutation.isPending}
          onClick={() => {
            if (!file) {
              setNoFile(true);
              return;
            }
            setProgress(0);
            mutation.mutate({ file, kind }, { onSuccess: () => setFile(null) });
          }}
        >
          {t('caseWork.specialFile.upload.submit')}
        </Button>
      </Group>
      {progress !== null && (mutation.isPending || mutation.isSuccess) && (
        <Progress value={Math.round(progress * 100)} aria-label={t('caseWork.specialFile.upload.progress')} animated={mutation.isPending} />
      )}
      {noFile && (
        <Alert color="yellow" role="alert">
          {t('caseWork.specialFile.upload.noFile')}
        </Alert>
      )}
      {mutation.isError && (
        <Alert color="red" role="alert">
          {apiErrorText(mutation.error, t, { 413: 'caseWork.specialFile.upload.tooLarge', 415: 'caseWork.specialFile.upload.wrongType' })}
        </Alert>
      )}
      {mutation.isSuccess && (
        <Alert color="teal" role="status">
          {t('caseWork.specialFile.upload.done')}
        </Alert>
      )}
    </Stack>
  );
}
