// A client's category as a badge: best category darkest, the colour scheme's own colours.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { categoryLabel } from './choosingLabels.ts';
import type { Category } from './queries.ts';

const warmth: Record<string, string> = { red: 'red', yellow: 'yellow', blue: 'blue' };
const byRank = ['teal', 'blue', 'gray', 'gray'];

export function CategoryBadge(props: {
  categoryKey: string | null;
  categories: readonly Category[];
}) {
  const { t } = useTranslation();
  if (props.categoryKey === null) return <span>—</span>;
  const rank = props.categories.findIndex((category) => category.key === props.categoryKey);
  const color = warmth[props.categoryKey] ?? byRank[Math.min(Math.max(rank, 0), 3)];
  return (
    <Badge color={color} variant="light" size="sm" radius="sm">
      {categoryLabel(props.categoryKey, props.categories, t)}
    </Badge>
  );
}
