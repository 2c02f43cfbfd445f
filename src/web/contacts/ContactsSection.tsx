// The contact persons of an organisation. Someone who leaves is ended, not removed.
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useFirmToday } from '../app/today.ts';
import { IconDoorExit, IconDownload, IconPencil, IconPlus, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { formatDate } from '../format.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { useLanguage } from '../i18n/index.ts';
import { errorMessage, fieldErrors, notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { ContactForm, type ContactInput } from './ContactForm.tsx';
import { ContactVCardImport } from './ContactVCardImport.tsx';
import { downloadContactsVCard } from './vcardQueries.ts';

type Contact = Schemas['Contact'];

export function ContactsSection({
  organizationId,
  editable,
}: {
  organizationId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [showEnded, setShowEnded] = useState(false);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [ending, setEnding] = useState<Contact | null>(null);
  const [importing, setImporting] = useState(false);
  const exportVCard = useMutation({
    mutationFn: () => downloadContactsVCard(organizationId),
    onError: notifyError,
  });
  const include = showEnded ? 'all' : 'active';
  const contacts = useQuery({
    queryKey: ['contacts', organizationId, include],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/contacts', {
          params: { path: { id: organizationId }, query: { include } },
        }),
      ),
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['contacts', organizationId] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);

  const save = useMutation({
    mutationFn: (input: ContactInput) =>
      editing && editing !== 'new'
        ? unwrap(
            api.PATCH('/api/v1/contacts/{id}', {
              params: { path: { id: editing.id } },
              body: input,
            }),
          )
        : unwrap(
            api.POST('/api/v1/organizations/{id}/contacts', {
              params: { path: { id: organizationId } },
              body: input,
            }),
          ),
    onSuccess: async (contact) => {
      setEditing(null);
      save.reset();
      await refresh();
      notifyDone(t('contacts.saved', { name: contact.displayName }));
    },
  });

  return (
    <Section
      title={t('contacts.title')}
      actions={
        <Group gap="md">
          <Switch
            label={t('contacts.showEnded')}
            checked={showEnded}
            onChange={(event) => setShowEnded(event.currentTarget.checked)}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            loading={exportVCard.isPending}
            onClick={() => exportVCard.mutate()}
          >
            {t('vcard.export')}
          </Button>
          {editable && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconUpload size={14} />}
              onClick={() => setImporting(true)}
            >
              {t('vcard.import')}
            </Button>
          )}
          {editable && (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => {
                save.reset();
                setEditing('new');
              }}
            >
              {t('contacts.add')}
            </Button>
          )}
        </Group>
      }
    >
      {contacts.isPending ? (
        <Loading />
      ) : contacts.error ? (
        <LoadFailed error={contacts.error} retry={() => void contacts.refetch()} />
      ) : contacts.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contacts.empty')}
        </Text>
      ) : (
        <CardTable verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contacts.fields.lastName')}</Table.Th>
              <Table.Th>{t('contacts.fields.jobTitle')}</Table.Th>
              <Table.Th>{t('contacts.fields.dmuRole')}</Table.Th>
              <Table.Th>{t('contacts.fields.email')}</Table.Th>
              <Table.Th>{t('contacts.fields.phone')}</Table.Th>
              {editable && <Table.Th aria-label={t('app.edit')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.data.items.map((contact) => (
              <Table.Tr key={contact.id} c={contact.active ? undefined : 'dimmed'}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {contact.listName}
                  </Text>
                  {!contact.active && contact.activeTo && (
                    <Badge size="xs" color="gray" variant="light">
                      {t('contacts.ended', { date: formatDate(contact.activeTo, language) })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td data-label={t('contacts.fields.jobTitle')}>{contact.jobTitle}</Table.Td>
                <Table.Td data-label={t('contacts.fields.dmuRole')}>
                  {contact.dmuRole && t(`contacts.dmuRole.${contact.dmuRole}`)}
                </Table.Td>
                <Table.Td data-label={t('contacts.fields.email')}>
                  {contact.email && (
                    <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
                  )}
                </Table.Td>
                <Table.Td data-label={t('contacts.fields.phone')}>{contact.phone}</Table.Td>
                {editable && (
                  <Table.Td>
                    {contact.active && (
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('app.edit')} ${contact.displayName}`}
                          onClick={() => {
                            save.reset();
                            setEditing(contact);
                          }}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('contacts.end')} ${contact.displayName}`}
                          onClick={() => setEnding(contact)}
                        >
                          <IconDoorExit size={16} />
                        </ActionIcon>
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </CardTable>
      )}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('contacts.add') : t('contacts.edit')}
        size="lg"
      >
        {editing !== null && (
          <ContactForm
            {...(editing !== 'new' ? { contact: editing } : {})}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      {importing && (
        <ContactVCardImport
          organizationId={organizationId}
          onClose={() => setImporting(false)}
          onImported={async () => {
            setImporting(false);
            await refresh();
          }}
        />
      )}
      {ending && (
        <EndContactDialog
          contact={ending}
          onClose={() => setEnding(null)}
          onEnded={async () => {
            setEnding(null);
            await refresh();
          }}
        />
      )}
    </Section>
  );
}

function EndContactDialog(props: {
  contact: Contact;
  onClose: () => void;
  onEnded: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [activeTo, setActiveTo] = useState(useFirmToday());
  const [reason, setReason] = useState('');
  const end = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/contacts/{id}/end', {
          params: { path: { id: props.contact.id } },
          body: { activeTo, reason: reason.trim() || null },
        }),
      ),
    onSuccess: async () => {
      notifyDone(t('contacts.endDone', { name: props.contact.displayName }));
      await props.onEnded();
    },
  });
  const errors = fieldErrors(end.error);
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('contacts.endTitle', { name: props.contact.displayName })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          end.mutate();
        }}
      >
        <Stack>
          <Text size="sm">{t('contacts.endText')}</Text>
          {end.error && !Object.keys(errors).length && (
            <Text c="red" size="sm" role="alert">
              {errorMessage(end.error)}
            </Text>
          )}
          <TextInput
            type="date"
            label={t('contacts.endDate')}
            required
            value={activeTo}
            onChange={(event) => setActiveTo(event.currentTarget.value)}
            error={errors.activeTo}
            data-autofocus
          />
          <Textarea
            label={t('contacts.endReason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" color="red" loading={end.isPending}>
              {t('contacts.end')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
