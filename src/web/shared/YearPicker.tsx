// The fiscal year a portfolio page shows; the latest first.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel } from './fiscalYear.ts';

export function YearPicker(props: {
  years: number[];
  year: number;
  startMonth: number;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const years = props.years.includes(props.year) ? props.years : [...props.years, props.year];
  return (
    <Select
      label={t('portfolio.year')}
      data={[...years]
        .sort((a, b) => b - a)
        .map((year) => ({ value: String(year), label: fiscalYearLabel(year, props.startMonth) }))}
      value={String(props.year)}
      onChange={(value) => value && props.onChange(Number(value))}
      allowDeselect={false}
      w={140}
    />
  );
}
