// Which sheet of a workbook to read, and which rows to leave out. The rows are checked again
// when the user leaves the field or presses Enter, not at every key.
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSkipRows, type ImportChoices } from './importQuery.ts';
import type { ImportTable } from './queries.ts';

export function ImportTableOptions(props: {
  table: ImportTable;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { table, choices } = props;
  const [skipRows, setSkipRows] = useState(choices.skipRows);
  const invalid = parseSkipRows(skipRows) === null;
  const apply = () => {
    if (!invalid && skipRows !== choices.skipRows) props.onChoices({ ...choices, skipRows });
  };

  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      {table.sheetNames && table.sheetNames.length > 1 && (
        <NativeSelect
          label={t('imports.mapping.sheet')}
          data={table.sheetNames}
          value={choices.sheet ?? table.sheetName ?? table.sheetNames[0]}
          disabled={props.disabled}
          // another sheet has other columns: they are recognised afresh
          onChange={(event) =>
            props.onChoices({ ...choices, sheet: event.currentTarget.value, mapping: null })
          }
          w={240}
        />
      )}
      <TextInput
        label={t('imports.mapping.skipRows')}
        description={t('imports.mapping.skipRowsHint')}
        value={skipRows}
        error={invalid ? t('imports.mapping.skipRowsInvalid') : undefined}
        disabled={props.disabled}
        onChange={(event) => setSkipRows(event.currentTarget.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
        w={280}
      />
    </Group>
  );
}
