// The pages of a long list, shown only when there is more than one, its arrows named for screen
// readers in the user's language.
import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ListPagination({
  pages,
  page,
  onChange,
  justify = 'center',
}: {
  pages: number;
  page: number;
  onChange: (page: number) => void;
  justify?: 'center' | 'flex-start';
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <Group justify={justify}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        size="sm"
        getControlProps={(control) => ({
          'aria-label':
            control === 'previous'
              ? t('bridge.clients.previousPage')
              : control === 'next'
                ? t('bridge.clients.nextPage')
                : undefined,
        })}
        getItemProps={(item) => ({ 'aria-label': String(item) })}
      />
    </Group>
  );
}
