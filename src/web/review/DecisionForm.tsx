// Recording the review decision about a client: one of the four, with an optional note.
import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useWindowEvent } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import {
  reviewDecisions,
  useRecordDecision,
  type ReviewClient,
  type ReviewDecision,
} from './queries.ts';

type Values = { decision: ReviewDecision | ''; note: string };

export function DecisionForm({
  client,
  year,
  yearLabel,
}: {
  client: ReviewClient;
  year: number;
  yearLabel: string;
}) {
  const { t } = useTranslation();
  const record = useRecordDecision();
  const form = useForm<Values>({
    initialValues: { decision: '', note: '' },
    validate: { decision: (value) => (value ? null : t('review.chooseRequired')) },
  });
  useWindowEvent('beforeunload', (event) => {
    if (form.isDirty() && !record.isPending) event.preventDefault();
  });
  const serverErrors = fieldErrors(record.error);

  const submit = form.onSubmit((values) => {
    if (!values.decision) return;
    record.mutate(
      {
        organizationId: client.id,
        body: { year, decision: values.decision, note: values.note.trim() || null },
      },
      {
        onSuccess: () => {
          form.reset();
          notifyDone(t('review.recorded', { name: client.name }));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {record.error !== null && (
          <Alert color="red" role="alert">
            {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(record.error)}
          </Alert>
        )}
        <Radio.Group
          label={t('review.choose')}
          description={t('review.decisionTitle', { year: yearLabel })}
          required
          {...form.getInputProps('decision')}
          error={form.errors.decision ?? serverErrors.decision}
        >
          <Stack gap="xs" mt="xs">
            {reviewDecisions.map((decision) => (
              <Radio
                key={decision}
                value={decision}
                label={t(`review.decisions.${decision}`)}
                description={t(`review.decisionHints.${decision}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('review.note')}
          placeholder={t('review.notePlaceholder')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          {...form.getInputProps('note')}
          error={form.errors.note ?? serverErrors.note}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t('review.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
