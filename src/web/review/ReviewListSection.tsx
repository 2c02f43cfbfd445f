// The review's list: search, the signals and decision filters, the export of the rows as shown,
// and the table.
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ExportMenu } from '../shared/ExportMenu.tsx';
import type { ReviewClient } from './queries.ts';
import { reviewExportTable } from './reviewExport.ts';
import {
  decisionFilters,
  flagFilters,
  isFiltered,
  type DecisionFilter,
  type FlagFilter,
  type ReviewView,
} from './reviewRows.ts';
import { ReviewTable } from './ReviewTable.tsx';

type Changes = Partial<Record<'q' | 'flags' | 'decision', string | null>>;

export function ReviewListSection(props: {
  rows: ReviewClient[];
  view: ReviewView;
  /** The search as typed; the view follows. */
  search: string;
  onSearch: (text: string) => void;
  onChange: (changes: Changes) => void;
  onOpen: (client: ReviewClient) => void;
  currency: string;
  fileName: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { view, rows } = props;

  return (
    <Stack gap="sm" component="section" aria-labelledby="review-clients">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite" id="review-clients">
          {t('review.count', {
            count: rows.length,
            formattedCount: formatNumber(rows.length, language),
          })}
        </Text>
        <ExportMenu
          table={() => reviewExportTable(rows, { t, currency: props.currency })}
          fileName={props.fileName}
        />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('review.search')}
          placeholder={t('review.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={props.search}
          onChange={(event) => props.onSearch(event.currentTarget.value)}
          style={{ flex: '1 1 12rem' }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="review-flags">
            {t('review.flagFilter')}
          </Text>
          <SegmentedControl
            aria-labelledby="review-flags"
            value={view.flags}
            data={flagFilters.map((value) => ({
              value,
              label: t(`review.flagFilters.${value}`),
            }))}
            onChange={(value) =>
              props.onChange({ flags: value === 'all' ? null : (value as FlagFilter) })
            }
          />
        </Stack>
        <Select
          label={t('review.decisionFilter')}
          data={decisionFilters.map((value) => ({
            value,
            label: t(`review.decisionFilters.${value}`),
          }))}
          value={view.decision}
          allowDeselect={false}
          onChange={(value) =>
            props.onChange({
              decision: !value || value === 'all' ? null : (value as DecisionFilter),
            })
          }
          w={200}
        />
      </Group>
      {rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center">
            <Text>{t('review.noMatch')}</Text>
            {isFiltered(view) && (
              <Button
                variant="light"
                onClick={() => {
                  props.onSearch('');
                  props.onChange({ q: null, flags: null, decision: null });
                }}
              >
                {t('review.clearFilters')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <ReviewTable rows={rows} currency={props.currency} onOpen={props.onOpen} />
        </Paper>
      )}
    </Stack>
  );
}
