// The category scheme a page shows, chosen among the firm's schemes; nothing to choose while the
// firm has only one.
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { schemeLabel } from './choosingLabels.ts';
import type { Scheme } from './queries.ts';

export function SchemePicker({
  schemes,
  value,
  onChange,
  ...props
}: {
  schemes: readonly Scheme[] | undefined;
  value: string | null;
  onChange: (schemeId: string) => void;
  label: string;
} & Pick<SelectProps, 'size' | 'w'>) {
  const { t } = useTranslation();
  if (!schemes || schemes.length < 2) return null;
  return (
    <Select
      {...props}
      data={schemes.map((scheme) => ({ value: scheme.id, label: schemeLabel(scheme, t) }))}
      value={value}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
    />
  );
}
