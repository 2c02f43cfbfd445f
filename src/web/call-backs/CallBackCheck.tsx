// A call-back request against its category's call-back norm (method.md §5), as the API judges it.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client.ts';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';

export type CallBack = Schemas['CallBack'];

const colour = {
  onTime: 'teal',
  late: 'red',
  open: 'blue',
  overdue: 'red',
  noNorm: 'gray',
} as const;

export function CallBackCheck({ callBack }: { callBack: CallBack }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { check } = callBack;
  const label = (() => {
    switch (check.status) {
      case 'onTime':
        return t('callBacks.check.onTime');
      case 'late':
        return t('callBacks.check.late', { count: check.workingDaysOverdue });
      case 'open':
        return t('callBacks.check.open', { date: formatDate(check.deadline, language) });
      case 'overdue':
        return t('callBacks.check.overdue', { count: check.workingDaysOverdue });
      case 'noNorm':
        return t('callBacks.check.noNorm');
    }
  })();
  // the norm itself, as the category's service concept words it
  return (
    <Tooltip label={t(`service.callBack.${check.norm}`)}>
      <Badge
        size="sm"
        variant={check.status === 'late' || check.status === 'overdue' ? 'filled' : 'light'}
        color={colour[check.status]}
        data-testid="call-back-check"
        // the whole judgement stays readable in a narrow column: the column grows instead
        style={{ textTransform: 'none', minWidth: 'max-content' }}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}

/** Who called: the contact person, else the name given. */
export function callerOf(callBack: Pick<CallBack, 'contactName' | 'callerName'>): string {
  return callBack.contactName ?? callBack.callerName ?? '';
}
