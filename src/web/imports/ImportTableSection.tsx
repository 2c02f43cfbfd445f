// The file as the server reads it: its format, how its columns are read, the columns to choose
// and its first rows. An XML Auditfile has no columns to choose.
import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importFields, unmetRequirements, type ImportKind } from './importFields.ts';
import { changeMapping, type ImportChoices } from './importQuery.ts';
import { ImportColumnMapping } from './ImportColumnMapping.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportTableOptions } from './ImportTableOptions.tsx';
import type { ImportCheck, ImportTable } from './queries.ts';
import { useImportReasons } from './useImportReasons.ts';

export function ImportTableSection(props: {
  kind: ImportKind;
  check: ImportCheck;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { reasonText } = useImportReasons();
  const { check, choices } = props;
  const table = check.table;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-file-title">
      <Stack gap="md">
        <Group gap="sm" wrap="wrap">
          <Title order={2} size="h4" id="import-file-title">
            {t('imports.table.title')}
          </Title>
          <Badge variant="light" color="teal">
            {t(`imports.format.${check.format}`)}
          </Badge>
        </Group>
        {table ? (
          columns(table, choices.mapping ?? table.choices.mapping)
        ) : (
          <Text>{t('imports.xafFound')}</Text>
        )}
      </Stack>
    </Paper>
  );

  function columns(outline: ImportTable, mapping: Record<string, number>) {
    const unmet = unmetRequirements(props.kind, mapping);
    const known = new Set(importFields(props.kind).map((spec) => spec.field as string));
    return (
      <>
        <Text size="sm" c="dimmed">
          {readingLine(outline)}
        </Text>
        {(unmet.length > 0 || check.columnProblems.length > 0) && (
          <Alert color="yellow" role="alert" title={t('imports.mapping.serverProblems')}>
            <List size="sm">
              {unmet.map((requirement) => (
                <List.Item key={requirement}>{t(`imports.mapping.unmet.${requirement}`)}</List.Item>
              ))}
              {unmet.length === 0 &&
                check.columnProblems.map((problem) => (
                  <List.Item key={problem.reason}>{reasonText(problem)}</List.Item>
                ))}
            </List>
          </Alert>
        )}
        <ImportTableOptions
          table={outline}
          choices={choices}
          onChoices={props.onChoices}
          disabled={props.disabled}
        />
        <ImportColumnMapping
          kind={props.kind}
          table={outline}
          mapping={mapping}
          disabled={props.disabled}
          onChange={(field, column) =>
            props.onChoices({ ...choices, mapping: changeMapping(mapping, field, column) })
          }
        />
        <ImportPreview
          table={outline}
          mapping={Object.fromEntries(
            Object.entries(mapping).filter(([field]) => known.has(field)),
          )}
        />
      </>
    );
  }

  function readingLine(outline: ImportTable): string {
    const parts = [
      outline.choices.headerRowNumber > 0
        ? t('imports.table.headerRow', { row: outline.choices.headerRowNumber })
        : t('imports.table.noHeaderRow'),
      t(`imports.table.mappingFrom.${outline.mappingFrom}`),
    ];
    if (outline.choices.decimalSeparator) {
      parts.push(
        outline.choices.decimalSeparator === ','
          ? t('imports.table.decimalComma')
          : t('imports.table.decimalPoint'),
      );
    }
    parts.push(t(`imports.table.dateOrder.${outline.choices.dateOrder}`));
    return parts.join(' · ');
  }
}
