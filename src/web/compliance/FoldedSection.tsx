// A section of the compliance page whose table is closed until asked for: its title and a line
// under it stay in view, a button beside the title shows or hides the table. As a landmark it is
// named by its heading.
import { Button, Collapse, Group, Paper, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function FoldedSection(props: {
  title: string;
  description?: ReactNode;
  open: boolean;
  onToggle: () => void;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const action = props.open ? t('compliance.hideTable') : t('compliance.showTable');
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={titleId}
      data-testid={props.testId}
    >
      {/* the button keeps its place beside the title, which wraps on a narrow screen */}
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Title order={2} size="h4" id={titleId} miw={0}>
          {props.title}
        </Title>
        <Button
          variant="default"
          size="xs"
          aria-label={`${action}: ${props.title}`}
          aria-expanded={props.open}
          aria-controls={bodyId}
          onClick={props.onToggle}
          rightSection={props.open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
          data-testid={`${props.testId}-toggle`}
          style={{ flexShrink: 0 }}
        >
          {action}
        </Button>
      </Group>
      {props.description && (
        <Text size="sm" c="dimmed" mt={4}>
          {props.description}
        </Text>
      )}
      <Collapse expanded={props.open} transitionDuration={0} id={bodyId}>
        <div style={{ paddingTop: 'var(--mantine-spacing-md)' }}>{props.children}</div>
      </Collapse>
    </Paper>
  );
}
