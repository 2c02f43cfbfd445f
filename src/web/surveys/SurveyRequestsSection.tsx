// On a client's page: the evaluations asked by a personal link, with their status, and asking one
// for an ended assignment (decision 0040): the link made to copy, or mailed to the contact.
import {
  Badge,
  Button,
  CopyButton,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { notifyError } from '../ui/errors.ts';
import { Section } from '../ui/Section.tsx';

type Status = Schemas['SurveyRequest']['status'];
const statusColor: Record<Status, string> = {
  created: 'gray',
  sent: 'blue',
  reminded: 'yellow',
  answered: 'teal',
  expired: 'red',
  revoked: 'gray',
};

export function SurveyRequestsSection({
  organizationId,
  editable,
}: {
  organizationId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [asking, setAsking] = useState(false);
  const requests = useQuery({
    queryKey: ['survey-requests', organizationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/survey-requests', {
          params: { path: { id: organizationId } },
        }),
      ),
  });
  const items = requests.data?.items ?? [];
  return (
    <Section
      title={t('surveyRequests.title')}
      testId="survey-requests"
      actions={
        editable && (
          <Button size="xs" onClick={() => setAsking(true)}>
            {t('surveyRequests.ask')}
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('surveyRequests.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveyRequests.contact')}</Table.Th>
                <Table.Th>{t('surveyRequests.assignment')}</Table.Th>
                <Table.Th>{t('surveyRequests.made')}</Table.Th>
                <Table.Th>{t('surveyRequests.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td>{request.contactName}</Table.Td>
                  <Table.Td>{request.assignmentTitle ?? t('surveyRequests.relationship')}</Table.Td>
                  <Table.Td>{formatDate(request.createdAt.slice(0, 10), language)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={statusColor[request.status]}>
                      {t(`surveyRequests.statuses.${request.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {asking && <AskDialog organizationId={organizationId} onClose={() => setAsking(false)} />}
    </Section>
  );
}

function AskDialog({ organizationId, onClose }: { organizationId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const firmLanguage = useSession().workspace.locale;
  const [contactId, setContactId] = useState<string | null>(null);
  const [assignmentId, setAssignmentId] = useState<string>('');
  const [surveyLanguage, setSurveyLanguage] = useState<'nl' | 'en'>(firmLanguage);
  const [link, setLink] = useState<string | null>(null);
  const contacts = useQuery({
    queryKey: ['contacts', organizationId, 'active'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/contacts', {
          params: { path: { id: organizationId }, query: { include: 'active' } },
        }),
      ),
  });
  // the ended assignments still waiting for their evaluation
  const due = useQuery({
    queryKey: ['evaluations-due'],
    queryFn: () => unwrap(api.GET('/api/v1/evaluations-due')),
  });
  const ended = (due.data?.items ?? []).filter((item) => item.organizationId === organizationId);
  const make = useMutation({
    mutationFn: (send: boolean) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/survey-requests', {
          params: { path: { id: organizationId } },
          body: {
            contactId: contactId ?? '',
            assignmentId: assignmentId || null,
            language: surveyLanguage,
            send,
          },
        }),
      ),
    onSuccess: (made) => {
      setLink(made.link);
      void queryClient.invalidateQueries({ queryKey: ['survey-requests', organizationId] });
    },
    onError: notifyError,
  });
  const sent = make.data?.request.sentAt;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('surveyRequests.ask')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {link ? (
        <Stack>
          <Text size="sm">
            {sent ? t('surveyRequests.sentText') : t('surveyRequests.madeText')}
          </Text>
          <TextInput readOnly value={link} label={t('surveyRequests.link')} />
          <Group justify="flex-end">
            <CopyButton value={link}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('surveyRequests.copied') : t('surveyRequests.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('surveyRequests.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Select
            label={t('surveyRequests.assignment')}
            data={[
              { value: '', label: t('surveyRequests.relationship') },
              ...ended.map((item) => ({ value: item.assignmentId, label: item.assignmentTitle })),
            ]}
            value={assignmentId}
            onChange={(value) => setAssignmentId(value ?? '')}
            allowDeselect={false}
          />
          <Select
            label={t('surveyRequests.contact')}
            required
            data={(contacts.data?.items ?? []).map((contact) => ({
              value: contact.id,
              label: contact.displayName,
            }))}
            value={contactId}
            onChange={setContactId}
          />
          <SegmentedControl
            aria-label={t('surveyRequests.language')}
            value={surveyLanguage}
            onChange={(value) => setSurveyLanguage(value === 'en' ? 'en' : 'nl')}
            data={[
              { value: 'nl', label: t('languages.nl') },
              { value: 'en', label: t('languages.en') },
            ]}
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              disabled={!contactId}
              loading={make.isPending && make.variables === false}
              onClick={() => make.mutate(false)}
            >
              {t('surveyRequests.makeLink')}
            </Button>
            <Button
              disabled={!contactId}
              loading={make.isPending && make.variables === true}
              onClick={() => make.mutate(true)}
            >
              {t('surveyRequests.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
