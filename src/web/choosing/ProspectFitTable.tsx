// Every prospect with its fit to the profile, best first, and why: the traits that fit, those
// that do not and those not known of the prospect.
import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fitColor, spokenReasons, type ProspectFit } from './prospectProfile.ts';

export function ProspectFitTable(props: { items: readonly ProspectFit[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('prospects.list.columns.name')}</Table.Th>
            <Table.Th w={200}>{t('prospects.list.columns.fit')}</Table.Th>
            <Table.Th>{t('prospects.list.columns.reasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((prospect) => (
            <Table.Tr key={prospect.id}>
              <Table.Td>
                <Anchor component={Link} to={`/organizations/${prospect.id}`} size="sm">
                  {prospect.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <FitBar prospect={prospect} />
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {spokenReasons(prospect.reasons).map((reason) => (
                    <Text
                      key={reason.trait}
                      size="xs"
                      c={reason.outcome === 'matched' ? undefined : 'dimmed'}
                    >
                      {t(`prospects.reasons.${reason.outcome}`, {
                        trait: t(`prospects.reasonTraits.${reason.trait}`),
                        values: reason.values,
                      })}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FitBar({ prospect }: { prospect: ProspectFit }) {
  const { t } = useTranslation();
  if (prospect.fit === null)
    return (
      <Text size="sm" c="dimmed">
        {t('prospects.list.unknownFit')}
      </Text>
    );
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap">
        <Progress
          value={prospect.fit}
          color={fitColor(prospect.fit)}
          size="md"
          radius="sm"
          w={110}
          aria-label={t('prospects.list.fitLabel', { fit: prospect.fit })}
        />
        <Text size="sm" fw={500}>
          {prospect.fit}%
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('prospects.list.compared', {
          matched: prospect.matched,
          compared: prospect.compared,
        })}
      </Text>
    </Stack>
  );
}
