// A gift's warnings as badges, each saying in the user's language what is wrong.
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Gift } from './giftQueries.ts';

export function GiftWarnings({ gift }: { gift: Gift }) {
  const { t } = useTranslation();
  if (gift.warnings.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('gifts.noWarnings')}
      </Text>
    );
  // a repeat of several other gifts is named once
  const codes = [...new Set(gift.warnings.map((warning) => warning.code))];
  return (
    <Group gap={4}>
      {codes.map((code) => (
        <Badge key={code} color="orange" variant="light" size="sm" tt="none">
          {t(`gifts.warnings.${code}`)}
        </Badge>
      ))}
    </Group>
  );
}
