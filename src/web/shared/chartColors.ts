// The charts' colours: Mantine's palette, dark enough on white for text and thin lines.
export const chartColors = {
  primary: 'var(--mantine-color-teal-8)',
  primaryLight: 'var(--mantine-color-teal-1)',
  up: 'var(--mantine-color-teal-7)',
  down: 'var(--mantine-color-red-7)',
  total: 'var(--mantine-color-blue-8)',
  warning: 'var(--mantine-color-orange-8)',
  grid: 'var(--mantine-color-gray-3)',
  text: 'var(--mantine-color-gray-8)',
} as const;
