// The filters and sort of the organisation list, each kept in the address so a view can be shared.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import type { Category } from '../choosing/queries.ts';
import { relationLevelOptions, statusOptions } from '../ui/options.ts';
import { sorts, type ListParams } from './listParams.ts';

export function OrganizationFilters(props: {
  filters: ListParams;
  update: (changes: Partial<ListParams>) => void;
  categories: readonly Category[];
}) {
  const { t } = useTranslation();
  const { filters, update, categories } = props;
  return (
    <>
      <Select
        label={t('organizations.filters.status')}
        placeholder={t('organizations.filters.allStatuses')}
        data={statusOptions(t)}
        value={filters.status ?? null}
        onChange={(value) => update({ status: (value ?? undefined) as ListParams['status'] })}
        clearable
        w={160}
      />
      <Select
        label={t('organizations.filters.relationLevel')}
        placeholder={t('organizations.filters.allLevels')}
        data={relationLevelOptions(t)}
        value={filters.relationLevel ?? null}
        onChange={(value) =>
          update({ relationLevel: (value ?? undefined) as ListParams['relationLevel'] })
        }
        clearable
        w={160}
      />
      <Select
        label={t('organizations.filters.category')}
        placeholder={t('organizations.filters.allCategories')}
        data={categories.map((category) => ({
          value: category.key,
          label: categoryLabel(category.key, categories, t),
        }))}
        value={filters.category ?? null}
        onChange={(value) => update({ category: value ?? undefined })}
        clearable
        w={160}
      />
      <Select
        label={t('organizations.filters.archived')}
        data={[
          { value: 'exclude', label: t('organizations.filters.archivedExclude') },
          { value: 'include', label: t('organizations.filters.archivedInclude') },
          { value: 'only', label: t('organizations.filters.archivedOnly') },
        ]}
        value={filters.archived}
        onChange={(value) => update({ archived: (value ?? 'exclude') as ListParams['archived'] })}
        allowDeselect={false}
        w={220}
      />
      <Select
        label={t('organizations.filters.sort')}
        data={sorts.map((sort) => ({ value: sort, label: t(`organizations.sorts.${sort}`) }))}
        value={filters.sort}
        onChange={(value) => update({ sort: (value ?? 'name') as ListParams['sort'] })}
        allowDeselect={false}
        w={190}
      />
    </>
  );
}
