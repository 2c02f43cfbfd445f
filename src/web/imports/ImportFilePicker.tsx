// The file: dropped on the area or chosen with the button (keyboard and touch). A file larger
// than the API takes is refused here, before anything is sent.
import { Alert, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/index.ts';
import { formatFileSize, maxImportBytes } from './fileSize.ts';
import type { ImportKind } from './importFields.ts';

const accepted = {
  revenue: '.csv,.txt,.tsv,.xlsx,.xaf,.xml',
  assignments: '.csv,.txt,.tsv,.xlsx',
};

export function ImportFilePicker(props: {
  kind: ImportKind;
  picked: File | null;
  disabled: boolean;
  onPick: (file: File) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [tooLarge, setTooLarge] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  // the same file chosen again (after correcting it) must count as a new choice
  const resetInput = useRef<() => void>(null);

  const take = (file: File | null | undefined) => {
    if (!file || props.disabled) return;
    if (file.size > maxImportBytes) {
      setTooLarge(file);
      return;
    }
    setTooLarge(null);
    props.onPick(file);
    resetInput.current?.();
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <Stack gap="xs">
      <Paper
        withBorder
        p="lg"
        radius="md"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'var(--mantine-color-teal-7)' : undefined,
          background: dragging ? 'var(--mantine-color-teal-0)' : undefined,
        }}
      >
        <Group gap="md" wrap="wrap">
          <IconFileSpreadsheet size={36} aria-hidden="true" color="var(--mantine-color-teal-9)" />
          <Stack gap={2} style={{ flex: '1 1 260px' }}>
            {props.picked ? (
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {t('imports.file.chosen', {
                  name: props.picked.name,
                  size: formatFileSize(props.picked.size, language),
                })}
              </Text>
            ) : (
              <Text fw={600}>{t('imports.file.drop')}</Text>
            )}
            <Text size="sm" c="dimmed">
              {props.kind === 'revenue'
                ? t('imports.file.accepted')
                : t('imports.file.acceptedAssignments')}
            </Text>
          </Stack>
          <FileButton
            resetRef={resetInput}
            onChange={take}
            accept={accepted[props.kind]}
            disabled={props.disabled}
          >
            {(buttonProps) => (
              <Button
                {...buttonProps}
                variant={props.picked ? 'default' : 'filled'}
                leftSection={<IconUpload size={16} />}
              >
                {props.picked ? t('imports.file.replace') : t('imports.file.choose')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      {tooLarge && (
        <Alert color="red" role="alert">
          {t('imports.file.tooLarge', {
            name: tooLarge.name,
            size: formatFileSize(tooLarge.size, language),
          })}
        </Alert>
      )}
    </Stack>
  );
}
