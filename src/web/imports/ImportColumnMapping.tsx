// One choice per field: which column of the file holds it. Seldom needed fields stay folded
// away unless one of them is chosen.
import { Button, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnCount, columnLetter, columnName } from './importColumns.ts';
import {
  importFields,
  isMarkedRequired,
  type ImportField,
  type ImportKind,
} from './importFields.ts';
import type { ImportTable } from './queries.ts';

export function ImportColumnMapping(props: {
  kind: ImportKind;
  table: ImportTable;
  mapping: Record<string, number>;
  disabled: boolean;
  onChange: (field: ImportField, column: number | null) => void;
}) {
  const { t } = useTranslation();
  const { kind, table, mapping } = props;
  const fields = importFields(kind);
  const [more, setMore] = useState(false);
  const shown = fields.filter((spec) => !spec.more || more || mapping[spec.field] !== undefined);
  const hidden = fields.length - shown.length;
  const unnamed = (letter: string) => t('imports.table.column', { number: letter });
  const options = [
    { value: '', label: t('imports.mapping.none') },
    ...Array.from({ length: columnCount(table) }, (_, index) => ({
      value: String(index),
      label: t('imports.mapping.columnOption', {
        letter: columnLetter(index),
        header: columnName(table, index, unnamed),
      }),
    })),
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="import-mapping-title">
      <Stack gap={2}>
        <Title order={3} size="h5" id="import-mapping-title">
          {t('imports.mapping.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('imports.mapping.intro')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        {shown.map((spec) => (
          <NativeSelect
            key={spec.field}
            label={t(`imports.fields.${spec.field}`)}
            withAsterisk={isMarkedRequired(kind, spec.field)}
            data={options}
            value={mapping[spec.field] === undefined ? '' : String(mapping[spec.field])}
            disabled={props.disabled}
            onChange={(event) => {
              const value = event.currentTarget.value;
              props.onChange(spec.field, value === '' ? null : Number(value));
            }}
          />
        ))}
      </SimpleGrid>
      {(hidden > 0 || more) && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setMore(!more)}
          aria-expanded={more}
          style={{ alignSelf: 'flex-start' }}
        >
          {more
            ? t('imports.mapping.fewer')
            : kind === 'revenue'
              ? t('imports.mapping.more')
              : t('imports.mapping.moreAssignments')}
        </Button>
      )}
    </Stack>
  );
}
