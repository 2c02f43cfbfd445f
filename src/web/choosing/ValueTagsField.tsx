// A client's kinds of value beside its category (method.md §3.4): chips the user adds and
// removes, with the firm's tags in use and the method's suggestions one click away.
import { Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  longestValueTag,
  normalizeValueTags,
  suggestedValueTags,
} from '../../core/choosing/value-tags.ts';
import { notifyError } from '../ui/errors.ts';
import { tagSuggestions } from './clientCategory.ts';
import { useFirmValueTags, useSetValueTags, useValueTags } from './clientQueries.ts';

export function ValueTagsField(props: { organizationId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const tags = useValueTags(props.organizationId);
  const inUse = useFirmValueTags();
  const save = useSetValueTags(props.organizationId);
  const [tooLong, setTooLong] = useState(false);
  const current = tags.data ?? [];
  const suggestions = tagSuggestions({
    current,
    inUse: inUse.data ?? [],
    suggested: suggestedValueTags.map((key) => t(`clientCategory.valueTags.suggested.${key}`)),
  });
  const change = (next: string[]) => {
    const long = next.some((tag) => tag.trim().length > longestValueTag);
    setTooLong(long);
    if (long) return;
    save.mutate(normalizeValueTags(next), { onError: notifyError });
  };

  if (!props.canWrite)
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('clientCategory.valueTags.label')}
        </Text>
        <Text size="sm" c={current.length ? undefined : 'dimmed'}>
          {current.length ? current.join(', ') : t('clientCategory.valueTags.none')}
        </Text>
      </Stack>
    );

  return (
    <Stack gap={6}>
      <TagsInput
        label={t('clientCategory.valueTags.label')}
        description={t('clientCategory.valueTags.help')}
        placeholder={t('clientCategory.valueTags.placeholder')}
        value={current}
        data={suggestions}
        onChange={change}
        disabled={tags.isPending}
        error={
          tooLong ? t('clientCategory.valueTags.tooLong', { max: longestValueTag }) : undefined
        }
        clearable
        acceptValueOnBlur={false}
        splitChars={[',']}
      />
      {suggestions.length > 0 && (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            {t('clientCategory.valueTags.suggestions')}
          </Text>
          {suggestions.slice(0, 8).map((tag) => (
            <Button
              key={tag}
              size="compact-xs"
              variant="light"
              color="gray"
              leftSection={<IconPlus size={12} />}
              aria-label={t('clientCategory.valueTags.add', { tag })}
              disabled={save.isPending}
              onClick={() => change([...current, tag])}
            >
              {tag}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
