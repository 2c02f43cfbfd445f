// The firm's users: roles, disabling, signing out everywhere, and invitations.
import {
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Menu,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  ActionIcon,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { usePermissions, useSession } from '../app/session.tsx';
import { usersKey, useUsers } from '../app/users.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { fieldErrors, notifyDone, notifyError } from '../ui/errors.ts';
import { roleOptions } from '../ui/options.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

type User = Schemas['User'];
type Role = User['role'];

export function UserSettings() {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const permissions = usePermissions();
  const queryClient = useQueryClient();
  const users = useUsers();
  const [disabling, setDisabling] = useState<User | null>(null);
  const [inviting, setInviting] = useState(false);

  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Schemas['UserUpdate'] }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: async () => {
      setDisabling(null);
      await queryClient.invalidateQueries({ queryKey: usersKey });
      notifyDone(t('app.saved'));
    },
    onError: (error) => {
      setDisabling(null);
      notifyError(error);
    },
  });
  const endSessions = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/users/{id}/end-sessions', { params: { path: { id } } })),
    onSuccess: (result) => notifyDone(t('settings.users.sessionsEnded', { count: result.ended })),
    onError: notifyError,
  });

  if (users.isPending) return <Loading />;
  if (users.error) return <LoadFailed error={users.error} retry={() => void users.refetch()} />;

  return (
    <Stack>
      <Section
        title={t('settings.users.title')}
        actions={
          permissions.manageUsers && (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setInviting(true)}
            >
              {t('settings.users.invite')}
            </Button>
          )
        }
      >
        <CardTable verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.users.name')}</Table.Th>
              <Table.Th>{t('settings.users.email')}</Table.Th>
              <Table.Th>{t('settings.users.role')}</Table.Th>
              <Table.Th>{t('settings.users.state')}</Table.Th>
              {permissions.manageUsers && <Table.Th aria-label={t('nav.menu')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>
                  {user.name}
                  {user.id === me.id && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      ({t('settings.users.you')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label={t('settings.users.email')}>{user.email}</Table.Td>
                <Table.Td data-label={t('settings.users.role')}>
                  {permissions.manageUsers ? (
                    <Select
                      size="xs"
                      aria-label={`${t('settings.users.role')} ${user.name}`}
                      data={roleOptions(t)}
                      value={user.role}
                      allowDeselect={false}
                      onChange={(role) =>
                        role && update.mutate({ id: user.id, body: { role: role as Role } })
                      }
                      w={150}
                    />
                  ) : (
                    t(`settings.roles.${user.role}`)
                  )}
                </Table.Td>
                <Table.Td data-label={t('settings.users.state')}>
                  <Badge color={user.disabled ? 'gray' : 'teal'} variant="light">
                    {user.disabled ? t('settings.users.disabled') : t('settings.users.active')}
                  </Badge>
                </Table.Td>
                {permissions.manageUsers && (
                  <Table.Td>
                    {user.id !== me.id && (
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon variant="subtle" aria-label={`${t('nav.menu')} ${user.name}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => endSessions.mutate(user.id)}>
                            {t('settings.users.endSessions')}
                          </Menu.Item>
                          {user.disabled ? (
                            <Menu.Item
                              onClick={() =>
                                update.mutate({ id: user.id, body: { disabled: false } })
                              }
                            >
                              {t('settings.users.enable')}
                            </Menu.Item>
                          ) : (
                            <Menu.Item color="red" onClick={() => setDisabling(user)}>
                              {t('settings.users.disable')}
                            </Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </CardTable>
      </Section>
      {permissions.manageUsers && <Invitations />}
      {disabling && (
        <ConfirmDialog
          opened
          title={t('settings.users.disableTitle', { name: disabling.name })}
          text={t('settings.users.disableText')}
          confirmLabel={t('settings.users.disable')}
          busy={update.isPending}
          onConfirm={() => update.mutate({ id: disabling.id, body: { disabled: true } })}
          onClose={() => setDisabling(null)}
        />
      )}
      <InviteDialog opened={inviting} onClose={() => setInviting(false)} />
    </Stack>
  );
}

const invitationsKey = ['invitations'] as const;

function Invitations() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const invitations = useQuery({
    queryKey: invitationsKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/invitations'))).items,
  });
  const withdraw = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
    onError: notifyError,
  });
  const open = (invitations.data ?? []).filter((invitation) => !invitation.acceptedAt);
  return (
    <Section title={t('settings.users.invitations')}>
      {invitations.isPending ? (
        <Loading />
      ) : invitations.error ? (
        <LoadFailed error={invitations.error} />
      ) : open.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('settings.users.noInvitations')}
        </Text>
      ) : (
        <Stack gap="xs">
          {open.map((invitation) => (
            <Group key={invitation.id} justify="space-between">
              <Text size="sm">
                {invitation.name} &lt;{invitation.email}&gt; ·{' '}
                {t(`settings.roles.${invitation.role}`)}{' '}
                <Text span c="dimmed" size="sm">
                  ·{' '}
                  {t('settings.users.expires', {
                    date: formatDate(invitation.expiresAt, language),
                  })}
                </Text>
              </Text>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={withdraw.isPending && withdraw.variables === invitation.id}
                onClick={() => withdraw.mutate(invitation.id)}
              >
                {t('settings.users.withdraw')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function InviteDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [link, setLink] = useState<{ url: string; name: string } | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', role: 'professional' },
    validate: {
      name: (value) => (value.trim() ? null : t('app.required')),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('app.required')),
    },
  });
  const invite = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/v1/invitations', { body: { ...values, role: values.role as Role } })),
    onSuccess: async (created) => {
      setLink({
        url: `${window.location.origin}/invitation?token=${encodeURIComponent(created.token)}`,
        name: created.invitation.name,
      });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: invitationsKey });
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      if (Object.keys(errors).length) form.setErrors(errors);
      else notifyError(error);
    },
  });
  const close = () => {
    setLink(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('settings.users.inviteTitle')}>
      {link ? (
        <Stack>
          <Text size="sm">{t('settings.users.invitationLink', { name: link.name })}</Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {link.url}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={link.url}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('settings.users.copied') : t('settings.users.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('app.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => invite.mutate(values))} noValidate>
          <Stack>
            <TextInput
              label={t('settings.users.name')}
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('settings.users.email')}
              type="email"
              required
              {...form.getInputProps('email')}
            />
            <Select
              label={t('settings.users.role')}
              data={roleOptions(t)}
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('app.cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending}>
                {t('settings.users.invite')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
