// The ideal prospect's traits (method.md §3.7): the values the top clients share with their
// share, which the firm may switch on or off, add to, save, or reset to the derived profile.
import {
  Badge,
  Button,
  Card,
  Chip,
  Group,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints, formatDateTime } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { sizeClasses } from '../ui/options.ts';
import {
  addValue,
  profileTraits,
  sameEdit,
  setTraitActive,
  startingEdit,
  toggleValue,
  traitRows,
  valueProblem,
  type ProfileEdit,
  type ProfileTrait,
  type ProspectProfile,
} from './prospectProfile.ts';
import { useResetProspectProfile, useSaveProspectProfile } from './prospectQueries.ts';

export function ProspectProfileCard(props: {
  profile: ProspectProfile;
  categoryLabel: string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { profile, canManage } = props;
  const [draft, setDraft] = useState<ProfileEdit | null>(null);
  const [confirming, setConfirming] = useState(false);
  const save = useSaveProspectProfile(profile.schemeId);
  const reset = useResetProspectProfile(profile.schemeId);
  const saved = startingEdit(profile);
  const edit = draft ?? saved;
  const changed = !sameEdit(edit, saved);

  const onSave = () =>
    save.mutate(edit, {
      onSuccess: () => {
        setDraft(null);
        notifyDone(t('prospects.profile.saved'));
      },
      onError: notifyError,
    });
  const onReset = () =>
    reset.mutate(undefined, {
      onSuccess: () => {
        setDraft(null);
        setConfirming(false);
        notifyDone(t('prospects.profile.resetDone'));
      },
      onError: notifyError,
    });

  return (
    <Card withBorder padding="md">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('prospects.profile.title')}
          </Title>
          {profile.classifiedAt !== null && (
            <Text size="sm" c="dimmed">
              {profile.derived.clients > 0
                ? t('prospects.profile.derivedFrom', {
                    count: profile.derived.clients,
                    category: props.categoryLabel,
                    date: formatDateTime(profile.classifiedAt, language),
                  })
                : t('prospects.profile.noTopClients', { category: props.categoryLabel })}
            </Text>
          )}
          {profile.edited && (
            <Text size="sm" c="dimmed">
              {t('prospects.profile.editedOn', {
                date: formatDateTime(profile.edited.updatedAt, language),
              })}
            </Text>
          )}
          {!canManage && (
            <Text size="xs" c="dimmed">
              {t('prospects.profile.readOnly')}
            </Text>
          )}
        </Stack>
        {profileTraits.map((trait) => (
          <TraitEditor
            key={trait}
            trait={trait}
            profile={profile}
            edit={edit}
            onChange={setDraft}
            canManage={canManage}
          />
        ))}
        {canManage && (
          <Group gap="sm">
            <Button size="xs" onClick={onSave} disabled={!changed} loading={save.isPending}>
              {t('prospects.profile.save')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDraft(null)} disabled={!changed}>
              {t('prospects.profile.undo')}
            </Button>
            {profile.edited && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                ml="auto"
                onClick={() => setConfirming(true)}
              >
                {t('prospects.profile.reset')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('prospects.profile.resetTitle')}
        text={t('prospects.profile.resetText')}
        confirmLabel={t('prospects.profile.resetConfirm')}
        busy={reset.isPending}
        onConfirm={onReset}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}

function TraitEditor(props: {
  trait: ProfileTrait;
  profile: ProspectProfile;
  edit: ProfileEdit;
  onChange: (edit: ProfileEdit) => void;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { trait, edit, canManage } = props;
  const active = edit[trait].active;
  const rows = traitRows(props.profile, edit, trait);
  const total = props.profile.derived.clients;
  return (
    <Stack gap={6}>
      <Group gap="sm">
        <Switch
          checked={active}
          onChange={(event) =>
            props.onChange(setTraitActive(edit, trait, event.currentTarget.checked))
          }
          disabled={!canManage}
          label={<Text fw={500}>{t(`prospects.profile.traits.${trait}`)}</Text>}
        />
        {!active && (
          <Badge variant="light" color="gray" size="sm">
            {t('prospects.profile.traitOff')}
          </Badge>
        )}
      </Group>
      <Group gap={6}>
        {rows.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('prospects.profile.noValues')}
          </Text>
        )}
        {rows.map((row) => (
          <Chip
            key={row.value}
            size="xs"
            checked={row.counts}
            disabled={!canManage || !active}
            onChange={() => props.onChange(toggleValue(edit, trait, row.value))}
            title={
              row.clients === null
                ? undefined
                : t('prospects.profile.shareTitle', { clients: row.clients, total })
            }
          >
            {row.value}
            {/* a share of no top clients says nothing */}
            {row.shareBasisPoints === null
              ? ` · ${t('prospects.profile.newValue')}`
              : total > 0
                ? ` · ${formatBasisPoints(row.shareBasisPoints, language, 0)}`
                : null}
          </Chip>
        ))}
      </Group>
      {canManage && active && <AddValue trait={trait} edit={edit} onChange={props.onChange} />}
    </Stack>
  );
}

function AddValue(props: {
  trait: ProfileTrait;
  edit: ProfileEdit;
  onChange: (edit: ProfileEdit) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const { trait, edit } = props;
  const label = t(`prospects.profile.traits.${trait}`);
  if (trait === 'sizeClass') {
    const options = sizeClasses.filter(
      (size) => !(edit.sizeClass.values as readonly string[]).includes(size),
    );
    if (options.length === 0) return null;
    return (
      <Select
        aria-label={`${label}: ${t('prospects.profile.addPlaceholder')}`}
        placeholder={t('prospects.profile.addPlaceholder')}
        data={options}
        value={null}
        onChange={(value) => value && props.onChange(addValue(edit, trait, value))}
        size="xs"
        w={200}
      />
    );
  }
  const problem = valueProblem(edit, trait, typed);
  const shown = problem === 'empty' && !tried ? null : problem;
  const add = () => {
    setTried(true);
    if (problem !== null) return;
    props.onChange(addValue(edit, trait, typed));
    setTyped('');
    setTried(false);
  };
  return (
    <Group gap="xs" align="flex-start">
      <TextInput
        aria-label={`${label}: ${t('prospects.profile.addPlaceholder')}`}
        placeholder={t('prospects.profile.addPlaceholder')}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
        error={shown ? t(`prospects.profile.problems.${shown}`) : null}
        size="xs"
        w={200}
      />
      <Button size="xs" variant="light" onClick={add}>
        {t('prospects.profile.add')}
      </Button>
    </Group>
  );
}
