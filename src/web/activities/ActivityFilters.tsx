// The filters above a client's activities: by status (planned or done) and by P, or none.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activityStatuses } from '../../core/servicing/activity-input.ts';
import { fourPs } from '../../core/servicing/four-ps.ts';
import type { ActivityFilter } from './activityQueries.ts';

export function ActivityFilters(props: {
  filter: ActivityFilter;
  setFilter: (filter: ActivityFilter) => void;
}) {
  const { t } = useTranslation();
  const { filter, setFilter } = props;
  return (
    <>
      <Select
        size="xs"
        w={130}
        label={t('activities.filters.status')}
        allowDeselect={false}
        value={filter.status ?? 'all'}
        data={[
          { value: 'all', label: t('activities.filters.all') },
          ...activityStatuses.map((status) => ({
            value: status,
            label: t(`activities.status.${status}`),
          })),
        ]}
        onChange={(value) =>
          setFilter({
            ...filter,
            status: value === 'planned' || value === 'done' ? value : null,
          })
        }
      />
      <Select
        size="xs"
        w={150}
        label={t('activities.filters.p')}
        allowDeselect={false}
        value={filter.p ?? 'all'}
        data={[
          { value: 'all', label: t('activities.filters.all') },
          ...fourPs.map((p) => ({ value: p, label: t(`activities.ps.${p}`) })),
          { value: 'none', label: t('activities.filters.none') },
        ]}
        onChange={(value) =>
          setFilter({
            ...filter,
            p: fourPs.find((p) => p === value) ?? (value === 'none' ? 'none' : null),
          })
        }
      />
    </>
  );
}
