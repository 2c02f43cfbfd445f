// Record or correct a client's evaluation (method.md §7): who answered and how, a score per aspect,
// the overall and recommend scores, the intention to continue or expand, the comments; a new
// evaluation below the firm's norm says at once what the improvement plan it opens will be. The
// server's objections appear at the fields they name.
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  evaluationAspects,
  evaluationMethods,
  recommendRange,
  scoreRange,
  trustIntentions,
} from '../../core/satisfaction/evaluation.ts';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useFirmToday } from '../app/today.ts';
import { useUsers } from '../app/users.ts';
import { useLanguage } from '../i18n/index.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { MoneyInput } from '../ui/MoneyInput.tsx';
import {
  costCents,
  dialogField,
  evaluationInput,
  evaluationValues,
  opensPlanAt,
  type EvaluationValues,
} from './evaluationDraft.ts';
import { useSaveEvaluation, type Evaluation } from './satisfactionQueries.ts';

export function EvaluationDialog(props: {
  organizationId: string;
  /** The evaluation to correct; none: a new one. */
  evaluation?: Evaluation | undefined;
  /** A new evaluation of this assignment (one that is due). */
  assignmentId?: string | null | undefined;
  /** The assignments to choose from: the ones due, and any an evaluation already names. */
  assignments: readonly { id: string; title: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSession();
  const norm = workspace.satisfactionNorm;
  const users = useUsers();
  const today = useFirmToday();
  const save = useSaveEvaluation(props.organizationId);
  const isNew = props.evaluation === undefined;
  const contacts = useQuery({
    queryKey: ['contacts', props.organizationId, 'active'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/contacts', {
          params: { path: { id: props.organizationId }, query: { include: 'active' } },
        }),
      ),
  });
  const form = useForm<EvaluationValues>({
    initialValues: evaluationValues({
      evaluation: props.evaluation,
      assignmentId: props.assignmentId,
      today,
    }),
    validate: {
      contactId: (value) => (value ? null : t('satisfaction.dialog.contactRequired')),
      evaluatedOn: (value) => (value ? null : t('app.required')),
      overall: (value) => (value === '' ? t('app.required') : null),
      planCost: (value, values) =>
        isNew && opensPlanAt(values.overall, norm) && Number.isNaN(costCents(value, language))
          ? t('gifts.valueHint')
          : null,
    },
  });

  // the server's objections become the form's errors, so each goes once its field is changed
  const serverErrors = (error: unknown) => {
    const errors: Partial<Record<keyof EvaluationValues, string>> = {};
    for (const [name, message] of Object.entries(fieldErrors(error))) {
      const field = dialogField(name);
      if (field && !errors[field]) errors[field] = message;
    }
    return errors;
  };
  const field = (name: keyof EvaluationValues) => form.getInputProps(name);
  const values = form.getValues();
  const planOpens = isNew && opensPlanAt(values.overall, norm);

  // a contact who has left since stays choosable on the evaluation they gave
  const contactOptions = (contacts.data?.items ?? []).map((contact) => ({
    value: contact.id,
    label: contact.displayName,
  }));
  const e = props.evaluation;
  if (e && !contactOptions.some((option) => option.value === e.contactId))
    contactOptions.push({ value: e.contactId, label: e.contactName });
  const assignmentOptions = props.assignments.map((a) => ({ value: a.id, label: a.title }));
  if (e?.assignmentId && !assignmentOptions.some((option) => option.value === e.assignmentId))
    assignmentOptions.push({ value: e.assignmentId, label: e.assignmentTitle ?? '' });

  const score = (name: keyof EvaluationValues, range: { min: number; max: number }) => ({
    min: range.min,
    max: range.max,
    allowDecimal: false,
    allowNegative: false,
    // out of range is said at the field, by the server's words, rather than changed silently
    clampBehavior: 'none' as const,
    ...field(name),
  });

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={isNew ? t('satisfaction.dialog.addTitle') : t('satisfaction.dialog.editTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((submitted) =>
          save.mutate(
            { id: e?.id, input: evaluationInput(submitted, { norm, isNew, language }) },
            {
              onError: (error) => form.setErrors(serverErrors(error)),
              onSuccess: (saved) => {
                notifyDone(
                  saved.improvementPlan && isNew
                    ? t('satisfaction.dialog.savedWithPlan', { norm })
                    : t('satisfaction.dialog.saved', { contact: saved.contactName }),
                );
                props.onClose();
              },
            },
          ),
        )}
      >
        <Stack>
          {save.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(serverErrors(save.error)).length
                ? t('app.fixFields')
                : errorMessage(save.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('satisfaction.fields.contactId')}
              description={t('satisfaction.fields.contactHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              required
              searchable
              data-autofocus
              allowDeselect={false}
              nothingFoundMessage={t('satisfaction.dialog.noContacts')}
              data={contactOptions}
              {...field('contactId')}
            />
            <Select
              label={t('satisfaction.fields.assignmentId')}
              placeholder={t('satisfaction.fields.wholeRelationship')}
              clearable
              clearButtonProps={{ 'aria-label': t('satisfaction.fields.wholeRelationship') }}
              data={assignmentOptions}
              {...field('assignmentId')}
            />
            <Select
              label={t('satisfaction.fields.method')}
              required
              allowDeselect={false}
              data={evaluationMethods.map((value) => ({
                value,
                label: t(`satisfaction.methods.${value}`),
              }))}
              {...field('method')}
            />
            <TextInput
              type="date"
              label={t('satisfaction.fields.evaluatedOn')}
              required
              max={today}
              {...field('evaluatedOn')}
            />
          </SimpleGrid>

          <Stack gap={4}>
            <Title order={3} size="h6">
              {t('satisfaction.dialog.aspects')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('satisfaction.dialog.aspectsHint')}
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            {evaluationAspects.map((aspect) => (
              <NumberInput
                key={aspect}
                label={t(`satisfaction.aspects.${aspect}`)}
                {...score(aspect, scoreRange)}
              />
            ))}
          </SimpleGrid>

          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('satisfaction.fields.overall')}
              description={t('satisfaction.fields.overallHint', { norm })}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              required
              {...score('overall', scoreRange)}
            />
            <NumberInput
              label={t('satisfaction.fields.recommend')}
              description={t('satisfaction.fields.recommendHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              {...score('recommend', recommendRange)}
            />
            <Select
              label={t('satisfaction.fields.trust')}
              description={t('satisfaction.fields.trustHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              clearable
              clearButtonProps={{ 'aria-label': t('satisfaction.fields.trustNone') }}
              data={trustIntentions.map((value) => ({
                value,
                label: t(`satisfaction.trust.${value}`),
              }))}
              {...field('trust')}
            />
          </SimpleGrid>
          <Textarea
            label={t('satisfaction.fields.comments')}
            autosize
            minRows={2}
            {...field('comments')}
          />

          {planOpens && (
            <Stack gap="sm" data-testid="evaluation-plan">
              <Alert color="orange" title={t('satisfaction.dialog.planTitle')}>
                {t('satisfaction.dialog.planText', { norm })}
              </Alert>
              <Textarea
                label={t('satisfaction.plan.what')}
                autosize
                minRows={2}
                {...field('planWhat')}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('satisfaction.plan.owner')}
                  placeholder={t('satisfaction.plan.ownerDefault')}
                  clearable
                  clearButtonProps={{ 'aria-label': t('satisfaction.plan.ownerDefault') }}
                  searchable
                  data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
                  {...field('planOwnerId')}
                />
                <TextInput
                  type="date"
                  label={t('satisfaction.plan.dueOn')}
                  description={t('satisfaction.plan.dueOnDefault')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  {...field('planDueOn')}
                />
                <MoneyInput
                  label={t('satisfaction.plan.cost')}
                  currency={workspace.currency}
                  value={values.planCost}
                  onChange={(text) => form.setFieldValue('planCost', text)}
                  error={form.errors.planCost}
                />
              </SimpleGrid>
            </Stack>
          )}

          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
