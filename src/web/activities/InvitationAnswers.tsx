// Who accepted and who declined an invitation, and who has not reacted: a client that stops
// reacting to invitations is an early sign of leaving (method §8). Set per person in one choice.
import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../ui/errors.ts';
import type { Activity } from './activityDraft.ts';
import { useAnswerInvitation } from './activityQueries.ts';

type Response = 'accepted' | 'declined' | null;

export function InvitationAnswers({
  activity,
  organizationId,
  editable,
}: {
  activity: Activity;
  organizationId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const answer = useAnswerInvitation(organizationId);
  const options = [
    { value: '', label: t('activities.invitation.none') },
    { value: 'accepted', label: t('activities.invitation.accepted') },
    { value: 'declined', label: t('activities.invitation.declined') },
  ];
  return (
    <Stack gap={4}>
      {activity.contacts.map((contact) => (
        <Group key={contact.id} gap={6} wrap="nowrap">
          <Text size="sm">{contact.displayName}</Text>
          {editable ? (
            <NativeSelect
              size="xs"
              data={options}
              value={contact.response ?? ''}
              aria-label={t('activities.invitation.label', { name: contact.displayName })}
              disabled={answer.isPending}
              onChange={(event) => {
                const response = (event.currentTarget.value || null) as Response;
                answer.mutate(
                  { activityId: activity.id, contactId: contact.id, response },
                  { onError: notifyError },
                );
              }}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {t(`activities.invitation.${contact.response ?? 'none'}`)}
            </Text>
          )}
        </Group>
      ))}
      {activity.professionals.length > 0 && (
        <Text size="xs" c="dimmed">
          {activity.professionals.map((professional) => professional.name).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
