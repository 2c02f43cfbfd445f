// What the server found in the file with the current choices: the table and its columns, then the
// report, the choices and the button that imports. A new check keeps the last one on screen.
import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from './importFields.ts';
import type { ImportChoices } from './importQuery.ts';
import { ImportChoicesForm } from './ImportChoicesForm.tsx';
import { ImportReportSection } from './ImportReportSection.tsx';
import { ImportTableSection } from './ImportTableSection.tsx';
import type { ImportCheck } from './queries.ts';
import { useImportReasons } from './useImportReasons.ts';

export function ImportCheckSection(props: {
  kind: ImportKind;
  check: UseQueryResult<ImportCheck>;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
  running: boolean;
  importError: unknown;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useImportReasons();
  const { check } = props;
  const data = check.data;
  const busy = check.isFetching;

  return (
    <Stack gap={0}>
      {/* always there, so that a screen reader hears when a check starts */}
      <div aria-live="polite">
        {busy && (
          <Center py="xs" role="status">
            <Loader size="sm" mr="xs" />
            <Text size="sm" c="dimmed">
              {t('imports.checking')}
            </Text>
          </Center>
        )}
      </div>
      <Stack gap="lg">
        {check.error && !busy && (
          <Alert color="red" title={t('imports.error')} role="alert">
            {errorText(check.error)}
          </Alert>
        )}
        {data && (
          <Stack gap="lg" style={{ opacity: busy ? 0.6 : 1 }} aria-busy={busy}>
            <ImportTableSection
              kind={props.kind}
              check={data}
              choices={props.choices}
              onChoices={props.onChoices}
              disabled={props.running}
            />
            {data.summary && (
              <>
                <ImportReportSection summary={data.summary} />
                <ImportChoicesForm
                  summary={data.summary}
                  choices={props.choices}
                  onChoices={props.onChoices}
                  running={props.running}
                  busy={busy}
                  onConfirm={props.onConfirm}
                />
              </>
            )}
          </Stack>
        )}
        {props.importError !== null && !props.running && (
          <Alert color="red" title={t('imports.importError')} role="alert">
            {errorText(props.importError)}
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
