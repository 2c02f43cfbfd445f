// The firm's marketing spend of a year that no client is tied to (an article, the website, a
// fair): listed, added, changed and removed; each entry counts on its layer of the pyramid.
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { useFirmToday } from '../app/today.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import {
  useDeleteSpend,
  useSaveSpend,
  type MarketingSpend,
  type PyramidLayer,
} from './ambassadorQueries.ts';

const layers: PyramidLayer[] = [
  'ownExperience',
  'ambassadors',
  'independentSources',
  'media',
  'ownSales',
];

type Draft = {
  id: string | null;
  spentOn: string;
  layer: PyramidLayer;
  description: string;
  minutes: number | '';
  euros: number | '';
};

export function MarketingSpendSection(props: {
  entries: MarketingSpend[];
  year: number;
  from: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const today = useFirmToday();
  const save = useSaveSpend();
  const remove = useDeleteSpend();
  const blank = (): Draft => ({
    id: null,
    spentOn: today >= props.from ? today : props.from,
    layer: 'independentSources',
    description: '',
    minutes: '',
    euros: '',
  });
  const [draft, setDraft] = useState<Draft>(blank);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    setError(null);
    save.mutate(
      {
        id: draft.id,
        input: {
          spentOn: draft.spentOn,
          layer: draft.layer,
          description: draft.description,
          minutes: draft.minutes === '' ? null : draft.minutes,
          costCents: draft.euros === '' ? null : Math.round(draft.euros * 100),
        },
      },
      {
        onSuccess: () => {
          setDraft(blank());
          notifications.show({ color: 'green', message: t('pyramid.spend.saved') });
        },
        onError: (failure) => setError(String(failure)),
      },
    );
  };

  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="xs">
        {t('pyramid.spend.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={760}>
        {t('pyramid.spend.intro')}
      </Text>
      {props.entries.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('pyramid.spend.empty', { year: props.year })}
        </Text>
      ) : (
        <ScrollTable label={t('pyramid.spend.title')} minWidth={640}>
          <Table verticalSpacing="xs" mb="sm" data-testid="marketing-spend">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pyramid.spend.spentOn')}</Table.Th>
                <Table.Th>{t('pyramid.layer')}</Table.Th>
                <Table.Th>{t('pyramid.spend.description')}</Table.Th>
                <Table.Th ta="right">{t('pyramid.spend.minutes')}</Table.Th>
                <Table.Th ta="right">{t('pyramid.money')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatDate(entry.spentOn, language)}</Table.Td>
                  <Table.Td>{t(`pyramid.layers.${entry.layer}`)}</Table.Td>
                  <Table.Td>{entry.description}</Table.Td>
                  <Table.Td ta="right">{entry.minutes ?? ''}</Table.Td>
                  <Table.Td ta="right">
                    {entry.costCents === null
                      ? ''
                      : formatMoney(entry.costCents, currency, language)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('pyramid.spend.edit', { what: entry.description })}
                        onClick={() =>
                          setDraft({
                            id: entry.id,
                            spentOn: entry.spentOn,
                            layer: entry.layer,
                            description: entry.description,
                            minutes: entry.minutes ?? '',
                            euros: entry.costCents === null ? '' : entry.costCents / 100,
                          })
                        }
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('pyramid.spend.delete', { what: entry.description })}
                        onClick={() => remove.mutate(entry.id)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <TextInput
            type="date"
            label={t('pyramid.spend.spentOn')}
            value={draft.spentOn}
            onChange={(event) => setDraft({ ...draft, spentOn: event.currentTarget.value })}
          />
          <Select
            label={t('pyramid.layer')}
            data={layers.map((layer) => ({ value: layer, label: t(`pyramid.layers.${layer}`) }))}
            value={draft.layer}
            allowDeselect={false}
            onChange={(value) => value && setDraft({ ...draft, layer: value as PyramidLayer })}
            w={220}
          />
          <TextInput
            label={t('pyramid.spend.description')}
            value={draft.description}
            onChange={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
            w={240}
          />
          <NumberInput
            label={t('pyramid.spend.minutes')}
            value={draft.minutes}
            min={0}
            allowDecimal={false}
            onChange={(value) =>
              setDraft({ ...draft, minutes: typeof value === 'number' ? value : '' })
            }
            w={110}
          />
          <NumberInput
            label={t('pyramid.spend.euros')}
            value={draft.euros}
            min={0}
            decimalScale={2}
            onChange={(value) =>
              setDraft({ ...draft, euros: typeof value === 'number' ? value : '' })
            }
            w={130}
          />
          <Button onClick={submit} loading={save.isPending}>
            {draft.id ? t('pyramid.spend.update') : t('pyramid.spend.add')}
          </Button>
          {draft.id && (
            <Button variant="subtle" onClick={() => setDraft(blank())}>
              {t('app.cancel')}
            </Button>
          )}
        </Group>
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
