// Your API tokens: create one (its secret is shown once) or revoke it.
import { Button, Code, CopyButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { formatDateTime } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { fieldErrors, notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

const tokensKey = ['tokens'] as const;

export function TokenSettings() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Schemas['ApiToken'] | null>(null);
  const tokens = useQuery({
    queryKey: tokensKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/tokens'))).items,
  });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/tokens', { body: { name } })),
    onSuccess: async (created) => {
      setSecret(created.secret);
      setName('');
      await queryClient.invalidateQueries({ queryKey: tokensKey });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: tokensKey });
      notifyDone(t('app.saved'));
    },
    onError: (error) => {
      setRevoking(null);
      notifyError(error);
    },
  });
  const nameError = fieldErrors(create.error).name;

  return (
    <Section title={t('settings.tokens.title')} description={t('settings.tokens.intro')}>
      <Stack>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setSecret(null);
            create.mutate();
          }}
        >
          <Group align="flex-end">
            <TextInput
              label={t('settings.tokens.new')}
              placeholder={t('settings.tokens.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={
                nameError ?? (create.error && !nameError ? String(create.error.message) : undefined)
              }
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
              {t('settings.tokens.create')}
            </Button>
          </Group>
        </form>
        {secret && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('settings.tokens.secret')}
            </Text>
            <Group wrap="nowrap">
              <Code style={{ wordBreak: 'break-all' }}>{secret}</Code>
              <CopyButton value={secret}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? t('settings.users.copied') : t('settings.users.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
        {tokens.isPending ? (
          <Loading />
        ) : tokens.error ? (
          <LoadFailed error={tokens.error} retry={() => void tokens.refetch()} />
        ) : tokens.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('settings.tokens.empty')}
          </Text>
        ) : (
          <CardTable>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.tokens.name')}</Table.Th>
                <Table.Th>{t('settings.tokens.created')}</Table.Th>
                <Table.Th>{t('settings.tokens.lastUsed')}</Table.Th>
                <Table.Th aria-label={t('settings.tokens.revoke')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td data-label={t('settings.tokens.created')}>
                    {formatDateTime(token.createdAt, language)}
                  </Table.Td>
                  <Table.Td data-label={t('settings.tokens.lastUsed')}>
                    {token.lastUsedAt
                      ? formatDateTime(token.lastUsedAt, language)
                      : t('settings.tokens.never')}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('settings.tokens.revokeNamed', { name: token.name })}
                      onClick={() => setRevoking(token)}
                    >
                      {t('settings.tokens.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CardTable>
        )}
      </Stack>
      {revoking && (
        <ConfirmDialog
          opened
          title={t('settings.tokens.revokeTitle', { name: revoking.name })}
          text={t('settings.tokens.revokeText')}
          confirmLabel={t('settings.tokens.revoke')}
          busy={revoke.isPending}
          onConfirm={() => revoke.mutate(revoking.id)}
          onClose={() => setRevoking(null)}
        />
      )}
    </Section>
  );
}
