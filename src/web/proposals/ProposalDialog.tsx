// Add or change a client's proposal (method.md §11): its stage with the days that stage has, its
// value, the colleague working on it and the acquisition angle; the server's objections appear at
// the fields they name.
import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useFirmToday } from '../app/today.ts';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  acquisitionAngles,
  proposalStages,
  type AcquisitionAngle,
  type ProposalStage,
} from '../../core/servicing/proposal-stages.ts';
import { useSession } from '../app/session.tsx';
import { useUsers } from '../app/users.ts';
import { useLanguage } from '../i18n/index.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { MoneyInput } from '../ui/MoneyInput.tsx';
import type { Proposal } from './proposalBoard.ts';
import {
  dialogField,
  hasSentDay,
  isDecided,
  proposalInput,
  proposalValues,
  valueCents,
  type ProposalValues,
} from './proposalDraft.ts';
import { useSaveProposal } from './proposalQueries.ts';

export function ProposalDialog(props: {
  organizationId: string;
  /** The proposal to change; none: a new one. */
  proposal?: Proposal | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const users = useUsers();
  const save = useSaveProposal(props.organizationId);
  const today = useFirmToday();
  const form = useForm<ProposalValues>({
    initialValues: proposalValues({
      proposal: props.proposal,
      today,
      me: session.user.id,
      language,
    }),
    validate: {
      title: (value) => (value.trim() ? null : t('app.required')),
      requestedOn: (value) => (value ? null : t('app.required')),
      value: (value) =>
        Number.isNaN(valueCents(value, language)) ? t('proposals.dialog.valueHint') : null,
      lostReason: (value, values) =>
        values.stage === 'lost' && !value.trim() ? t('app.required') : null,
    },
  });

  const serverErrors: Partial<Record<keyof ProposalValues, string>> = {};
  for (const [field, message] of Object.entries(fieldErrors(save.error))) {
    const name = dialogField(field);
    if (name && !serverErrors[name]) serverErrors[name] = message;
  }
  const field = (name: keyof ProposalValues) => {
    const input = form.getInputProps(name);
    return { ...input, error: input.error ?? serverErrors[name] };
  };

  // a colleague who left stays choosable on the proposal they worked on
  const owners = new Map<string, string>();
  if (props.proposal?.ownerId) owners.set(props.proposal.ownerId, props.proposal.ownerName ?? '');
  for (const user of users.data ?? []) owners.set(user.id, user.name);

  const stage = form.getValues().stage;
  const submit = (values: ProposalValues) =>
    save.mutate(
      { id: props.proposal?.id ?? null, input: proposalInput(values, language) },
      {
        onSuccess: (saved) => {
          notifyDone(t('proposals.section.saved', { title: saved.title }));
          props.onClose();
        },
      },
    );

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.proposal ? t('proposals.dialog.editTitle') : t('proposals.dialog.newTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          {save.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(save.error)}
            </Alert>
          )}
          <TextInput
            label={t('proposals.dialog.title')}
            required
            data-autofocus
            {...field('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('proposals.dialog.stage')}
              required
              allowDeselect={false}
              data={proposalStages.map((value) => ({
                value,
                label: t(`proposals.stages.${value}`),
              }))}
              {...field('stage')}
              onChange={(value) => value && form.setFieldValue('stage', value as ProposalStage)}
            />
            <TextInput
              type="date"
              label={t('proposals.dialog.requestedOn')}
              required
              {...field('requestedOn')}
            />
            {hasSentDay(stage) && (
              <TextInput
                type="date"
                label={t('proposals.dialog.sentOn')}
                description={t('proposals.dialog.sentOnHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                {...field('sentOn')}
              />
            )}
            {isDecided(stage) && (
              <TextInput
                type="date"
                label={t('proposals.dialog.decidedOn')}
                description={t('proposals.dialog.sentOnHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                {...field('decidedOn')}
              />
            )}
          </SimpleGrid>
          {stage === 'lost' && (
            <Textarea
              label={t('proposals.dialog.lostReason')}
              required
              autosize
              minRows={2}
              {...field('lostReason')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MoneyInput
              label={t('proposals.dialog.value')}
              currency={session.workspace.currency}
              value={form.getValues().value}
              onChange={(text) => form.setFieldValue('value', text)}
              error={form.errors.value ?? serverErrors.value}
            />
            <Select
              label={t('proposals.dialog.ownerId')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('proposals.board.noOwner') }}
              data={[...owners].map(([value, label]) => ({ value, label }))}
              {...field('ownerId')}
            />
          </SimpleGrid>
          <Select
            label={t('proposals.dialog.angle')}
            placeholder={t('proposals.dialog.noAngle')}
            clearable
            clearButtonProps={{ 'aria-label': t('proposals.dialog.noAngle') }}
            data={acquisitionAngles.map((value) => ({
              value,
              label: t(`proposals.angles.${value}`),
            }))}
            {...field('angle')}
            onChange={(value) =>
              form.setFieldValue('angle', (value ?? null) as AcquisitionAngle | null)
            }
          />
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
