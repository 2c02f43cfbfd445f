// The clients that fall short, most valuable first, each with its reasons: whom to act on.
import { Anchor, Badge, Group, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { useUserNames } from '../app/users.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import type { ComplianceReport } from './complianceQueries.ts';
import { shortfallText } from './complianceWords.ts';

export function ShortfallClients({
  clients,
  label,
  title,
}: {
  clients: ComplianceReport['shortfallClients'];
  /** Names the table's scroll region: the section's title. */
  title: string;
  label: (categoryKey: string | null) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const names = useUserNames();
  return (
    <ScrollTable label={title} minWidth={820}>
      <Table verticalSpacing="xs" highlightOnHover fz="sm" data-testid="compliance-shortfalls">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('compliance.columns.client')}</Table.Th>
            <Table.Th>{t('compliance.columns.category')}</Table.Th>
            <Table.Th>{t('compliance.columns.manager')}</Table.Th>
            <Table.Th ta="right">{t('compliance.columns.value')}</Table.Th>
            <Table.Th>{t('compliance.columns.lastContact')}</Table.Th>
            <Table.Th>{t('compliance.columns.why')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.organizationId}>
              <Table.Td>
                <Anchor component={Link} to={`/organizations/${client.organizationId}`} size="sm">
                  {client.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{label(client.categoryKey)}</Table.Td>
              <Table.Td>
                {client.relationshipManagerId === null
                  ? t('compliance.noManager')
                  : (names.get(client.relationshipManagerId) ?? '…')}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(client.valueCents, currency, language)}
              </Table.Td>
              <Table.Td>
                {client.lastPersonalContact === null
                  ? t('compliance.never')
                  : formatDate(client.lastPersonalContact, language)}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {client.shortfalls.map((shortfall, i) => (
                    <Badge key={i} size="sm" variant="light" color="orange" tt="none">
                      {shortfallText(shortfall, t)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
