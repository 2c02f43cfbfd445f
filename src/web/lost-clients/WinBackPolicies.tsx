// The win-back policy per category (method §8), on the service-concept page: who acts when a
// client of the category is lost, and what is done how many days after the loss. A category the
// firm set nothing for shows its default (decision 0037).
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activityTypes, fourPs } from '../../core/servicing/four-ps.ts';
import { winBackActors } from '../../core/winback/win-back-policy.ts';
import { api, unwrap } from '../api/client.ts';
import { useUserNames, useUsers } from '../app/users.ts';
import { errorMessage, fieldErrors, notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { useWinBackPolicies, type WinBackPolicy, type WinBackPolicyInput } from './queries.ts';

export function WinBackPolicies(props: {
  schemeId: string;
  nameOf: (categoryKey: string) => string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const policies = useWinBackPolicies(props.schemeId);
  const [editing, setEditing] = useState<WinBackPolicy | null>(null);
  if (policies.isPending) return <Loading />;
  if (policies.error) return <LoadFailed error={policies.error} />;
  return (
    <Paper withBorder p="lg" component="section" data-testid="win-back-policies">
      <Title order={2} size="h4">
        {t('lost.policy.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('lost.policy.hint')}
      </Text>
      <Stack gap="md">
        {policies.data.items.map((policy) => (
          <PolicySummary
            key={policy.categoryKey}
            policy={policy}
            name={props.nameOf(policy.categoryKey)}
            readOnly={props.readOnly}
            onEdit={() => setEditing(policy)}
          />
        ))}
      </Stack>
      {editing && (
        <PolicyDialog
          schemeId={props.schemeId}
          policy={editing}
          name={props.nameOf(editing.categoryKey)}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}

function PolicySummary(props: {
  policy: WinBackPolicy;
  name: string;
  readOnly: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const names = useUserNames();
  const { policy } = props;
  const actor =
    policy.actor === 'namedUser' && policy.userId
      ? (names.get(policy.userId) ?? '…')
      : t(`lost.policy.actors.${policy.actor}`);
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Group gap="xs">
          <Text fw={600}>{props.name}</Text>
          {!policy.set && (
            <Badge variant="outline" color="gray">
              {t('lost.policy.isDefault')}
            </Badge>
          )}
        </Group>
        {!props.readOnly && (
          <Button size="compact-sm" variant="light" onClick={props.onEdit}>
            {t('lost.policy.edit')}
          </Button>
        )}
      </Group>
      {policy.steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('lost.policy.none')}
        </Text>
      ) : (
        <>
          <Text size="sm">
            {t('lost.policy.actor')}: {actor}
          </Text>
          <List size="sm">
            {policy.steps.map((step, index) => (
              <List.Item key={index}>
                {t('lost.policy.step', {
                  type: t(`activities.types.${step.type}`),
                  subject: step.subject,
                  days: step.daysAfterLoss,
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

function PolicyDialog(props: {
  schemeId: string;
  policy: WinBackPolicy;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const users = useUsers();
  const [draft, setDraft] = useState<WinBackPolicyInput>({
    actor: props.policy.actor,
    userId: props.policy.userId,
    steps: props.policy.steps,
  });
  const path = { id: props.schemeId, category: props.policy.categoryKey };
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: ['win-back-policies'] });
    notifyDone(t('lost.policy.saved', { category: props.name }));
    props.onClose();
  };
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/category-schemes/{id}/win-back-policies/{category}', {
          params: { path },
          body: draft,
        }),
      ),
    onSuccess: done,
  });
  const reset = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/category-schemes/{id}/win-back-policies/{category}', {
          params: { path },
        }),
      ),
    onSuccess: done,
    onError: notifyError,
  });
  const server = fieldErrors(save.error);
  const setStep = (index: number, change: Partial<WinBackPolicyInput['steps'][number]>) =>
    setDraft((old) => ({
      ...old,
      steps: old.steps.map((step, at) => (at === index ? { ...step, ...change } : step)),
    }));
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={`${t('lost.policy.title')}: ${props.name}`}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {save.error !== null && (
          <Alert color="red" role="alert">
            {Object.keys(server).length ? t('app.fixFields') : errorMessage(save.error)}
          </Alert>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('lost.policy.actor')}
            allowDeselect={false}
            data={winBackActors.map((actor) => ({
              value: actor,
              label: t(`lost.policy.actors.${actor}`),
            }))}
            value={draft.actor}
            onChange={(value) =>
              value &&
              setDraft((old) => ({
                ...old,
                actor: value as WinBackPolicyInput['actor'],
                userId: value === 'namedUser' ? old.userId : null,
              }))
            }
          />
          {draft.actor === 'namedUser' && (
            <Select
              label={t('lost.policy.user')}
              data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
              value={draft.userId}
              error={server.userId}
              onChange={(value) => setDraft((old) => ({ ...old, userId: value }))}
            />
          )}
        </Group>
        {draft.steps.map((step, index) => (
          <Group key={index} align="flex-end" wrap="wrap" gap="xs">
            <Select
              w={140}
              label={t('lost.policy.type')}
              allowDeselect={false}
              data={activityTypes.map((type) => ({
                value: type,
                label: t(`activities.types.${type}`),
              }))}
              value={step.type}
              onChange={(value) =>
                value && setStep(index, { type: value as (typeof activityTypes)[number] })
              }
            />
            <Select
              w={140}
              label={t('lost.policy.p')}
              clearable
              data={fourPs.map((p) => ({ value: p, label: t(`activities.ps.${p}`) }))}
              value={step.p}
              onChange={(value) => setStep(index, { p: value as (typeof fourPs)[number] | null })}
            />
            <TextInput
              style={{ flex: 1, minWidth: 160 }}
              label={t('lost.policy.subject')}
              value={step.subject}
              error={server[`steps.${index}.subject`]}
              onChange={(event) => setStep(index, { subject: event.currentTarget.value })}
            />
            <NumberInput
              w={130}
              label={t('lost.policy.days')}
              min={0}
              allowDecimal={false}
              value={step.daysAfterLoss}
              error={server[`steps.${index}.daysAfterLoss`]}
              onChange={(value) => setStep(index, { daysAfterLoss: Number(value) || 0 })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('lost.policy.removeStep')}
              onClick={() =>
                setDraft((old) => ({ ...old, steps: old.steps.filter((_, at) => at !== index) }))
              }
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              setDraft((old) => ({
                ...old,
                steps: [
                  ...old.steps,
                  { type: 'call', p: 'person', subject: '', daysAfterLoss: 14 },
                ],
              }))
            }
          >
            {t('lost.policy.addStep')}
          </Button>
        </Group>
        <Group justify="space-between">
          <Button
            variant="subtle"
            color="gray"
            loading={reset.isPending}
            onClick={() => reset.mutate()}
          >
            {t('lost.policy.reset')}
          </Button>
          <Group>
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button loading={save.isPending} onClick={() => save.mutate()}>
              {t('app.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
