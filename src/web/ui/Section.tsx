// A titled, bordered part of a page: its heading, a dimmed line under it, its buttons beside it,
// then its content. As a landmark it is named by its heading, so screen readers can jump to it.
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export function Section(props: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  landmark?: boolean;
  testId?: string;
  /** An address on the page (`#id`) that a link elsewhere leads to. */
  id?: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={props.landmark ? titleId : undefined}
      data-testid={props.testId}
      id={props.id}
    >
      <Group justify="space-between" mb="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id={titleId}>
            {props.title}
          </Title>
          {props.description && (
            <Text size="sm" c="dimmed">
              {props.description}
            </Text>
          )}
        </Stack>
        {props.actions}
      </Group>
      {props.children}
    </Paper>
  );
}
