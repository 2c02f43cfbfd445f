// A slider over the years with revenue: drag through the years to see the matrix change.
import { Slider } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';

export function YearSlider(props: {
  years: number[];
  year: number;
  startMonth: number;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const { years } = props;
  // the slider follows the hand; the page follows when the hand lets go
  const [shown, setShown] = useState(props.year);
  useEffect(() => setShown(props.year), [props.year]);
  if (years.length < 2) return null;
  const first = years[0]!;
  const last = years.at(-1)!;
  // a label on every year while they fit, else on the first, the last and every fifth
  const marks = years
    .filter((year) => years.length <= 12 || year === first || year === last || year % 5 === 0)
    .map((year) => ({ value: year, label: fiscalYearLabel(year, props.startMonth) }));
  return (
    <Slider
      min={first}
      max={last}
      step={1}
      value={shown}
      onChange={setShown}
      onChangeEnd={props.onChange}
      marks={marks}
      label={(year) => fiscalYearLabel(year, props.startMonth)}
      thumbLabel={t('portfolio.matrix.slider')}
      mb="lg"
      mx="sm"
    />
  );
}
