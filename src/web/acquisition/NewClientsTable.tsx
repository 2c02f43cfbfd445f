// The new clients of a year, largest first, each with whether it counts as a regular client:
// one-off clients and clients the firm would rather see go do not. Long lists come in pages; the
// whole list exports as a file.
import { Anchor, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ExportMenu } from '../shared/ExportMenu.tsx';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { ListPagination } from '../ui/ListPagination.tsx';
import { Section } from '../ui/Section.tsx';
import { newClientsExportTable } from './newClientsExport.ts';
import { useSetRegular, type NewClient } from './queries.ts';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

const pageSize = 50;

export function NewClientsTable(props: {
  clients: NewClient[];
  yearLabel: string;
  currency: string;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setRegular = useSetRegular();
  const [page, setPage] = useState(1);
  const { clients } = props;
  const pages = Math.ceil(clients.length / pageSize);
  const shown = clients.slice((page - 1) * pageSize, page * pageSize);
  const counted = clients.filter((client) => client.counted).length;
  const title = t('acquisition.clients.title', { year: props.yearLabel });

  const busy = (client: NewClient) => setRegular.isPending && setRegular.variables.id === client.id;
  const change = (client: NewClient, regular: boolean) =>
    setRegular.mutate(
      { id: client.id, regular },
      {
        onSuccess: () =>
          notifyDone(
            t(regular ? 'acquisition.clients.nowRegular' : 'acquisition.clients.nowOneOff', {
              name: client.name,
            }),
          ),
        onError: notifyError,
      },
    );

  return (
    <Section
      title={title}
      description={t('acquisition.clients.intro', { year: props.yearLabel })}
      landmark
      actions={
        clients.length > 0 && (
          <Group gap="md" align="center">
            <Text size="sm" aria-live="polite">
              {t('acquisition.clients.count', {
                formattedCount: formatNumber(counted, language),
                formattedTotal: formatNumber(clients.length, language),
              })}
            </Text>
            <ExportMenu
              table={() =>
                newClientsExportTable(clients, {
                  t,
                  currency: props.currency,
                  yearLabel: props.yearLabel,
                })
              }
              fileName={t('acquisition.clients.fileName', {
                year: props.yearLabel.replace('/', '-'),
              })}
            />
          </Group>
        )
      }
    >
      <Stack gap="sm">
        {clients.length === 0 ? (
          <Text size="sm">{t('acquisition.clients.empty', { year: props.yearLabel })}</Text>
        ) : (
          <ScrollRegion className="bridge-table-scroll" label={title}>
            <Table className="bridge-table" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('acquisition.clients.name')}</Table.Th>
                  <Table.Th className="numeric">{t('acquisition.clients.revenue')}</Table.Th>
                  <Table.Th>{t('acquisition.clients.regular')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((client) => (
                  <Table.Tr key={client.id}>
                    <Table.Td className="name">
                      <Anchor component={Link} to={`/organizations/${client.id}`} size="sm">
                        {client.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td className="numeric">
                      {formatMoney(client.revenueCents, props.currency, language)}
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        checked={client.counted}
                        disabled={!props.canChange || client.ratherSeeGo || busy(client)}
                        onChange={(event) => change(client, event.currentTarget.checked)}
                        aria-label={t('acquisition.clients.regularLabel', { name: client.name })}
                        description={
                          client.ratherSeeGo ? t('acquisition.clients.ratherSeeGo') : undefined
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        <ListPagination pages={pages} page={page} onChange={setPage} justify="flex-start" />
      </Stack>
    </Section>
  );
}
