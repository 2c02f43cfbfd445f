// The clients of the file: known ones by how they were recognised, new ones to create (or made),
// and the ones whose lines stay out.
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import type { ImportSummary } from './importReport.ts';

const listed = 12;

export function ImportCustomers({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const { matched, created, createdCount, unknown } = summary.customers;
  const known = matched.byCode + matched.byKvk + matched.byName;
  const more = (total: number) =>
    total > listed && (
      <List.Item>{t('imports.customers.more', { formattedCount: n(total - listed) })}</List.Item>
    );

  return (
    <Stack gap="xs" component="section" aria-labelledby="import-customers-title">
      <Title order={3} size="h5" id="import-customers-title">
        {t('imports.customers.title')}
      </Title>
      <Text size="sm">
        {t('imports.customers.matched', {
          formattedCount: n(known),
          formattedByCode: n(matched.byCode),
          formattedByKvk: n(matched.byKvk),
          formattedByName: n(matched.byName),
        })}
      </Text>
      {createdCount > 0 && (
        <>
          <Text size="sm">
            {t(summary.written ? 'imports.customers.created' : 'imports.customers.toCreate', {
              count: createdCount,
              formattedCount: n(createdCount),
            })}
          </Text>
          <List size="sm" withPadding>
            {created.slice(0, listed).map((customer) => (
              <List.Item key={customer.id}>
                {summary.written ? (
                  <Anchor component={Link} to={`/organizations/${customer.id}`}>
                    {customer.name}
                  </Anchor>
                ) : (
                  customer.name
                )}
                {customer.code ? ` (${customer.code})` : ''}
              </List.Item>
            ))}
            {more(createdCount)}
          </List>
        </>
      )}
      {unknown.length > 0 && (
        <>
          <Text size="sm">
            {t('imports.customers.unknown', {
              count: unknown.length,
              formattedCount: n(unknown.length),
            })}
          </Text>
          <List size="sm" withPadding>
            {unknown.slice(0, listed).map((customer) => (
              <List.Item key={customer.key}>
                {customer.name ?? customer.code ?? customer.kvkNumber ?? customer.key}
                {' · '}
                {t('imports.customers.lines', {
                  count: customer.lines,
                  formattedCount: n(customer.lines),
                })}
                {customer.reason === 'ambiguous' && ` · ${t('imports.customers.ambiguous')}`}
              </List.Item>
            ))}
            {more(unknown.length)}
          </List>
        </>
      )}
      {summary.professionalsUnknown.length > 0 && (
        <Text size="sm">
          {t('imports.customers.professionalsUnknown', {
            names: summary.professionalsUnknown.slice(0, 20).join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}
