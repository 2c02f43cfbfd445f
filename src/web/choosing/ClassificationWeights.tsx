// The weights of the criteria, from 1 to 5: read, or changed by who may manage the scheme.
import { Group, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { criterionLabel } from './choosingLabels.ts';
import type { ClassificationEdits } from './classificationDraft.ts';
import type { ScoringMatrix } from './queries.ts';

export function ClassificationWeights(props: {
  criteria: ScoringMatrix['criteria'];
  canManage: boolean;
  weights: ClassificationEdits['weights'];
  setWeight: (criterionId: string, weight: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('choosing.classification.weights')}
      </Text>
      {props.criteria.map((criterion) => (
        <Group key={criterion.id} gap="sm" wrap="nowrap" justify="space-between">
          <Text size="sm" truncate>
            {criterionLabel(criterion, t)}
          </Text>
          {props.canManage ? (
            <NumberInput
              aria-label={`${t('choosing.settings.weight')}: ${criterionLabel(criterion, t)}`}
              value={props.weights[criterion.id] ?? criterion.weight}
              onChange={(value) =>
                typeof value === 'number' &&
                value >= 1 &&
                value <= 5 &&
                props.setWeight(criterion.id, value)
              }
              min={1}
              max={5}
              clampBehavior="strict"
              allowDecimal={false}
              size="xs"
              w={70}
            />
          ) : (
            <Text size="sm">{criterion.weight}</Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
