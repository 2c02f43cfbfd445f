// A client's account team on its page (method.md §14): the relationship manager, the second
// professional and the relation level as the organisation holds them, who directs the relationship
// at that level, and the team's members with its lead, edited in a dialog.
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { useUsers } from '../app/users.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

type AccountTeam = Schemas['AccountTeam'];
type Member = Schemas['AccountTeamUpdate']['members'][number];

const teamKey = (organizationId: string) => ['account-team', organizationId] as const;

export function AccountTeamSection({
  organizationId,
  editable,
}: {
  organizationId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const team = useQuery({
    queryKey: teamKey(organizationId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/account-team', {
          params: { path: { id: organizationId } },
        }),
      ),
  });
  const data = team.data;
  return (
    <Section
      title={t('accountTeam.title')}
      testId="account-team"
      actions={
        editable &&
        data && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
          >
            {t('accountTeam.edit')}
          </Button>
        )
      }
    >
      {!data ? (
        team.error ? (
          <LoadFailed error={team.error} retry={() => void team.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Fact label={t('accountTeam.relationshipManager')}>
              {data.relationshipManager?.name ?? t('accountTeam.notSet')}
            </Fact>
            <Fact label={t('accountTeam.secondProfessional')}>
              {data.secondProfessional?.name ?? t('accountTeam.notSet')}
            </Fact>
            <Fact label={t('accountTeam.relationLevel')}>
              {t(`organizations.relationLevel.${data.relationLevel}`)}
            </Fact>
            <Fact label={t('accountTeam.directedBy')}>
              <span data-testid="directed-by">
                {data.directedBy.professional
                  ? `${data.directedBy.professional.name} (${t(`accountTeam.directorRoles.${data.directedBy.role}`)})`
                  : t(`accountTeam.directorRoles.${data.directedBy.role}`)}
              </span>
            </Fact>
          </SimpleGrid>
          {data.directedBy.role !== 'nobody' && !data.directedBy.professional && (
            <Alert color="yellow" p="xs">
              {data.directedBy.role === 'accountTeamLead'
                ? t('accountTeam.noLeadYet')
                : t('accountTeam.notSet')}
            </Alert>
          )}
          {data.members.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('accountTeam.empty')}
            </Text>
          ) : (
            <Group gap="xs" data-testid="account-team-members">
              {data.members.map((member) => (
                <Badge
                  key={member.userId}
                  variant={member.role === 'lead' ? 'filled' : 'light'}
                  color={member.disabled ? 'gray' : 'blue'}
                  size="lg"
                  tt="none"
                >
                  {member.name}
                  {member.role === 'lead' ? ` · ${t('accountTeam.lead')}` : ''}
                  {member.disabled ? ` · ${t('accountTeam.noLongerSignsIn')}` : ''}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      )}
      {editing && data && <AccountTeamDialog team={data} onClose={() => setEditing(false)} />}
    </Section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

function AccountTeamDialog({ team, onClose }: { team: AccountTeam; onClose: () => void }) {
  const { t } = useTranslation();
  const users = useUsers();
  const queryClient = useQueryClient();
  const [members, setMembers] = useState<Member[]>(
    team.members.map((member) => ({ userId: member.userId, role: member.role })),
  );
  const names = new Map(team.members.map((member) => [member.userId, member.name]));
  for (const user of users.data ?? []) names.set(user.id, user.name);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/organizations/{id}/account-team', {
          params: { path: { id: team.organizationId } },
          body: { members },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(teamKey(team.organizationId), saved);
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
      notifyDone(t('accountTeam.saved'));
      onClose();
    },
  });
  const problems = fieldErrors(save.error);
  const candidates = (users.data ?? [])
    .filter((user) => !user.disabled && !members.some((member) => member.userId === user.id))
    .map((user) => ({ value: user.id, label: user.name }));
  const lead = members.find((member) => member.role === 'lead')?.userId ?? '';
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('accountTeam.editTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {save.error !== null && (
          <Alert color="red" role="alert">
            {Object.values(problems)[0] ?? errorMessage(save.error)}
          </Alert>
        )}
        <Select
          label={t('accountTeam.add')}
          placeholder={t('accountTeam.professional')}
          data={candidates}
          searchable
          value={null}
          data-autofocus
          onChange={(userId) => {
            if (userId)
              setMembers([
                ...members,
                // the first one named leads until the user says otherwise
                { userId, role: members.length === 0 ? 'lead' : 'member' },
              ]);
          }}
        />
        {members.length > 0 && (
          <Radio.Group
            value={lead}
            onChange={(userId) =>
              setMembers(
                members.map((member) => ({
                  ...member,
                  role: member.userId === userId ? 'lead' : 'member',
                })),
              )
            }
          >
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accountTeam.professional')}</Table.Th>
                  <Table.Th w={80}>{t('accountTeam.lead')}</Table.Th>
                  <Table.Th w={50} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.map((member) => {
                  const name = names.get(member.userId) ?? '…';
                  return (
                    <Table.Tr key={member.userId}>
                      <Table.Td>{name}</Table.Td>
                      <Table.Td>
                        <Radio
                          value={member.userId}
                          aria-label={t('accountTeam.makeLead', { name })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('accountTeam.remove', { name })}
                          onClick={() =>
                            setMembers(members.filter((other) => other.userId !== member.userId))
                          }
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
