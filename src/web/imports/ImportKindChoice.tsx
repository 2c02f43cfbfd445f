// Revenue or assignments: what the file holds.
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from './importFields.ts';

export function ImportKindChoice(props: {
  value: ImportKind;
  disabled: boolean;
  onChange: (kind: ImportKind) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={6}>
      <Text id={labelId} fw={600}>
        {t('imports.kind.label')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={props.value}
        disabled={props.disabled}
        onChange={(value) => props.onChange(value === 'assignments' ? 'assignments' : 'revenue')}
        data={[
          { value: 'revenue', label: t('imports.kind.revenue') },
          { value: 'assignments', label: t('imports.kind.assignments') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Text size="sm" c="dimmed">
        {props.value === 'revenue'
          ? t('imports.kind.revenueHint')
          : t('imports.kind.assignmentsHint')}
      </Text>
    </Stack>
  );
}
