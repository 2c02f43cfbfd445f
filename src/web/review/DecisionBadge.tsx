// A review decision in words, coloured by what it means for the relationship.
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewDecision } from './queries.ts';

const colors: Record<ReviewDecision, string> = {
  invest: 'teal',
  maintain: 'blue',
  improve: 'grape',
  part_ways: 'red',
};

export function DecisionBadge({ decision }: { decision: ReviewDecision | null | undefined }) {
  const { t } = useTranslation();
  if (!decision) {
    return (
      <Text span size="sm" c="dimmed">
        {t('review.undecided')}
      </Text>
    );
  }
  return (
    <Badge color={colors[decision]} variant="light" radius="sm" tt="none" fw={600}>
      {t(`review.decisions.${decision}`)}
    </Badge>
  );
}
