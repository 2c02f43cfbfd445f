import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client.ts';

const colors = { prospect: 'blue', client: 'teal', former: 'gray' } as const;

export function StatusBadge({ status }: { status: Schemas['Organization']['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" radius="sm">
      {t(`organizations.status.${status}`)}
    </Badge>
  );
}
