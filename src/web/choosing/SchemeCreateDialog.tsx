// Adding a category scheme (method.md §3.4): one of the method's presets, or the firm's own with
// its name, kind, categories best first and ranking method. Every field says what is wrong
// before anything is sent; what the server refuses is said in words.
import {
  Alert,
  Button,
  Group,
  Modal,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyDone } from '../ui/errors.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { schemeLabel } from './choosingLabels.ts';
import { useCriteria, type Criterion, type Scheme } from './queries.ts';
import { SchemeCategoriesField } from './SchemeCategoriesField.tsx';
import {
  addCategory,
  draftProblems,
  emptyDraft,
  longestSchemeName,
  moveCategory,
  presetSchemes,
  problemAt,
  removeCategory,
  schemeCreateBody,
  schemeKinds,
  type DraftProblem,
  type PresetScheme,
  type SchemeDraft,
} from './schemeDraft.ts';
import { SchemeErrorAlert } from './SchemeErrorAlert.tsx';
import { SchemeMethodFields } from './SchemeMethodFields.tsx';
import { useCreateScheme } from './schemeQueries.ts';

type Start = 'preset' | 'own';

/** Missing names are said once the firm tries to add; what is typed wrong is said at once. */
const sayAtOnce = (problem: DraftProblem) =>
  problem.code !== 'nameMissing' && problem.code !== 'categoryNameMissing';

export function SchemeCreateDialog(props: {
  opened: boolean;
  onClose: () => void;
  onCreated: (scheme: Scheme) => void;
}) {
  const { t } = useTranslation();
  const criteria = useCriteria();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      title={t('choosing.schemeEditor.newTitle')}
      size="xl"
    >
      {criteria.isPending ? (
        <Loading />
      ) : criteria.error ? (
        <LoadFailed error={criteria.error} retry={() => void criteria.refetch()} />
      ) : (
        <SchemeCreateForm
          criteria={criteria.data.filter((criterion) => criterion.active)}
          onClose={props.onClose}
          onCreated={props.onCreated}
        />
      )}
    </Modal>
  );
}

function SchemeCreateForm(props: {
  criteria: readonly Criterion[];
  onClose: () => void;
  onCreated: (scheme: Scheme) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateScheme();
  const [start, setStart] = useState<Start>('preset');
  const [preset, setPreset] = useState<PresetScheme>('abc');
  const [draft, setDraft] = useState<SchemeDraft>(() => emptyDraft(props.criteria));
  const [tried, setTried] = useState(false);
  const problems = start === 'own' ? draftProblems(draft, props.criteria) : [];
  const shown = tried ? problems : problems.filter(sayAtOnce);

  const submit = () => {
    setTried(true);
    if (problems.length > 0) return;
    const body = start === 'preset' ? { preset } : schemeCreateBody(draft, props.criteria);
    create.mutate(body, {
      onSuccess: (scheme) => {
        notifyDone(t('choosing.schemeEditor.created', { name: schemeLabel(scheme, t) }));
        props.onCreated(scheme);
      },
    });
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
        <Stack gap={4}>
          <Text size="sm" fw={500} id="scheme-start-label">
            {t('choosing.schemeEditor.start')}
          </Text>
          <SegmentedControl
            aria-labelledby="scheme-start-label"
            data={(['preset', 'own'] as const).map((value) => ({
              value,
              label: t(`choosing.schemeEditor.starts.${value}`),
            }))}
            value={start}
            onChange={(value) => setStart(value === 'own' ? 'own' : 'preset')}
          />
        </Stack>
        {start === 'preset' ? (
          <Radio.Group
            label={t('choosing.schemeEditor.preset')}
            value={preset}
            onChange={(value) => {
              const chosen = presetSchemes.find((candidate) => candidate === value);
              if (chosen) setPreset(chosen);
            }}
          >
            <Stack gap="xs" mt={6}>
              {presetSchemes.map((key) => (
                <Radio
                  key={key}
                  value={key}
                  label={t(`choosing.schemes.${key}`)}
                  description={t(`choosing.schemeEditor.presetHelp.${key}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <OwnSchemeFields
            draft={draft}
            criteria={props.criteria}
            problems={shown}
            onChange={setDraft}
          />
        )}
        {tried && problems.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {t('app.fixFields')}
          </Alert>
        )}
        <SchemeErrorAlert error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('choosing.schemeEditor.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function OwnSchemeFields(props: {
  draft: SchemeDraft;
  criteria: readonly Criterion[];
  problems: readonly DraftProblem[];
  onChange: (draft: SchemeDraft) => void;
}) {
  const { t } = useTranslation();
  const { draft, problems, criteria } = props;
  const nameProblem = problemAt(problems, 'name');
  const change = (edit: Partial<SchemeDraft>) => props.onChange({ ...draft, ...edit });
  return (
    <Stack gap="md">
      <TextInput
        label={t('choosing.schemeEditor.name')}
        value={draft.name}
        onChange={(event) => change({ name: event.currentTarget.value })}
        error={nameProblem ? t(`choosing.schemeEditor.problems.${nameProblem}`) : null}
        maxLength={longestSchemeName + 20}
        required
        data-autofocus
      />
      <Radio.Group
        label={t('choosing.schemeEditor.kind')}
        value={draft.kind}
        onChange={(value) => {
          const kind = schemeKinds.find((candidate) => candidate === value);
          if (kind) change({ kind });
        }}
      >
        <Group gap="xl" mt={6} align="flex-start">
          {schemeKinds.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              label={t(`choosing.schemeEditor.kinds.${kind}`)}
              description={t(`choosing.schemeEditor.kindHelp.${kind}`)}
              maw={300}
            />
          ))}
        </Group>
      </Radio.Group>
      <SchemeCategoriesField
        names={draft.categoryNames}
        problems={problems}
        onRename={(index, name) =>
          change({
            categoryNames: draft.categoryNames.map((old, i) => (i === index ? name : old)),
          })
        }
        onMove={(from, to) => props.onChange(moveCategory(draft, from, to))}
        onRemove={(index) => props.onChange(removeCategory(draft, index))}
        onAdd={() => props.onChange(addCategory(draft, criteria))}
      />
      <SchemeMethodFields
        method={draft.method}
        categoryNames={draft.categoryNames}
        criteria={criteria}
        problems={problems}
        onChange={(method) => change({ method })}
      />
    </Stack>
  );
}
