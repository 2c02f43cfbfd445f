// How far ahead the worklist looks, and, for those who may, whose list it is.
import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { useUsers } from '../app/users.ts';
import { worklistRanges, type WorklistRange } from './worklistModel.ts';

export function WorklistFilters(props: {
  range: WorklistRange;
  /** The colleague whose list is shown; null for one's own. */
  userId: string | null;
  mayLook: boolean;
  setParam: (key: string, value: string | null) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const users = useUsers();
  const { range, userId, mayLook, setParam } = props;
  return (
    <Group justify="space-between" align="flex-end">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="worklist-range">
          {t('worklist.range.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="worklist-range"
          value={range}
          data={worklistRanges.map((value) => ({
            value,
            label: t(`worklist.range.${value}`),
          }))}
          onChange={(value) => setParam('until', value === 'today' ? null : value)}
        />
      </Stack>
      {mayLook && (
        <Select
          w={240}
          label={t('worklist.user')}
          searchable
          allowDeselect={false}
          value={userId ?? session.user.id}
          data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
          onChange={(value) =>
            setParam('userId', value === null || value === session.user.id ? null : value)
          }
        />
      )}
    </Group>
  );
}
