// An overall score, red when it fell below the firm's norm (and so opened an improvement plan).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ScoreBadge(props: { score: number; below: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="md"
      variant="light"
      color={props.below ? 'red' : 'teal'}
      aria-label={
        props.below
          ? t('satisfaction.scoreBelowNorm', { score: props.score })
          : t('satisfaction.scoreAtNorm', { score: props.score })
      }
    >
      {props.score}
    </Badge>
  );
}
