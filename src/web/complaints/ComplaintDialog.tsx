// Record a complaint (method §15: draw complaints out): what it is about is all it asks; the
// contact, severity, professional concerned and day come filled in (the firm's today). Opened
// from the client's page, a worklist item and the evaluation page, so recording one is two clicks.
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { IconMessageReport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintSeverities } from '../../core/satisfaction/complaint.ts';
import { api, unwrap } from '../api/client.ts';
import { useFirmToday } from '../app/today.ts';
import { useUsers } from '../app/users.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { useRecordComplaint, type Complaint } from './complaintQueries.ts';

type Values = {
  subject: string;
  contactId: string | null;
  severity: Complaint['severity'];
  professionalId: string | null;
  receivedOn: string;
  description: string;
};

export function ComplaintDialog(props: {
  organizationId: string;
  /** The contact who spoke, e.g. the one who answered an evaluation. */
  contactId?: string | null;
  /** What it is about, when the page already knows (an evaluation's comments). */
  subject?: string;
  onClose: () => void;
  onRecorded?: (complaint: Complaint) => void;
}) {
  const { t } = useTranslation();
  const users = useUsers();
  const today = useFirmToday();
  const contacts = useQuery({
    queryKey: ['contacts', props.organizationId, 'active'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/contacts', {
          params: { path: { id: props.organizationId }, query: { include: 'active' } },
        }),
      ),
  });
  const record = useRecordComplaint(props.organizationId);
  const form = useForm<Values>({
    initialValues: {
      subject: props.subject ?? '',
      contactId: props.contactId ?? null,
      severity: 'serious',
      professionalId: null,
      receivedOn: today,
      description: '',
    },
    validate: {
      subject: (value) => (value.trim() ? null : t('complaints.subjectRequired')),
      receivedOn: (value) => (value ? null : t('app.required')),
    },
  });
  const serverErrors = fieldErrors(record.error);
  const field = (name: keyof Values) => {
    const input = form.getInputProps(name);
    return { ...input, error: input.error ?? serverErrors[name] };
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('complaints.recordTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          record.mutate(
            {
              subject: values.subject.trim(),
              contactId: values.contactId,
              severity: values.severity,
              professionalId: values.professionalId,
              receivedOn: values.receivedOn,
              description: values.description.trim() || null,
            },
            {
              onSuccess: (saved) => {
                notifyDone(t('complaints.recorded', { subject: saved.subject }));
                props.onRecorded?.(saved);
                props.onClose();
              },
            },
          ),
        )}
      >
        <Stack>
          {record.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(record.error)}
            </Alert>
          )}
          <TextInput
            label={t('complaints.fields.subject')}
            required
            data-autofocus
            maxLength={200}
            {...field('subject')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('complaints.fields.contactId')}
              placeholder={t('complaints.fields.noContact')}
              clearable
              searchable
              data={(contacts.data?.items ?? []).map((contact) => ({
                value: contact.id,
                label: contact.displayName,
              }))}
              {...field('contactId')}
            />
            <Select
              label={t('complaints.fields.severity')}
              allowDeselect={false}
              data={complaintSeverities.map((value) => ({
                value,
                label: t(`complaints.severity.${value}`),
              }))}
              {...field('severity')}
            />
            <Select
              label={t('complaints.fields.professionalId')}
              placeholder={t('complaints.fields.manager')}
              description={t('complaints.fields.professionalHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              clearable
              searchable
              data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
              {...field('professionalId')}
            />
            <TextInput
              type="date"
              label={t('complaints.fields.receivedOn')}
              required
              {...field('receivedOn')}
            />
          </SimpleGrid>
          <Textarea
            label={t('complaints.fields.description')}
            autosize
            minRows={2}
            {...field('description')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('complaints.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The button that opens the dialog, for any page that shows a client. */
export function RecordComplaintButton(props: {
  organizationId: string;
  contactId?: string | null;
  subject?: string;
  size?: 'xs' | 'compact-sm';
  variant?: 'filled' | 'light' | 'subtle';
  label?: string;
  /** An icon with its words in a tooltip, where a row has no room for them (the worklist). */
  iconOnly?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      {props.iconOnly ? (
        <Tooltip label={props.label ?? t('complaints.record')}>
          <ActionIcon
            variant="subtle"
            color="orange.9"
            aria-label={props.label ?? t('complaints.record')}
            onClick={() => setOpen(true)}
          >
            <IconMessageReport size={16} />
          </ActionIcon>
        </Tooltip>
      ) : (
        <Button
          size={props.size ?? 'xs'}
          variant={props.variant ?? 'filled'}
          color={props.variant ? 'orange' : undefined}
          leftSection={<IconMessageReport size={14} />}
          aria-label={props.label}
          onClick={() => setOpen(true)}
        >
          {t('complaints.record')}
        </Button>
      )}
      {open && (
        <ComplaintDialog
          organizationId={props.organizationId}
          contactId={props.contactId ?? null}
          {...(props.subject !== undefined ? { subject: props.subject } : {})}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
