// Asks before a classification is committed, and says what it does: how many clients change
// category and in which direction, how many are not fully scored, and, when some move down only
// because scores are missing, names that and asks the firm to accept it explicitly.
import { Alert, Checkbox, List, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import type { Preview } from './queries.ts';

const directions = ['up', 'down', 'new', 'unclassified', 'otherScheme'] as const;

export function ClassificationCommitDialog(props: {
  opened: boolean;
  /** The preview of exactly what is committed; undefined while it is read. */
  preview: Preview | undefined;
  busy: boolean;
  onClose: () => void;
  onConfirm: (acceptDemotionsFromMissingScores: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [accepted, setAccepted] = useState(false);
  useEffect(() => {
    if (!props.opened) setAccepted(false);
  }, [props.opened]);
  const { preview } = props;
  const fromMissing = preview?.downFromMissingScores ?? 0;
  const count = (value: number) => ({
    count: value,
    formattedCount: formatNumber(value, language),
  });
  return (
    <ConfirmDialog
      opened={props.opened}
      title={t('choosing.classification.commitTitle')}
      text={t('choosing.classification.commitText')}
      confirmLabel={t('choosing.classification.commit')}
      busy={props.busy}
      confirmDisabled={preview === undefined || (fromMissing > 0 && !accepted)}
      onClose={props.onClose}
      onConfirm={() => props.onConfirm(accepted)}
    >
      {preview && (
        <Stack gap="xs" data-testid="commit-summary">
          <Text size="sm" fw={500}>
            {t('choosing.classification.commitMoves', {
              moved: formatNumber(preview.moved, language),
              clients: formatNumber(preview.clients, language),
            })}
          </Text>
          {preview.moved > 0 && (
            <List size="sm" spacing={2}>
              {directions
                .filter((direction) => preview.byDirection[direction] > 0)
                .map((direction) => (
                  <List.Item key={direction}>
                    {t(`choosing.classification.commitDirections.${direction}`, {
                      ...count(preview.byDirection[direction]),
                    })}
                  </List.Item>
                ))}
            </List>
          )}
          {preview.notFullyScored > 0 && (
            <Text size="sm" c="dimmed">
              {t('choosing.classification.notFullyScored', count(preview.notFullyScored))}
            </Text>
          )}
          {fromMissing > 0 && (
            <Alert color="orange" variant="light" data-testid="demotions-from-missing-scores">
              <Stack gap="xs">
                <Text size="sm">
                  {t('choosing.classification.downFromMissingScores', count(fromMissing))}
                </Text>
                <Checkbox
                  label={t('choosing.classification.acceptDemotions')}
                  checked={accepted}
                  onChange={(event) => setAccepted(event.currentTarget.checked)}
                />
              </Stack>
            </Alert>
          )}
        </Stack>
      )}
    </ConfirmDialog>
  );
}
