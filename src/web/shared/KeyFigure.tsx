// One key figure: what it is, the number, and a line that explains it or leads to its clients.
import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function KeyFigure(props: { label: string; value: string; children?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={500}>
          {props.label}
        </Text>
        <Text size="xl" fw={700} lh={1.2}>
          {props.value}
        </Text>
        {props.children}
      </Stack>
    </Paper>
  );
}
