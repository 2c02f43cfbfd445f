// Importing contact persons from a vCard file: the file is read first and the user sees what
// would be added, skipped and refused; only after confirming is anything saved.
import { Alert, Badge, Button, FileButton, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import type { en } from '../i18n/en.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { errorMessage, notifyDone, problemText } from '../ui/errors.ts';
import {
  importContactsVCard,
  maxVCardBytes,
  type VCardCardOutcome,
  type VCardImportResult,
} from './vcardQueries.ts';

const outcomeColor = { created: 'teal', skipped: 'gray', refused: 'red' } as const;

export function ContactVCardImport(props: {
  organizationId: string;
  onClose: () => void;
  onImported: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const check = useMutation({
    mutationFn: (picked: File) => importContactsVCard(props.organizationId, picked, true),
  });
  const run = useMutation({
    mutationFn: (picked: File) => importContactsVCard(props.organizationId, picked, false),
    onSuccess: async (result) => {
      notifyDone(t('vcard.imported', { count: result.created }));
      await props.onImported();
    },
  });
  const pick = (picked: File | null) => {
    if (!picked) return;
    check.reset();
    run.reset();
    setFile(picked);
    setTooLarge(picked.size > maxVCardBytes);
    if (picked.size <= maxVCardBytes) check.mutate(picked);
  };
  const preview = check.data;
  const failure = check.error ?? run.error;

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('vcard.importTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        <Text size="sm">{t('vcard.importIntro')}</Text>
        <Group>
          <FileButton onChange={pick} accept=".vcf,.vcard,text/vcard,text/x-vcard">
            {(buttonProps) => (
              <Button
                {...buttonProps}
                variant={file ? 'default' : 'filled'}
                leftSection={<IconUpload size={16} />}
                data-autofocus
              >
                {file ? t('vcard.otherFile') : t('vcard.chooseFile')}
              </Button>
            )}
          </FileButton>
          {file && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {file.name}
            </Text>
          )}
        </Group>
        {tooLarge && (
          <Alert color="red" role="alert">
            {t('vcard.tooLarge')}
          </Alert>
        )}
        {check.isPending && <Text size="sm">{t('vcard.checking')}</Text>}
        {failure && (
          <Alert color="red" role="alert">
            {failureText(failure, t)}
          </Alert>
        )}
        {preview && <VCardPreview result={preview} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('app.cancel')}
          </Button>
          <Button
            disabled={!preview || preview.created === 0 || !file}
            loading={run.isPending}
            onClick={() => file && run.mutate(file)}
          >
            {preview && preview.created > 0
              ? t('vcard.confirm', { count: preview.created })
              : t('vcard.nothingToAdd')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function failureText(error: Error, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'payload_too_large') return t('vcard.tooLarge');
    if (error.details.some((problem) => problem.field === 'file'))
      return error.details.some((problem) => problem.message === 'is empty')
        ? t('vcard.emptyFile')
        : t('vcard.noCards');
  }
  return errorMessage(error);
}

function VCardPreview({ result }: { result: VCardImportResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600} role="status">
        {t('vcard.summary', {
          created: result.created,
          skipped: result.skipped,
          refused: result.refused,
        })}
      </Text>
      <ScrollTable label={t('vcard.importTitle')} minWidth={560} maxHeight={360}>
        <Table verticalSpacing={4} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vcard.columns.card')}</Table.Th>
              <Table.Th>{t('vcard.columns.name')}</Table.Th>
              <Table.Th>{t('vcard.columns.outcome')}</Table.Th>
              <Table.Th>{t('vcard.columns.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.cards.map((card) => (
              <Table.Tr key={card.index}>
                <Table.Td>{card.index}</Table.Td>
                <Table.Td>
                  <Text size="sm">{card.displayName ?? card.label ?? '—'}</Text>
                  {card.email && (
                    <Text size="xs" c="dimmed">
                      {card.email}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={outcomeColor[card.outcome]}>
                    {t(`vcard.outcome.${card.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{cardDetail(card, t)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

// the fields of a contact person the server names when a card cannot be used
type ContactField = keyof typeof en.contacts.fields;

function cardDetail(card: VCardCardOutcome, t: TFunction): string {
  if (card.duplicateOf) {
    const { displayName: name, id, match } = card.duplicateOf;
    return id
      ? t(`vcard.duplicate.${match}`, { name })
      : t(`vcard.duplicateInFile.${match}`, { name });
  }
  if (card.reason === 'noName') return t('vcard.reasons.noName');
  if (card.reason === 'unknownVersion') return t('vcard.reasons.unknownVersion');
  if (card.reason === 'invalidFields')
    return card.problems
      .map(
        (problem) =>
          `${t(`contacts.fields.${problem.field as ContactField}`)}: ${problemText(problem)}`,
      )
      .join('; ');
  return '';
}
