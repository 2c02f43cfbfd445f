// The grade boundaries of the scheme's categories: read, or for who may manage a grade-based
// scheme, edited (from or above a grade) for every category but the lowest, which takes the rest.
import { Anchor, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/index.ts';
import { boundaryKind, formatBoundGrade, parseBoundGrade } from './boundaries.ts';
import type { ClassificationEdits } from './classificationDraft.ts';
import type { Category } from './queries.ts';

export function ClassificationBoundaries(props: {
  categories: Category[];
  gradeBased: boolean;
  canManage: boolean;
  grades: ClassificationEdits['grades'];
  setGrade: (key: string, typed: string) => void;
  setInclusive: (key: string, inclusive: boolean) => void;
  categoryName: (key: string | null) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { categories, gradeBased, canManage } = props;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('choosing.classification.boundaries')}
      </Text>
      {!gradeBased && (
        <Text size="sm" c="dimmed">
          {t('choosing.classification.methodOnly')}{' '}
          {canManage && (
            <Anchor component={Link} to="/settings/schemes" size="sm">
              {t('choosing.schemeEditor.changeMethod')}
            </Anchor>
          )}
        </Text>
      )}
      {categories.map((category, index) => {
        const kind = boundaryKind(category.lowerBound);
        const lowest = index === categories.length - 1;
        const typed = props.grades[category.key];
        return (
          <Group key={category.key} gap="sm" wrap="nowrap">
            <div style={{ width: 90 }}>{props.categoryName(category.key)}</div>
            {!gradeBased || lowest || !canManage ? (
              <Text size="sm">
                {gradeBased
                  ? kind === 'rest'
                    ? t('choosing.classification.rest')
                    : t(`choosing.classification.${kind}`, {
                        grade: formatBoundGrade(category.lowerBound.tenths, language),
                      })
                  : ''}
              </Text>
            ) : (
              <>
                <Select
                  aria-label={t('choosing.classification.boundaries')}
                  data={[
                    {
                      value: 'above',
                      label: t('choosing.classification.above', { grade: '' }).trim(),
                    },
                    {
                      value: 'from',
                      label: t('choosing.classification.from', { grade: '' }).trim(),
                    },
                  ]}
                  value={category.lowerBound.inclusive ? 'from' : 'above'}
                  onChange={(value) => props.setInclusive(category.key, value === 'from')}
                  allowDeselect={false}
                  size="xs"
                  w={100}
                />
                <TextInput
                  aria-label={t('choosing.classification.boundaries')}
                  value={typed ?? formatBoundGrade(category.lowerBound.tenths, language)}
                  onChange={(event) => props.setGrade(category.key, event.currentTarget.value)}
                  error={
                    typed !== undefined && parseBoundGrade(typed) === null
                      ? t('choosing.classification.invalidGrade')
                      : undefined
                  }
                  size="xs"
                  w={90}
                />
              </>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
