// The client table with its search, ABC filter, the top of the ranking the key figures chose,
// and the export of the rows as shown.
import {
  Button,
  CloseButton,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useDeferredValue, useEffect, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { clientExportTable } from './clientExport.ts';
import { ClientTable } from './ClientTable.tsx';
import {
  clientRows,
  nextSort,
  sortParam,
  type AbcClass,
  type ClientTableView,
} from './clientTable.ts';
import { ExportMenu } from '../shared/ExportMenu.tsx';
import type { Portfolio } from './queries.ts';

type Changes = Partial<Record<'q' | 'abc' | 'top' | 'sort', string | null>>;

export function ClientTableSection({
  portfolio,
  view: addressView,
  onChange,
  fileName,
  ref,
}: {
  portfolio: Portfolio;
  view: ClientTableView;
  onChange: (changes: Changes) => void;
  fileName: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  // the search filters as the user types, the address follows when they pause; typing stays
  // quick while 20,000 rows filter behind it
  const [search, setSearch] = useState(addressView.q);
  const [pausedSearch] = useDebouncedValue(search, 250);
  useEffect(() => {
    onChange({ q: pausedSearch || null });
  }, [pausedSearch]);
  // cleared from outside: the key figures' "show these clients"
  useEffect(() => {
    if (addressView.q === '') setSearch('');
  }, [addressView.q]);
  const filterText = useDeferredValue(search);
  const view = useMemo(() => ({ ...addressView, q: filterText }), [addressView, filterText]);
  const collator = useMemo(
    () => new Intl.Collator(language, { sensitivity: 'base', numeric: true }),
    [language],
  );
  const rows = useMemo(
    () => clientRows(portfolio.clients, view, collator),
    [portfolio.clients, view, collator],
  );
  const filtered = view.q !== '' || view.abcClass !== undefined || view.top !== undefined;

  return (
    <Stack gap="sm" component="section" ref={ref} aria-labelledby="portfolio-clients">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={0}>
          <Title order={2} size="h4" id="portfolio-clients">
            {t('portfolio.table.title')}
          </Title>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('portfolio.table.count', {
              count: rows.length,
              formattedCount: formatNumber(rows.length, language),
            })}
          </Text>
        </Stack>
        <ExportMenu table={() => clientExportTable(rows, { t, currency })} fileName={fileName} />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('portfolio.table.search')}
          placeholder={t('portfolio.table.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="portfolio-abc">
            {t('portfolio.table.abcClass')}
          </Text>
          <SegmentedControl
            aria-labelledby="portfolio-abc"
            value={view.abcClass ?? 'all'}
            data={[
              { value: 'all', label: t('portfolio.table.allClasses') },
              { value: 'A', label: 'A' },
              { value: 'B', label: 'B' },
              { value: 'C', label: 'C' },
            ]}
            onChange={(value) => onChange({ abc: value === 'all' ? null : (value as AbcClass) })}
          />
        </Stack>
        {view.top !== undefined && (
          <Group gap={4} className="filter-chip">
            <Text size="sm" fw={500}>
              {t('portfolio.table.top', {
                count: view.top,
                formattedCount: formatNumber(view.top, language),
              })}
            </Text>
            <CloseButton
              size="sm"
              aria-label={t('portfolio.table.clearTop')}
              onClick={() => onChange({ top: null })}
            />
          </Group>
        )}
      </Group>
      {rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center">
            <Text>{t('portfolio.table.noMatch')}</Text>
            {filtered && (
              <Button
                variant="light"
                onClick={() => {
                  setSearch('');
                  onChange({ q: null, abc: null, top: null });
                }}
              >
                {t('portfolio.table.clearFilters')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <ClientTable
            rows={rows}
            sort={view.sort}
            onSort={(column) => onChange({ sort: sortParam(nextSort(view.sort, column)) })}
            currency={currency}
          />
        </Paper>
      )}
    </Stack>
  );
}
