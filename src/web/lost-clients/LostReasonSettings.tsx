// The firm's lost reasons (method §8): add its own, rename, hide from new losses, delete one no
// loss gives. Presets and reasons in use are hidden, never deleted, so every loss keeps its reason.
import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { usePermissions } from '../app/session.tsx';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { fieldErrors, notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { reasonLabel, useLostReasons, useRefreshLosses, type LostReason } from './queries.ts';

export function LostReasonSettings() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const reasons = useLostReasons();
  const refresh = useRefreshLosses();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/lost-reasons', { body: { name } })),
    onSuccess: async () => {
      setName('');
      await refresh();
      notifyDone(t('lost.settings.added'));
    },
  });
  const update = useMutation({
    mutationFn: (input: { id: string; hidden: boolean }) =>
      unwrap(
        api.PATCH('/api/v1/lost-reasons/{id}', {
          params: { path: { id: input.id } },
          body: { hidden: input.hidden },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      notifyDone(t('lost.settings.saved'));
    },
    onError: notifyError,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/lost-reasons/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      await refresh();
      notifyDone(t('lost.settings.deleted'));
    },
    onError: notifyError,
  });
  const editable = permissions.manageWorkspace;
  if (reasons.isPending) return <Loading />;
  if (reasons.error) return <LoadFailed error={reasons.error} />;
  return (
    <Section title={t('lost.settings.title')} description={t('lost.settings.intro')}>
      <Stack>
        {!editable && (
          <Text size="sm" c="dimmed">
            {t('lost.settings.onlyOwner')}
          </Text>
        )}
        <ScrollTable label={t('lost.settings.title')} minWidth={360}>
          <Table striped>
            <Table.Tbody>
              {reasons.data.items.map((reason) => (
                <ReasonRow
                  key={reason.id}
                  reason={reason}
                  editable={editable}
                  onHide={(hidden) => update.mutate({ id: reason.id, hidden })}
                  onDelete={() => remove.mutate(reason.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {editable && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              create.mutate();
            }}
          >
            <Group align="flex-end">
              <TextInput
                label={t('lost.settings.name')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={fieldErrors(create.error).name}
              />
              <Button type="submit" loading={create.isPending}>
                {t('lost.settings.add')}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Section>
  );
}

function ReasonRow(props: {
  reason: LostReason;
  editable: boolean;
  onHide: (hidden: boolean) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { reason } = props;
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs">
          <Text size="sm" c={reason.hidden ? 'dimmed' : undefined}>
            {reasonLabel(reason, t)}
          </Text>
          {reason.hidden && (
            <Badge variant="outline" color="gray">
              {t('lost.settings.hidden')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {t('lost.settings.inUse', { count: reason.inUse })}
        </Text>
      </Table.Td>
      <Table.Td>
        {props.editable && (
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            <Button size="compact-sm" variant="subtle" onClick={() => props.onHide(!reason.hidden)}>
              {reason.hidden ? t('lost.settings.show') : t('lost.settings.hide')}
            </Button>
            {reason.preset === null && reason.inUse === 0 && (
              <Button size="compact-sm" variant="subtle" color="red" onClick={props.onDelete}>
                {t('lost.settings.delete')}
              </Button>
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
