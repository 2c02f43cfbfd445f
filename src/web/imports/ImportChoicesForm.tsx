// The two choices an import asks for, and the button that imports; while it runs, nothing can be
// sent twice.
import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import type { ImportChoices } from './importQuery.ts';
import { blockedByRefusedRows, type ImportSummary } from './importReport.ts';

export function ImportChoicesForm(props: {
  summary: ImportSummary;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
  running: boolean;
  busy: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { summary, choices } = props;
  const blocked = blockedByRefusedRows(summary, choices.importGoodRows);
  const locked = props.running;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-choices-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="import-choices-title">
          {t('imports.choices.title')}
        </Title>
        <Group align="flex-start" gap="xl" wrap="wrap">
          <Radio.Group
            label={t('imports.choices.unknownCustomers')}
            value={choices.createCustomers ? 'create' : 'leave-out'}
            onChange={(value) =>
              props.onChoices({ ...choices, createCustomers: value === 'create' })
            }
          >
            <Stack gap={6} mt={6}>
              <Radio value="create" label={t('imports.choices.create')} disabled={locked} />
              <Radio value="leave-out" label={t('imports.choices.leaveOut')} disabled={locked} />
            </Stack>
          </Radio.Group>
          <Radio.Group
            label={t('imports.choices.refusedRows')}
            value={choices.importGoodRows ? 'good' : 'nothing'}
            onChange={(value) => props.onChoices({ ...choices, importGoodRows: value === 'good' })}
          >
            <Stack gap={6} mt={6}>
              <Radio value="good" label={t('imports.choices.importGood')} disabled={locked} />
              <Radio value="nothing" label={t('imports.choices.importNothing')} disabled={locked} />
            </Stack>
          </Radio.Group>
        </Group>
        {blocked && <Alert color="yellow">{t('imports.choices.blocked')}</Alert>}
        <Group gap="md" wrap="wrap">
          <Button
            size="md"
            leftSection={<IconDatabaseImport size={18} />}
            loading={props.running}
            disabled={blocked || props.busy}
            onClick={() => {
              if (!props.running) props.onConfirm();
            }}
          >
            {t(summary.kind === 'revenue' ? 'imports.confirmCount' : 'imports.confirmAssignments', {
              count: summary.toWrite,
              formattedCount: formatNumber(summary.toWrite, language),
            })}
          </Button>
          {props.running && (
            <Text size="sm" c="dimmed" role="status">
              {t('imports.running')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
