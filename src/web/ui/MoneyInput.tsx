// An amount of money typed as the user writes it ("1.234,56" in Dutch), the currency sign
// beside it; on leaving the field a valid amount is written back in full.
import { TextInput, type TextInputProps } from '@mantine/core';
import { useMemo } from 'react';
import type { Language } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { formatHundredths, parseHundredths } from './amountText.ts';

function currencySign(currency: string, language: Language): string {
  const parts = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency,
  }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

export function MoneyInput({
  currency,
  value,
  onChange,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & {
  currency: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const language = useLanguage();
  const sign = useMemo(() => currencySign(currency, language), [currency, language]);
  return (
    <TextInput
      {...props}
      inputMode="decimal"
      autoComplete="off"
      leftSection={<span aria-hidden="true">{sign}</span>}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const parsed = parseHundredths(value, language);
        if (parsed.value !== null && value.trim() !== '') {
          onChange(formatHundredths(parsed.value, language, { fixed: true }));
        }
        props.onBlur?.(event);
      }}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
    />
  );
}
