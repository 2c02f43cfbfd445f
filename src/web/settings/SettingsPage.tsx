// Settings: the firm, its criteria and category schemes for choosing clients, its users and
// invitations, your profile, and API tokens.
import { Stack, Tabs, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CriteriaSettings } from '../choosing/CriteriaSettings.tsx';
import { SchemeSettings } from '../choosing/SchemeSettings.tsx';
import { LostReasonSettings } from '../lost-clients/LostReasonSettings.tsx';
import { FirmSettings } from './FirmSettings.tsx';
import { ProfileSettings } from './ProfileSettings.tsx';
import { TokenSettings } from './TokenSettings.tsx';
import { UserSettings } from './UserSettings.tsx';

const tabs = ['firm', 'criteria', 'schemes', 'lostReasons', 'users', 'profile', 'tokens'] as const;
type Tab = (typeof tabs)[number];

export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const param = useParams().tab;
  const tab: Tab = tabs.find((candidate) => candidate === param) ?? 'firm';
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Tabs value={tab} onChange={(value) => void navigate(`/settings/${value ?? 'firm'}`)}>
        <Tabs.List>
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`settings.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="firm" pt="md">
          {tab === 'firm' && <FirmSettings />}
        </Tabs.Panel>
        <Tabs.Panel value="criteria" pt="md">
          {tab === 'criteria' && <CriteriaSettings />}
        </Tabs.Panel>
        <Tabs.Panel value="schemes" pt="md">
          {tab === 'schemes' && <SchemeSettings />}
        </Tabs.Panel>
        <Tabs.Panel value="lostReasons" pt="md">
          {tab === 'lostReasons' && <LostReasonSettings />}
        </Tabs.Panel>
        <Tabs.Panel value="users" pt="md">
          {tab === 'users' && <UserSettings />}
        </Tabs.Panel>
        <Tabs.Panel value="profile" pt="md">
          {tab === 'profile' && <ProfileSettings />}
        </Tabs.Panel>
        <Tabs.Panel value="tokens" pt="md">
          {tab === 'tokens' && <TokenSettings />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
