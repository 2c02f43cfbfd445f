// The firm's own categories, best first: each named, moved up or down, removed, or one added
// below; every name says what is wrong with it.
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fewestCategories,
  longestCategoryName,
  mostCategories,
  problemAt,
  type DraftProblem,
} from './schemeDraft.ts';

export function SchemeCategoriesField(props: {
  names: readonly string[];
  problems: readonly DraftProblem[];
  onRename: (index: number, name: string) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const { names } = props;
  // keyboard users keep their place: focus follows a moved category, a new one takes the focus
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [added, setAdded] = useState(false);
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    props.onMove(from, to);
    const edge =
      (direction === 'up' && to === 0) || (direction === 'down' && to === names.length - 1);
    const again = edge ? (direction === 'up' ? 'down' : 'up') : direction;
    requestAnimationFrame(() => buttons.current.get(`${again}-${to}`)?.focus());
  };
  const listProblem = problemAt(props.problems, 'categories');
  const labelOf = (index: number) => {
    const position = index + 1;
    if (index === 0) return t('choosing.schemeEditor.categoryBest', { position });
    if (index === names.length - 1) return t('choosing.schemeEditor.categoryLowest', { position });
    return t('choosing.schemeEditor.category', { position });
  };
  return (
    <Stack gap={6} role="group" aria-labelledby="scheme-categories-label">
      <Text size="sm" fw={500} id="scheme-categories-label">
        {t('choosing.schemeEditor.categories')}
      </Text>
      {names.map((name, index) => {
        const problem = problemAt(props.problems, `categories.${index}`);
        const position = index + 1;
        return (
          <Group key={index} gap={6} wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={labelOf(index)}
              placeholder={labelOf(index)}
              value={name}
              onChange={(event) => props.onRename(index, event.currentTarget.value)}
              autoFocus={added && index === names.length - 1}
              error={problem ? t(`choosing.schemeEditor.problems.${problem}`) : null}
              maxLength={longestCategoryName + 20}
              style={{ flex: 1 }}
              size="sm"
            />
            <ActionIcon
              variant="subtle"
              size="lg"
              disabled={index === 0}
              ref={(button) => {
                if (button) buttons.current.set(`up-${index}`, button);
              }}
              onClick={() => move(index, index - 1, 'up')}
              aria-label={t('choosing.schemeEditor.moveUp', { position })}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="lg"
              disabled={index === names.length - 1}
              ref={(button) => {
                if (button) buttons.current.set(`down-${index}`, button);
              }}
              onClick={() => move(index, index + 1, 'down')}
              aria-label={t('choosing.schemeEditor.moveDown', { position })}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              disabled={names.length <= fewestCategories}
              onClick={() => props.onRemove(index)}
              aria-label={t('choosing.schemeEditor.removeCategory', { position })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      {listProblem && (
        <Text size="xs" c="red" role="alert">
          {t(`choosing.schemeEditor.problems.${listProblem}`)}
        </Text>
      )}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={names.length >= mostCategories}
          onClick={() => {
            setAdded(true);
            props.onAdd();
          }}
        >
          {t('choosing.schemeEditor.addCategory')}
        </Button>
      </Group>
    </Stack>
  );
}
