// Renaming a scheme; a preset renamed becomes the firm's own, its categories keep their names.
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyDone } from '../ui/errors.ts';
import { schemeLabel } from './choosingLabels.ts';
import type { Scheme } from './queries.ts';
import { longestSchemeName, schemeNameProblems } from './schemeDraft.ts';
import { SchemeErrorAlert } from './SchemeErrorAlert.tsx';
import { useUpdateScheme } from './schemeQueries.ts';

export function SchemeRenameDialog(props: { scheme: Scheme | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { scheme } = props;
  return (
    <Modal
      opened={scheme !== null}
      onClose={props.onClose}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      title={scheme ? t('choosing.schemeEditor.renameTitle', { name: schemeLabel(scheme, t) }) : ''}
    >
      {scheme && <SchemeRenameForm scheme={scheme} onClose={props.onClose} />}
    </Modal>
  );
}

function SchemeRenameForm(props: { scheme: Scheme; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateScheme();
  const [name, setName] = useState(() => schemeLabel(props.scheme, t));
  const problem = schemeNameProblems(name)[0]?.code;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (problem) return;
        update.mutate(
          { id: props.scheme.id, body: { name: name.trim() } },
          {
            onSuccess: () => {
              notifyDone(t('choosing.schemeEditor.renamed'));
              props.onClose();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('choosing.schemeEditor.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problem ? t(`choosing.schemeEditor.problems.${problem}`) : null}
          maxLength={longestSchemeName + 20}
          required
          data-autofocus
        />
        <SchemeErrorAlert error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={problem !== undefined}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
