// A score as a row of big buttons (at least 44 px high), one per whole number: easy to tap on a
// phone, read by a screen reader as one group of radio buttons.
import { Button, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';

export function ScoreScale({
  label,
  min,
  max,
  value,
  onChange,
  low,
  high,
  clearLabel,
  error,
}: {
  label: string;
  min: number;
  max: number;
  value: number | null;
  onChange: (value: number | null) => void;
  low?: string | undefined;
  high?: string | undefined;
  clearLabel?: string | undefined;
  error?: string | null | undefined;
}) {
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <Stack gap={6} role="radiogroup" aria-label={label}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Text fw={600}>{label}</Text>
        {clearLabel && value !== null && (
          <UnstyledButton onClick={() => onChange(null)} c="dimmed" fz="sm">
            {clearLabel}
          </UnstyledButton>
        )}
      </Group>
      <SimpleGrid cols={{ base: scores.length > 10 ? 6 : 5, sm: scores.length }} spacing={6}>
        {scores.map((score) => (
          <Button
            key={score}
            role="radio"
            aria-checked={value === score}
            variant={value === score ? 'filled' : 'default'}
            h={48}
            px={0}
            fz="lg"
            onClick={() => onChange(score)}
          >
            {score}
          </Button>
        ))}
      </SimpleGrid>
      {(low || high) && (
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {min} = {low}
          </Text>
          <Text size="xs" c="dimmed">
            {max} = {high}
          </Text>
        </Group>
      )}
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
