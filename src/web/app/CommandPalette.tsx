// Ctrl+K: jump to an organisation (or a contact person's organisation) or a page, or log an activity, by typing; arrows and Enter
// choose.
import { Kbd, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { useContactSearch } from '../contacts/queries.ts';
import { usePermissions } from './session.tsx';

type Command = { key: string; label: string; hint?: string } & (
  { to: string } | { run: () => void }
);

export function CommandPalette({
  opened,
  onClose,
  onLogActivity,
}: {
  opened: boolean;
  onClose: () => void;
  onLogActivity: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { write } = usePermissions();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [query] = useDebouncedValue(text.trim(), 150);
  const found = useQuery({
    queryKey: ['palette', query],
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations', { params: { query: { q: query, limit: 8 } } })),
    enabled: opened && query.length > 0,
  });
  const contacts = useContactSearch(query, 5, opened);

  const commands = useMemo<Command[]>(() => {
    const pages: Command[] = [
      ...(write
        ? [{ key: 'log', label: t('worklist.logActivity'), hint: 'N A', run: onLogActivity }]
        : []),
      { key: 'worklist', label: t('worklist.palette'), to: '/worklist' },
      { key: 'new', label: t('palette.newOrganization'), to: '/organizations/new' },
      { key: 'list', label: t('palette.organizations'), to: '/organizations' },
      { key: 'portfolio', label: t('palette.portfolio'), to: '/portfolio' },
      { key: 'bridge', label: t('palette.bridge'), to: '/portfolio/bridge' },
      { key: 'matrix', label: t('palette.matrix'), to: '/portfolio/matrix' },
      { key: 'review', label: t('palette.review'), to: '/portfolio/review' },
      { key: 'plan', label: t('palette.plan'), to: '/portfolio/plan' },
      { key: 'acquisition', label: t('palette.acquisition'), to: '/portfolio/acquisition' },
      ...(write ? [{ key: 'import', label: t('imports.palette'), to: '/import' }] : []),
      { key: 'settings', label: t('palette.settings'), to: '/settings' },
    ];
    const needle = text.trim().toLowerCase();
    const matchingPages = pages.filter((page) => page.label.toLowerCase().includes(needle));
    const organizations = (found.data?.items ?? []).map((organization) => ({
      key: organization.id,
      label: organization.name,
      hint: organization.city ?? undefined,
      to: `/organizations/${organization.id}`,
    }));
    // a contact opens its organisation, where it is listed with its details
    const people = (contacts.data ?? []).map((contact) => ({
      key: `contact-${contact.id}`,
      label: contact.displayName,
      hint: t('palette.contactHint', { organization: contact.organizationName }),
      to: `/organizations/${contact.organizationId}`,
    }));
    return [...organizations, ...people, ...matchingPages];
  }, [found.data, contacts.data, text, t, write, onLogActivity]);

  const close = () => {
    setText('');
    setActive(0);
    onClose();
  };
  const choose = (command: Command | undefined) => {
    if (!command) return;
    close();
    if ('run' in command) command.run();
    else void navigate(command.to);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('palette.title')} size="lg">
      <TextInput
        data-autofocus
        aria-label={t('palette.placeholder')}
        placeholder={t('palette.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((index) => Math.min(index + 1, commands.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(commands[active]);
          }
        }}
      />
      <Stack gap={2} mt="sm" role="listbox" aria-label={t('palette.title')}>
        {commands.length === 0 && (
          <Text size="sm" c="dimmed" p="xs">
            {t('palette.nothing')}
          </Text>
        )}
        {commands.map((command, index) => (
          <UnstyledButton
            key={command.key}
            role="option"
            aria-selected={index === active}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(command)}
            p="xs"
            style={{
              borderRadius: 6,
              background: index === active ? 'var(--mantine-color-teal-0)' : undefined,
            }}
          >
            <Text size="sm">
              {command.label}
              {command.hint && (
                <Text span c="dimmed" size="sm">
                  {' · '}
                  {command.hint}
                </Text>
              )}
            </Text>
          </UnstyledButton>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">
        <Kbd>↑</Kbd> <Kbd>↓</Kbd> <Kbd>Enter</Kbd>
      </Text>
    </Modal>
  );
}
