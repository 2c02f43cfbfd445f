// A client's ABC class by revenue: A carries most of it.
import { Badge } from '@mantine/core';
import type { AbcClass } from './clientTable.ts';

const colors: Record<AbcClass, string> = { A: 'teal', B: 'blue', C: 'gray' };

export function AbcBadge({ abcClass }: { abcClass: AbcClass | null }) {
  if (abcClass === null) return <span>—</span>;
  return (
    <Badge color={colors[abcClass]} variant="light" size="sm" radius="sm">
      {abcClass}
    </Badge>
  );
}
