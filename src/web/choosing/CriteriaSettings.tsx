// The firm's criteria (method.md §3.1): the standard fifteen by group and its own, each on or
// off with its weight, scale and how it is scored; data criteria show their thresholds. The
// presets switch a whole set on. Only owners, partners and managers change them.
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { numberSeparators } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { usePermissions } from '../app/session.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { notifyError } from '../ui/errors.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { CardTable } from '../shared/CardTable.tsx';
import { criterionLabel } from './choosingLabels.ts';
import {
  criterionGroups,
  useApplyPreset,
  useCreateCriterion,
  useCriteria,
  useDeleteCriterion,
  useUpdateCriterion,
  type Criterion,
  type CriterionGroup,
} from './queries.ts';

type Preset = 'standard' | 'moneyFunPrestige';
type Measure = NonNullable<Criterion['dataMapping']>['measure'];

/** Thresholds are kept in cents and basis points; the firm reads euros and percentages. */
const shownPer: Record<Measure, number> = {
  revenueCents: 100,
  marginBasisPoints: 100,
  growthBasisPoints: 100,
  paymentDays: 1,
};

export function CriteriaSettings() {
  const { t } = useTranslation();
  const { manageCategories } = usePermissions();
  const criteria = useCriteria();
  const update = useUpdateCriterion();
  const remove = useDeleteCriterion();
  const preset = useApplyPreset();
  const [confirmPreset, setConfirmPreset] = useState<Preset | null>(null);
  const [removing, setRemoving] = useState<Criterion | null>(null);

  if (criteria.isPending) return <Loading />;
  if (criteria.error)
    return <LoadFailed error={criteria.error} retry={() => void criteria.refetch()} />;
  const change = (criterion: Criterion, body: Parameters<typeof update.mutate>[0]['body']) =>
    update.mutate({ id: criterion.id, body }, { onError: notifyError });
  const readOnly = !manageCategories;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('choosing.settings.intro')}
        </Text>
        <Anchor component={Link} to="/clients/scoring" size="sm">
          {t('choosing.settings.openMatrix')}
        </Anchor>
      </Group>
      {readOnly && (
        <Alert color="gray" variant="light">
          {t('choosing.settings.readOnly')}
        </Alert>
      )}
      {!readOnly && (
        <Group gap="sm">
          <Text size="sm" fw={600}>
            {t('choosing.settings.presetsTitle')}
          </Text>
          {(['standard', 'moneyFunPrestige'] as const).map((name) => (
            <Button key={name} variant="light" size="xs" onClick={() => setConfirmPreset(name)}>
              {t(`choosing.settings.presets.${name}`)}
            </Button>
          ))}
        </Group>
      )}
      {criterionGroups.map((group) => (
        <Stack key={group} gap="xs">
          <Title order={3} size="h5">
            {t(`choosing.groups.${group}`)}
          </Title>
          <CardTable fz="sm" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={{ width: 64 }}>{t('choosing.settings.active')}</Table.Th>
                <Table.Th>{t('choosing.settings.name')}</Table.Th>
                <Table.Th style={{ width: 90 }}>{t('choosing.settings.weight')}</Table.Th>
                <Table.Th style={{ width: 90 }}>{t('choosing.settings.scaleMax')}</Table.Th>
                <Table.Th style={{ width: 160 }}>{t('choosing.settings.source')}</Table.Th>
                <Table.Th style={{ width: 300 }}>{t('choosing.settings.thresholds')}</Table.Th>
                <Table.Th style={{ width: 48 }} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.data
                .filter((criterion) => criterion.group === group)
                .map((criterion) => (
                  <CriterionRow
                    key={criterion.id}
                    criterion={criterion}
                    readOnly={readOnly}
                    onChange={(body) => change(criterion, body)}
                    onRemove={() => setRemoving(criterion)}
                  />
                ))}
            </Table.Tbody>
          </CardTable>
        </Stack>
      ))}
      {!readOnly && <AddCriterion />}
      <ConfirmDialog
        opened={confirmPreset !== null}
        title={t('choosing.settings.presetConfirmTitle')}
        text={t('choosing.settings.presetConfirmText')}
        confirmLabel={t('choosing.settings.presetConfirm')}
        busy={preset.isPending}
        onClose={() => setConfirmPreset(null)}
        onConfirm={() =>
          confirmPreset &&
          preset.mutate(confirmPreset, {
            onSuccess: () => setConfirmPreset(null),
            onError: notifyError,
          })
        }
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('choosing.settings.removeTitle')}
        text={t('choosing.settings.removeText', {
          name: removing ? criterionLabel(removing, t) : '',
        })}
        confirmLabel={t('choosing.settings.remove')}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, { onSuccess: () => setRemoving(null), onError: notifyError })
        }
      />
    </Stack>
  );
}

function CriterionRow(props: {
  criterion: Criterion;
  readOnly: boolean;
  onChange: (body: Parameters<ReturnType<typeof useUpdateCriterion>['mutate']>[0]['body']) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const separators = numberSeparators(useLanguage());
  const { criterion, readOnly } = props;
  const label = criterionLabel(criterion, t);
  const mapping = criterion.dataMapping;
  const whole = (value: string | number) => (typeof value === 'number' ? value : null);
  return (
    <Table.Tr>
      <Table.Td data-label={t('choosing.settings.active')}>
        <Switch
          checked={criterion.active}
          onChange={(event) => props.onChange({ active: event.currentTarget.checked })}
          disabled={readOnly}
          aria-label={`${t('choosing.settings.active')}: ${label}`}
        />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{label}</Text>
          {!criterion.standard && (
            <Badge size="xs" variant="light" color="gray">
              {t('choosing.settings.own')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td data-label={t('choosing.settings.weight')}>
        <NumberInput
          value={criterion.weight}
          min={1}
          max={5}
          allowDecimal={false}
          clampBehavior="strict"
          size="xs"
          disabled={readOnly}
          aria-label={`${t('choosing.settings.weight')}: ${label}`}
          onBlur={(event) => {
            const value = Number(event.currentTarget.value);
            if (Number.isInteger(value) && value !== criterion.weight)
              props.onChange({ weight: value });
          }}
        />
      </Table.Td>
      <Table.Td data-label={t('choosing.settings.scaleMax')}>
        <NumberInput
          value={criterion.scaleMax}
          min={1}
          max={9}
          allowDecimal={false}
          clampBehavior="strict"
          size="xs"
          disabled={readOnly}
          aria-label={`${t('choosing.settings.scaleMax')}: ${label}`}
          onBlur={(event) => {
            const value = Number(event.currentTarget.value);
            if (Number.isInteger(value) && value !== criterion.scaleMax)
              props.onChange({ scaleMax: value });
          }}
        />
      </Table.Td>
      <Table.Td data-label={t('choosing.settings.source')}>
        <Select
          size="xs"
          data={(['judgement', 'data'] as const)
            .filter((source) => source === 'judgement' || mapping !== null)
            .map((source) => ({ value: source, label: t(`choosing.settings.sources.${source}`) }))}
          value={criterion.source}
          onChange={(value) =>
            (value === 'data' || value === 'judgement') && props.onChange({ source: value })
          }
          allowDeselect={false}
          disabled={readOnly || mapping === null}
          aria-label={`${t('choosing.settings.source')}: ${label}`}
        />
      </Table.Td>
      <Table.Td data-label={t('choosing.settings.thresholds')}>
        {mapping && criterion.source === 'data' && (
          <Group gap={4} wrap="nowrap">
            {mapping.thresholds.map((threshold, index) => (
              <NumberInput
                key={index}
                value={threshold / shownPer[mapping.measure]}
                size="xs"
                w={88}
                disabled={readOnly}
                decimalScale={mapping.measure === 'paymentDays' ? 0 : 2}
                {...separators}
                prefix={mapping.measure === 'revenueCents' ? '€ ' : undefined}
                suffix={
                  mapping.measure === 'revenueCents'
                    ? undefined
                    : ` ${t(`choosing.settings.units.${mapping.measure}`)}`
                }
                aria-label={`${t('choosing.settings.thresholds')} ${index + 1}: ${label}`}
                onChange={(value) => {
                  const shown = whole(value);
                  if (shown === null) return;
                  const stored = Math.round(shown * shownPer[mapping.measure]);
                  if (stored === threshold) return;
                  const thresholds = mapping.thresholds.map((old, i) =>
                    i === index ? stored : old,
                  );
                  props.onChange({ dataMapping: { ...mapping, thresholds } });
                }}
              />
            ))}
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        {!criterion.standard && !readOnly && (
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={props.onRemove}
            aria-label={`${t('choosing.settings.remove')}: ${label}`}
          >
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function AddCriterion() {
  const { t } = useTranslation();
  const create = useCreateCriterion();
  const [name, setName] = useState('');
  const [group, setGroup] = useState<CriterionGroup>('strategic');
  const [weight, setWeight] = useState(3);
  const [scaleMax, setScaleMax] = useState(3);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('choosing.settings.addTitle')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { name, group, weight, scaleMax },
            { onSuccess: () => setName(''), onError: notifyError },
          );
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('choosing.settings.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            maxLength={120}
            w={280}
          />
          <Select
            label={t('choosing.settings.group')}
            data={criterionGroups.map((value) => ({ value, label: t(`choosing.groups.${value}`) }))}
            value={group}
            onChange={(value) => value && setGroup(value as CriterionGroup)}
            allowDeselect={false}
            w={160}
          />
          <NumberInput
            label={t('choosing.settings.weight')}
            value={weight}
            onChange={(value) => typeof value === 'number' && setWeight(value)}
            min={1}
            max={5}
            allowDecimal={false}
            clampBehavior="strict"
            w={90}
          />
          <NumberInput
            label={t('choosing.settings.scaleMax')}
            value={scaleMax}
            onChange={(value) => typeof value === 'number' && setScaleMax(value)}
            min={1}
            max={9}
            allowDecimal={false}
            clampBehavior="strict"
            w={90}
          />
          <Button type="submit" loading={create.isPending} disabled={name.trim() === ''}>
            {t('choosing.settings.add')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
