// How a scheme ranks its clients (method.md §3.3): the weighted grade against boundaries, or
// minimum scores per category that must all, or x of them, be met.
import { Alert, Button, Radio, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Criterion } from './queries.ts';
import {
  problemAt,
  rankingMethodKinds,
  type DraftProblem,
  type MethodDraft,
} from './schemeDraft.ts';
import { SchemeLevelsTable } from './SchemeLevelsTable.tsx';

export function SchemeMethodFields(props: {
  method: MethodDraft;
  categoryNames: readonly string[];
  criteria: readonly Criterion[];
  problems: readonly DraftProblem[];
  onChange: (method: MethodDraft) => void;
}) {
  const { t } = useTranslation();
  const { method } = props;
  const noCriteria = problemAt(props.problems, 'method') === 'noCriteria';
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('choosing.schemeEditor.method')}
        value={method.kind}
        onChange={(value) => {
          const kind = rankingMethodKinds.find((candidate) => candidate === value);
          if (kind) props.onChange({ ...method, kind });
        }}
      >
        <Stack gap="xs" mt={6}>
          {rankingMethodKinds.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              label={t(`choosing.schemeEditor.methods.${kind}`)}
              description={t(`choosing.schemeEditor.methodHelp.${kind}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {method.kind !== 'weightedGrade' &&
        (noCriteria ? (
          <Alert color="yellow" variant="light" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('choosing.schemeEditor.noCriteria')}</Text>
              <Button component={Link} to="/settings/criteria" size="xs" variant="light">
                {t('choosing.schemeEditor.criteriaLink')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <Stack gap={6}>
            <Text size="sm" c="dimmed">
              {t('choosing.schemeEditor.levelsHelp')}
            </Text>
            <div style={{ overflowX: 'auto' }}>
              <SchemeLevelsTable
                method={method}
                categoryNames={props.categoryNames}
                criteria={props.criteria}
                problems={props.problems}
                onChange={props.onChange}
              />
            </div>
          </Stack>
        ))}
    </Stack>
  );
}
