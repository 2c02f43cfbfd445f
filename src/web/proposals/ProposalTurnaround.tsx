// A proposal's turnaround against its category's norm (method.md §5), as the API judges it: on
// time or late once sent, the day to send it by or how far past it while open.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import type { Proposal } from './proposalBoard.ts';

const colour = {
  onTime: 'teal',
  late: 'red',
  open: 'blue',
  overdue: 'red',
  noNorm: 'gray',
} as const;

export function ProposalTurnaround({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { turnaround } = proposal;
  const label = (() => {
    switch (turnaround.status) {
      case 'onTime':
        return t('proposals.turnaround.onTime', { count: turnaround.workingDaysTaken ?? 0 });
      case 'late':
        return t('proposals.turnaround.late', { count: turnaround.workingDaysOverdue });
      case 'open':
        return t('proposals.turnaround.open', {
          date: formatDate(turnaround.deadline, language),
        });
      case 'overdue':
        return t('proposals.turnaround.overdue', { count: turnaround.workingDaysOverdue });
      case 'noNorm':
        return t('proposals.turnaround.noNorm');
    }
  })();
  const badge = (
    <Badge
      size="xs"
      variant={turnaround.status === 'late' || turnaround.status === 'overdue' ? 'filled' : 'light'}
      color={colour[turnaround.status]}
      data-testid="turnaround"
      style={{ textTransform: 'none' }}
    >
      {label}
    </Badge>
  );
  if (turnaround.normWorkingDays === null) return badge;
  return (
    <Tooltip label={t('proposals.turnaround.norm', { count: turnaround.normWorkingDays })}>
      {badge}
    </Tooltip>
  );
}
