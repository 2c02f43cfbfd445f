// The steps of an import: what to import, the file, what the server finds in it with the user's
// choices, and the outcome. The file stays in the browser and is sent again for every check.
import { Stack } from '@mantine/core';
import { useState } from 'react';
import type { ImportKind } from './importFields.ts';
import { initialChoices, type ImportChoices } from './importQuery.ts';
import { ImportCheckSection } from './ImportCheckSection.tsx';
import { ImportFilePicker } from './ImportFilePicker.tsx';
import { ImportKindChoice } from './ImportKindChoice.tsx';
import { ImportOutcomeSection } from './ImportOutcomeSection.tsx';
import { useImportCheck, useRunImport, type PickedFile } from './queries.ts';

let picks = 0;

export function ImportFlow() {
  const [kind, setKind] = useState<ImportKind>('revenue');
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [choices, setChoices] = useState<ImportChoices>(initialChoices);
  const check = useImportCheck(kind, picked, choices);
  const runImport = useRunImport();
  const running = runImport.isPending;

  // another file or kind is read afresh: the columns of the last one mean nothing for it
  const startOver = () => {
    setChoices((old) => ({
      ...initialChoices,
      createCustomers: old.createCustomers,
      importGoodRows: old.importGoodRows,
    }));
    runImport.reset();
  };

  return (
    <Stack gap="lg">
      <ImportKindChoice
        value={kind}
        disabled={running}
        onChange={(next) => {
          setKind(next);
          startOver();
        }}
      />
      <ImportFilePicker
        kind={kind}
        picked={picked?.file ?? null}
        disabled={running}
        onPick={(file) => {
          setPicked({ id: ++picks, file });
          startOver();
        }}
      />
      {picked && runImport.data ? (
        <ImportOutcomeSection
          outcome={runImport.data}
          onAnother={() => {
            setPicked(null);
            startOver();
          }}
        />
      ) : (
        picked && (
          <ImportCheckSection
            kind={kind}
            check={check}
            choices={choices}
            onChoices={setChoices}
            running={running}
            importError={runImport.error}
            onConfirm={() => runImport.mutate({ kind, picked, choices })}
          />
        )
      )}
    </Stack>
  );
}
