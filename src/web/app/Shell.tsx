// The frame of the signed-in app: header, navigation, the Ctrl+K palette, and an activity logged
// from any page with N then A.
import {
  Anchor,
  AppShell,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconBuilding,
  IconChecklist,
  IconChartPie,
  IconChevronDown,
  IconClipboardCheck,
  IconFileImport,
  IconFlag,
  IconGift,
  IconMessageReport,
  IconSpeakerphone,
  IconTriangle,
  IconRosetteDiscountCheck,
  IconUserMinus,
  IconHeartHandshake,
  IconLayoutKanban,
  IconListNumbers,
  IconLogout,
  IconMoodSmile,
  IconSearch,
  IconSettings,
  IconTarget,
  IconUserPlus,
  IconUserSearch,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QuickActivityEntry } from '../activities/QuickActivityEntry.tsx';
import { api, setCsrfToken, unwrap } from '../api/client.ts';
import type { Language } from '../format.ts';
import { notifyError } from '../ui/errors.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { CommandPalette } from './CommandPalette.tsx';
import { useKeySequence } from './keySequence.ts';
import { sessionKey, usePermissions, useSession, type Session } from './session.tsx';
import { useToday } from './today.ts';

const logActivitySequence = ['n', 'a'] as const;

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const { write } = usePermissions();
  const queryClient = useQueryClient();
  const location = useLocation();
  const [navOpened, nav] = useDisclosure(false);
  const [paletteOpened, palette] = useDisclosure(false);
  useHotkeys([['mod+K', () => palette.open()]], []);
  const [quickEntry, setQuickEntry] = useState(false);
  const logActivity = () => write && setQuickEntry(true);
  useKeySequence(logActivitySequence, logActivity);
  // on an organisation's page the activity is for that organisation
  const organizationPage = useMatch('/organizations/:id')?.params.id;
  const pageOrganization = organizationPage === 'new' ? undefined : organizationPage;
  // the firm's day is there before the first page or dialog needs it
  useToday();

  const saveLanguage = useMutation({
    mutationFn: (locale: Language) => unwrap(api.PATCH('/api/v1/me', { body: { locale } })),
    onSuccess: (user) =>
      queryClient.setQueryData<Session | null>(sessionKey, (old) => (old ? { ...old, user } : old)),
    onError: notifyError,
  });
  const signOut = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/session')),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.setQueryData(sessionKey, null);
      // what this user saw is not kept for the next one
      queryClient.removeQueries({
        predicate: (query) => !['session', 'setup'].includes(String(query.queryKey[0])),
      });
    },
  });

  const links = [
    { to: '/worklist', label: t('nav.worklist'), icon: <IconChecklist size={18} /> },
    { to: '/organizations', label: t('nav.organizations'), icon: <IconBuilding size={18} /> },
    { to: '/portfolio', label: t('nav.portfolio'), icon: <IconChartPie size={18} /> },
    // the portfolio's pages for the annual review and the plan, set in under it
    ...[
      { to: '/portfolio/review', label: t('nav.review'), icon: <IconClipboardCheck size={16} /> },
      { to: '/portfolio/plan', label: t('nav.plan'), icon: <IconTarget size={16} /> },
      {
        to: '/portfolio/acquisition',
        label: t('nav.acquisition'),
        icon: <IconUserPlus size={16} />,
      },
      { to: '/clients/scoring', label: t('nav.scoring'), icon: <IconListNumbers size={16} /> },
      { to: '/clients/prospects', label: t('nav.prospects'), icon: <IconUserSearch size={16} /> },
      { to: '/clients/goals', label: t('nav.goals'), icon: <IconFlag size={16} /> },
      {
        to: '/clients/service',
        label: t('nav.service'),
        icon: <IconHeartHandshake size={16} />,
      },
      {
        to: '/clients/proposals',
        label: t('nav.proposals'),
        icon: <IconLayoutKanban size={16} />,
      },
      {
        to: '/clients/satisfaction',
        label: t('nav.satisfaction'),
        icon: <IconMoodSmile size={16} />,
      },
      { to: '/clients/gifts', label: t('nav.gifts'), icon: <IconGift size={16} /> },
      {
        to: '/clients/complaints',
        label: t('nav.complaints'),
        icon: <IconMessageReport size={16} />,
      },
      {
        to: '/clients/ambassadors',
        label: t('nav.ambassadors'),
        icon: <IconSpeakerphone size={16} />,
      },
      { to: '/clients/pyramid', label: t('nav.pyramid'), icon: <IconTriangle size={16} /> },
      {
        to: '/clients/compliance',
        label: t('nav.compliance'),
        icon: <IconRosetteDiscountCheck size={16} />,
      },
      { to: '/clients/lost', label: t('nav.lost'), icon: <IconUserMinus size={16} /> },
    ].map((link) => ({ ...link, under: true })),
    ...(write
      ? [{ to: '/import', label: t('imports.nav'), icon: <IconFileImport size={18} /> }]
      : []),
    { to: '/settings', label: t('nav.settings'), icon: <IconSettings size={18} /> },
  ];

  // the most specific link: /portfolio/review is the review's, not the portfolio's
  const activeLink = links
    .map((link) => link.to)
    .filter((to) => location.pathname === to || location.pathname.startsWith(`${to}/`))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'md', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <Anchor href="#content" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('nav.menu')}
            />
            <Text component={Link} to="/organizations" fw={700} size="lg" c="teal.9">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="sm" truncate maw={220}>
              {session.workspace.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Button
              variant="default"
              size="xs"
              leftSection={<IconSearch size={14} />}
              onClick={palette.open}
              visibleFrom="sm"
            >
              {t('nav.search')}
            </Button>
            <LanguageSwitch onChange={(language) => saveLanguage.mutate(language)} />
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton aria-label={t('nav.account')}>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" truncate maw={160}>
                      {session.user.name}
                    </Text>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{session.user.email}</Menu.Label>
                <Menu.Item
                  component={Link}
                  to="/settings/profile"
                  leftSection={<IconSettings size={14} />}
                >
                  {t('settings.tabs.profile')}
                </Menu.Item>
                <Menu.Item leftSection={<IconLogout size={14} />} onClick={() => signOut.mutate()}>
                  {t('nav.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.menu')}>
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            to={link.to}
            label={link.label}
            leftSection={link.icon}
            active={link.to === activeLink}
            pl={'under' in link ? 'xl' : undefined}
            variant="filled"
            onClick={nav.close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="content">{children}</AppShell.Main>
      <CommandPalette
        opened={paletteOpened}
        onClose={palette.close}
        onLogActivity={() => setQuickEntry(true)}
      />
      {quickEntry && (
        <QuickActivityEntry
          organizationId={pageOrganization}
          onClose={() => setQuickEntry(false)}
        />
      )}
    </AppShell>
  );
}
