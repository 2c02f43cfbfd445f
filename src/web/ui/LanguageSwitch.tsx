// Nederlands / English; signed-in users keep their choice on the server.
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../format.ts';
import { setLanguage, useLanguage } from '../i18n/index.ts';

export function LanguageSwitch({ onChange }: { onChange?: (language: Language) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={language}
      data={[
        { value: 'nl', label: 'NL' },
        { value: 'en', label: 'EN' },
      ]}
      onChange={(value) => {
        const next: Language = value === 'en' ? 'en' : 'nl';
        void setLanguage(next);
        onChange?.(next);
      }}
    />
  );
}
