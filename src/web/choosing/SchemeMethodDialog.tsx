// Changing how a scheme ranks its clients (method.md §3.3), with the minimums per category for
// the meets methods; the weighted grade keeps the boundaries set on the scoring matrix.
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyDone } from '../ui/errors.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { categoryLabel, schemeLabel } from './choosingLabels.ts';
import { useCriteria, type Criterion, type Scheme } from './queries.ts';
import { methodDraftOf, methodDraftProblems, methodOf, type MethodDraft } from './schemeDraft.ts';
import { SchemeErrorAlert } from './SchemeErrorAlert.tsx';
import { SchemeMethodFields } from './SchemeMethodFields.tsx';
import { useUpdateScheme } from './schemeQueries.ts';

export function SchemeMethodDialog(props: { scheme: Scheme | null; onClose: () => void }) {
  const { t } = useTranslation();
  const criteria = useCriteria();
  const { scheme } = props;
  return (
    <Modal
      opened={scheme !== null}
      onClose={props.onClose}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      title={scheme ? t('choosing.schemeEditor.methodTitle', { name: schemeLabel(scheme, t) }) : ''}
      size="xl"
    >
      {scheme === null ? null : criteria.isPending ? (
        <Loading />
      ) : criteria.error ? (
        <LoadFailed error={criteria.error} retry={() => void criteria.refetch()} />
      ) : (
        <SchemeMethodForm
          scheme={scheme}
          criteria={criteria.data.filter((criterion) => criterion.active)}
          onClose={props.onClose}
        />
      )}
    </Modal>
  );
}

function SchemeMethodForm(props: {
  scheme: Scheme;
  criteria: readonly Criterion[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { scheme, criteria } = props;
  const update = useUpdateScheme();
  const [method, setMethod] = useState<MethodDraft>(() => methodDraftOf(scheme, criteria));
  const [tried, setTried] = useState(false);
  const problems = methodDraftProblems(method, scheme.categories.length, criteria);
  const names = scheme.categories.map((category) =>
    categoryLabel(category.key, scheme.categories, t),
  );
  const submit = () => {
    setTried(true);
    if (problems.length > 0) return;
    const keys = scheme.categories.map((category) => category.key);
    update.mutate(
      { id: scheme.id, body: { method: methodOf(method, keys, criteria) } },
      {
        onSuccess: () => {
          notifyDone(t('choosing.schemeEditor.methodSaved'));
          props.onClose();
        },
      },
    );
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <SchemeMethodFields
          method={method}
          categoryNames={names}
          criteria={criteria}
          problems={problems}
          onChange={setMethod}
        />
        {tried && problems.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {t('app.fixFields')}
          </Alert>
        )}
        <SchemeErrorAlert error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
