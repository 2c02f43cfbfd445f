// What the one-click buttons of the worklist do: tick an item off (with an undo in the
// notification where taking it back is cheap) or open the activity dialog to log or plan a
// personal contact. Ticked items leave the list at once, before it is read again.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedP } from '../../core/servicing/four-ps.ts';
import type { ActivityValues } from '../activities/activityDraft.ts';
import { closeLabel, notifyDone, notifyError } from '../ui/errors.ts';
import {
  itemKey,
  plannedContactDay,
  tickChanges,
  type TickAction,
  type WorklistAction,
  type WorklistItem,
} from './worklistModel.ts';
import { useChangeItem } from './worklistQueries.ts';

/** A personal contact being logged or planned in the activity dialog. */
export type ContactLogging = { item: WorklistItem; initial: Partial<ActivityValues> };

export function useWorklistActions() {
  const { t } = useTranslation();
  const change = useChangeItem();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [logging, setLogging] = useState<ContactLogging | null>(null);

  const hide = (key: string, gone: boolean) =>
    setHidden((current) => {
      const next = new Set(current);
      if (gone) next.add(key);
      else next.delete(key);
      return next;
    });

  const tick = (item: WorklistItem, action: TickAction, day: string) => {
    const { forward, back } = tickChanges(item, action, day);
    const key = itemKey(item);
    const message = t(`worklist.done.${action}` as 'worklist.done.activityDone', {
      client: item.organizationName,
      what: item.label ?? t(`worklist.kinds.${item.kind}`),
    });
    change.mutate(
      { change: forward, item },
      {
        onSuccess: () => {
          hide(key, true);
          if (!back) return notifyDone(message);
          const id = `worklist-${key}`;
          notifications.show({
            ...closeLabel(),
            id,
            color: 'teal',
            autoClose: 8000,
            message: (
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm">{message}</Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => {
                    notifications.hide(id);
                    change.mutate(
                      { change: back, item },
                      {
                        onSuccess: () => {
                          hide(key, false);
                          notifyDone(t('worklist.undone'));
                        },
                        onError: notifyError,
                      },
                    );
                  }}
                >
                  {t('app.undo')}
                </Button>
              </Group>
            ),
          });
        },
        onError: notifyError,
      },
    );
  };

  const act = (item: WorklistItem, action: WorklistAction, day: string) => {
    switch (action) {
      case 'logContact':
        return setLogging({
          item,
          initial: {
            type: 'call',
            p: suggestedP('call'),
            status: 'done',
            onDate: day,
            subject: t('worklist.contactSubject'),
          },
        });
      case 'planContact':
        return setLogging({
          item,
          initial: {
            type: 'visit',
            p: suggestedP('visit'),
            status: 'planned',
            onDate: plannedContactDay(day),
            subject: t('worklist.contactSubject'),
          },
        });
      case 'thankAmbassador':
        return setLogging({
          item,
          initial: {
            type: 'call',
            p: 'person',
            status: 'done',
            onDate: day,
            subject: t('ambassadors.thankSubject', { name: item.label ?? '' }),
          },
        });
      case 'callBackReturned':
      case 'proposalSent':
      case 'activityDone':
      case 'followUpDone':
        return tick(item, action, day);
    }
  };

  return {
    /** Items ticked off here, kept out of view until the list is read again. */
    hidden,
    act,
    busy: change.isPending,
    logging,
    stopLogging: () => setLogging(null),
  };
}
