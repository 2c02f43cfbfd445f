// On a client's page: "Mark as lost", and for a client that was lost its losses with the reason,
// the revenue they took and the win-back attempts the category's policy planned; "Won back" and,
// for a loss recorded by mistake, undo.
import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { MarkLostDialog } from './MarkLostDialog.tsx';
import {
  reasonLabel,
  useClientLosses,
  useLostReasons,
  useUndoLoss,
  type ClientLoss,
} from './queries.ts';
import { WinBackDialog } from './WinBackDialog.tsx';

export function ClientLossSection(props: {
  organizationId: string;
  name: string;
  status: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const losses = useClientLosses(props.organizationId);
  const [marking, setMarking] = useState(false);
  const [winning, setWinning] = useState<string | null>(null);
  const [undoing, setUndoing] = useState<string | null>(null);
  const undo = useUndoLoss();
  if (losses.isPending) return <Loading />;
  if (losses.error) return <LoadFailed error={losses.error} />;
  const items = losses.data.items;
  if (items.length === 0 && props.status !== 'client') return null;
  const open = items.find((loss) => loss.wonBackOn === null);
  return (
    <Section
      title={t('lost.section')}
      description={t('lost.sectionHint')}
      testId="client-losses"
      actions={
        props.editable && (
          <Group gap="xs">
            {props.status === 'client' && !open && (
              <Button
                variant="light"
                color="red"
                leftSection={<IconUserMinus size={16} />}
                onClick={() => setMarking(true)}
              >
                {t('lost.markLost')}
              </Button>
            )}
            {open && (
              <Button
                variant="light"
                color="teal"
                leftSection={<IconUserPlus size={16} />}
                onClick={() => setWinning(open.id)}
              >
                {t('lost.wonBackAction')}
              </Button>
            )}
          </Group>
        )
      }
    >
      <Stack gap="lg">
        {items.map((loss) => (
          <LossEntry
            key={loss.id}
            loss={loss}
            editable={props.editable}
            onUndo={() => setUndoing(loss.id)}
          />
        ))}
      </Stack>
      {marking && (
        <MarkLostDialog
          organizationId={props.organizationId}
          name={props.name}
          onClose={() => setMarking(false)}
        />
      )}
      {winning && (
        <WinBackDialog lossId={winning} name={props.name} onClose={() => setWinning(null)} />
      )}
      <ConfirmDialog
        opened={undoing !== null}
        title={t('lost.undoTitle', { name: props.name })}
        text={t('lost.undoText')}
        confirmLabel={t('lost.undo')}
        busy={undo.isPending}
        onConfirm={() =>
          undoing &&
          undo.mutate(undoing, {
            onSuccess: () => {
              setUndoing(null);
              notifyDone(t('lost.undone'));
            },
            onError: (error) => {
              setUndoing(null);
              notifyError(error);
            },
          })
        }
        onClose={() => setUndoing(null)}
      />
    </Section>
  );
}

function LossEntry(props: { loss: ClientLoss; editable: boolean; onUndo: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const reasons = useLostReasons();
  const { loss } = props;
  const reason = reasons.data?.items.find((candidate) => candidate.id === loss.reasonId);
  return (
    <Stack gap="xs" data-testid="client-loss">
      <Group gap="sm">
        {loss.wonBackOn ? (
          <Badge color="teal" variant="light">
            {t('lost.wonBackOn', { date: formatDate(loss.wonBackOn, language) })}
          </Badge>
        ) : (
          <Badge color="red" variant="light">
            {t('lost.stillLost', { date: formatDate(loss.lostOn, language) })}
          </Badge>
        )}
        <Text fw={600}>{reasonLabel(reason, t)}</Text>
        {loss.manner && (
          <Text size="sm" c="dimmed">
            {t(`lost.manners.${loss.manner}`)}
          </Text>
        )}
      </Group>
      <Text size="sm">
        {t('lost.previousRevenue', { year: loss.revenueYear })}:{' '}
        {formatMoney(loss.revenueCents, currency, language)}
        {loss.category && ` · ${t('lost.category')} ${loss.category}`}
      </Text>
      {loss.text && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {loss.text}
        </Text>
      )}
      {loss.told && (
        <Text size="sm">
          {t('lost.fields.told')}: {loss.told}
        </Text>
      )}
      {loss.winBackNote && (
        <Text size="sm">
          {t('lost.fields.winBackNote')}: {loss.winBackNote}
        </Text>
      )}
      {loss.recordedByName && (
        <Text size="xs" c="dimmed">
          {t('lost.recordedBy', { name: loss.recordedByName })}
        </Text>
      )}
      <Text size="sm" fw={600} mt="xs">
        {t('lost.attempts')}
      </Text>
      {loss.attempts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('lost.noAttempts')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {loss.attempts.map((attempt) => (
            <List.Item key={attempt.id}>
              {formatDate(attempt.onDate, language)} · {t(`activities.types.${attempt.type}`)} ·{' '}
              {attempt.subject} · {t(`activities.status.${attempt.status}`)}
              {attempt.professionals.length > 0 &&
                ` · ${attempt.professionals.map((person) => person.name).join(', ')}`}
            </List.Item>
          ))}
        </List>
      )}
      {props.editable && !loss.wonBackOn && (
        <Group>
          <Button size="compact-sm" variant="subtle" color="gray" onClick={props.onUndo}>
            {t('lost.undo')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
