// All organisations: search (ignores case and accents), filters, sort, and a virtualised list
// that fetches the next page as the user scrolls.
import { Button, Group, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import {
  IconArrowDown,
  IconArrowUp,
  IconFileImport,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { usePermissions, useSession } from '../app/session.tsx';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { useSchemes } from '../choosing/queries.ts';
import { useUserNames } from '../app/users.ts';
import { formatDate, formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { readListParams, type ListParams } from './listParams.ts';
import { ContactHits } from './ContactHits.tsx';
import { OrganizationFilters } from './OrganizationFilters.tsx';
import { StatusBadge } from './StatusBadge.tsx';

const rowHeight = 48;
const pageSize = 50;

export function OrganizationListPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const permissions = usePermissions();
  const names = useUserNames();
  const { currency } = useSession().workspace;
  const schemes = useSchemes();
  const categories = schemes.data?.find((scheme) => scheme.isPrimary)?.categories ?? [];
  const [params, setParams] = useSearchParams();
  const filters = readListParams(params);
  const [text, setText] = useState(filters.q);
  const [q] = useDebouncedValue(text.trim(), 200);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  const update = (changes: Partial<ListParams>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      const isDefault =
        !value ||
        (key === 'sort' && value === 'name') ||
        (key === 'archived' && value === 'exclude');
      if (isDefault) next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if (q !== filters.q) update({ q });
    // only the debounced text drives the address
  }, [q]);

  const list = useInfiniteQuery({
    queryKey: ['organizations', 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: {
            query: {
              ...(filters.q ? { q: filters.q } : {}),
              ...(filters.status ? { status: filters.status } : {}),
              ...(filters.relationLevel ? { relationLevel: filters.relationLevel } : {}),
              ...(filters.category ? { category: filters.category } : {}),
              archived: filters.archived,
              sort: filters.sort,
              limit: pageSize,
              withTotal: pageParam ? 'false' : 'true',
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? null;
  const year = list.data?.pages[0]?.fiscalYear;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: list.hasNextPage ? rows.length + 1 : rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (lastIndex >= rows.length - 10 && list.hasNextPage && !list.isFetchingNextPage) {
      void list.fetchNextPage();
    }
  }, [lastIndex, rows.length, list]);

  const filtered =
    filters.q !== '' ||
    filters.status ||
    filters.relationLevel ||
    filters.category ||
    filters.archived !== 'exclude';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} size="h2">
            {t('organizations.title')}
          </Title>
          <Text size="sm" c="dimmed" aria-live="polite">
            {total !== null
              ? t('organizations.count', {
                  count: total,
                  formattedCount: formatNumber(total, language),
                })
              : ' '}
          </Text>
        </Stack>
        {permissions.write && (
          <Button component={Link} to="/organizations/new" leftSection={<IconPlus size={16} />}>
            {t('organizations.new')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          ref={searchRef}
          type="search"
          label={t('organizations.searchLabel')}
          placeholder={t('organizations.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
        />
        <OrganizationFilters filters={filters} update={update} categories={categories} />
      </Group>

      {filters.q !== '' && <ContactHits q={filters.q} />}

      {list.isPending ? (
        <Loading />
      ) : list.error && rows.length === 0 ? (
        <LoadFailed error={list.error} retry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center">
            <Text>{filtered ? t('organizations.noMatch') : t('organizations.empty')}</Text>
            {filtered ? (
              <Button
                variant="light"
                onClick={() => {
                  setText('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('organizations.clearFilters')}
              </Button>
            ) : (
              // a new firm's clients usually come with its revenue, so the import comes first
              permissions.write && (
                <Group>
                  <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />}>
                    {t('imports.importRevenue')}
                  </Button>
                  <Button component={Link} to="/organizations/new" variant="light">
                    {t('organizations.new')}
                  </Button>
                </Group>
              )
            )}
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <div className="organization-row header" style={{ height: 40 }} aria-hidden="true">
            <span>{t('organizations.columns.name')}</span>
            <span>{t('organizations.columns.city')}</span>
            <span>{t('organizations.columns.status')}</span>
            <span className="wide-only widest-only">
              {t('organizations.columns.relationLevel')}
            </span>
            <span className="wide-only">{t('organizations.columns.manager')}</span>
            <span className="wide-only">{t('organizations.columns.clientSince')}</span>
            <span>{t('organizations.columns.category')}</span>
            <span style={{ textAlign: 'right' }}>
              {/* the header row is hidden from assistive technology and the keyboard: the sort
                  menu offers the same two orders to both */}
              <UnstyledButton
                tabIndex={-1}
                fz="sm"
                fw={600}
                onClick={() =>
                  update({ sort: filters.sort === '-revenue' ? 'revenue' : '-revenue' })
                }
                title={t('organizations.columns.sortRevenue', { year })}
              >
                {t('organizations.columns.revenue', { year })}{' '}
                {filters.sort === '-revenue' ? (
                  <IconArrowDown size={12} />
                ) : filters.sort === 'revenue' ? (
                  <IconArrowUp size={12} />
                ) : null}
              </UnstyledButton>
            </span>
          </div>
          <div
            ref={scrollRef}
            style={{ height: 'calc(100vh - 320px)', minHeight: 300, overflowY: 'auto' }}
            aria-label={t('organizations.title')}
            role="region"
            tabIndex={0}
          >
            <ul
              style={{
                height: virtualizer.getTotalSize(),
                position: 'relative',
                margin: 0,
                padding: 0,
                listStyle: 'none',
              }}
            >
              {items.map((item) => {
                const organization = rows[item.index];
                return (
                  <li
                    key={item.key}
                    className="organization-row"
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: rowHeight,
                      transform: `translateY(${item.start}px)`,
                    }}
                  >
                    {organization ? (
                      <>
                        <Text
                          component={Link}
                          to={`/organizations/${organization.id}`}
                          fw={500}
                          size="sm"
                          truncate
                        >
                          {organization.name}
                        </Text>
                        <Text size="sm" truncate>
                          {organization.city ?? ''}
                        </Text>
                        <span>
                          <StatusBadge status={organization.status} />
                        </span>
                        <Text size="sm" className="wide-only widest-only" truncate>
                          {t(`organizations.relationLevel.${organization.relationLevel}`)}
                        </Text>
                        <Text size="sm" className="wide-only" truncate>
                          {organization.relationshipManagerId
                            ? (names.get(organization.relationshipManagerId) ?? '')
                            : ''}
                        </Text>
                        <Text size="sm" className="wide-only">
                          {formatDate(organization.clientSince, language)}
                        </Text>
                        <Text size="sm" truncate>
                          {organization.category
                            ? categoryLabel(organization.category, categories, t)
                            : ''}
                        </Text>
                        <Text size="sm" ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {formatMoney(organization.revenueCents, currency, language)}
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('organizations.loadingMore')}
                      </Text>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        </Paper>
      )}
    </Stack>
  );
}
