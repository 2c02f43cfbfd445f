// The frame around the pages before sign-in: name, language switch, one card.
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';

export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box component="main" id="content" bg="gray.0" mih="100vh" py="xl" px="md">
      <Center>
        <Stack w="100%" maw={480} gap="md">
          <Group justify="space-between">
            <Stack gap={0}>
              <Text fw={700} size="xl" c="teal.9">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('app.tagline')}
              </Text>
            </Stack>
            <LanguageSwitch />
          </Group>
          <Paper withBorder shadow="xs" p="lg" radius="md">
            <Title order={1} size="h2" mb="md">
              {title}
            </Title>
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
