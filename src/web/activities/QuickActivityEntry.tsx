// An activity logged from any page (N then A, or the palette): the organisation is chosen first,
// unless the page is already an organisation's; then the usual dialog.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationPicker } from '../organizations/OrganizationPicker.tsx';
import { ActivityDialog } from './ActivityDialog.tsx';

export function QuickActivityEntry(props: {
  /** The organisation of the page the user is on; none: they choose one. */
  organizationId?: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(props.organizationId ?? null);
  const [error, setError] = useState<string | null>(null);

  if (chosen) return <ActivityDialog organizationId={chosen} onClose={props.onClose} />;
  const next = () => (picked ? setChosen(picked) : setError(t('app.required')));
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('worklist.quick.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <Stack>
          <OrganizationPicker
            label={t('worklist.quick.organization')}
            description={t('worklist.quick.organizationHint')}
            value={picked}
            onChange={(id) => {
              setPicked(id);
              setError(null);
              // choosing is the step: the dialog follows at once
              if (id) setChosen(id);
            }}
            error={error}
            autoFocus
          />
          <Text size="xs" c="dimmed">
            {t('worklist.quick.shortcut')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit">{t('worklist.quick.next')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
