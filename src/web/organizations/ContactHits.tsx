// The contact persons a search of the list finds, above the organisations: each opens its
// organisation, where the contact is listed.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useContactSearch } from '../contacts/queries.ts';

export function ContactHits({ q }: { q: string }) {
  const { t } = useTranslation();
  const hits = useContactSearch(q, 5);
  if (!hits.data || hits.data.length === 0) return null;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={4} role="region" aria-label={t('organizations.contactsFound')}>
        <Text size="sm" fw={600}>
          {t('organizations.contactsFound')}
        </Text>
        {hits.data.map((contact) => (
          <Group key={contact.id} gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/organizations/${contact.organizationId}`} size="sm">
              {t('organizations.contactAt', {
                name: contact.displayName,
                organization: contact.organizationName,
              })}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[contact.jobTitle, contact.email, contact.phone].filter(Boolean).join(' · ')}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
