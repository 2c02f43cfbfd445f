// What a year's winning of new clients cost: hours at a rate, plus money, with a note.
import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useWindowEvent } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { formatHundredths } from '../ui/amountText.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { MoneyInput } from '../ui/MoneyInput.tsx';
import { Section } from '../ui/Section.tsx';
import { investmentAmount, investmentPreview, type InvestmentTexts } from './investmentFigures.ts';
import { useSaveInvestment, type Acquisition } from './queries.ts';

type Values = InvestmentTexts & { notes: string };

export function InvestmentForm(props: {
  acquisition: Acquisition;
  yearLabel: string;
  currency: string;
  canSave: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { acquisition, currency } = props;
  const save = useSaveInvestment();
  const money = (cents: number) => formatMoney(cents, currency, language);
  const stored = acquisition.investment;
  const form = useForm<Values>({
    initialValues: {
      hours: stored
        ? formatHundredths(Math.round(stored.hours * 100), language, { fixed: false })
        : '',
      hourlyRate: stored ? formatHundredths(stored.hourlyRateCents, language, { fixed: true }) : '',
      money: stored ? formatHundredths(stored.moneyCents, language, { fixed: true }) : '',
      notes: stored?.notes ?? '',
    },
    validateInputOnChange: ['hours', 'hourlyRate', 'money'],
    validate: {
      hours: (text) => problemText('hours', text),
      hourlyRate: (text) => problemText('hourlyRate', text),
      money: (text) => problemText('money', text),
    },
  });
  function problemText(field: keyof InvestmentTexts, text: string): string | null {
    const { problem } = investmentAmount(field, text, language);
    switch (problem) {
      case null:
        return null;
      case 'invalid':
        return field === 'hours'
          ? t('acquisition.investment.hoursInvalid', { example: formatNumber(12.5, language) })
          : t('plan.errors.invalid', { example: money(123_456) });
      case 'decimals':
        return t('plan.errors.decimals');
      case 'negative':
        return t('plan.errors.negative');
      case 'tooLarge':
        return t('plan.errors.tooLarge', {
          limit:
            field === 'hours'
              ? formatNumber(1_000_000, language)
              : money(field === 'hourlyRate' ? 10_000_000 : 10_000_000_000_000),
        });
    }
  }
  useWindowEvent('beforeunload', (event) => {
    if (form.isDirty() && !save.isPending) event.preventDefault();
  });
  const serverErrors = fieldErrors(save.error);
  const preview = investmentPreview(form.values, language);

  const submit = form.onSubmit((values) => {
    const figures = investmentPreview(values, language);
    if (!figures) return;
    save.mutate(
      {
        year: acquisition.year,
        body: {
          hours: figures.hoursHundredths / 100,
          hourlyRateCents: figures.hourlyRateCents,
          moneyCents: figures.moneyCents,
          notes: values.notes.trim() || null,
        },
      },
      {
        onSuccess: () => {
          form.resetDirty();
          notifyDone(t('acquisition.investment.saved', { year: props.yearLabel }));
        },
      },
    );
  });
  const error = (field: keyof Values) =>
    form.errors[field] ??
    serverErrors[
      field === 'hourlyRate' ? 'hourlyRateCents' : field === 'money' ? 'moneyCents' : field
    ];

  return (
    <Section title={t('acquisition.investment.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {save.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(save.error)}
            </Alert>
          )}
          {!props.canSave && <Alert color="gray">{t('acquisition.investment.readOnly')}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('acquisition.investment.hours')}
              description={t('acquisition.investment.hoursHint')}
              inputMode="decimal"
              autoComplete="off"
              readOnly={!props.canSave}
              {...form.getInputProps('hours')}
              error={error('hours')}
              styles={{ input: { textAlign: 'right' } }}
            />
            <MoneyInput
              currency={currency}
              label={t('acquisition.investment.hourlyRate')}
              description={' '}
              readOnly={!props.canSave}
              value={form.values.hourlyRate}
              onChange={(text) => form.setFieldValue('hourlyRate', text)}
              error={error('hourlyRate')}
            />
            <MoneyInput
              currency={currency}
              label={t('acquisition.investment.money')}
              description={t('acquisition.investment.moneyHint')}
              readOnly={!props.canSave}
              value={form.values.money}
              onChange={(text) => form.setFieldValue('money', text)}
              error={error('money')}
            />
          </SimpleGrid>
          <Textarea
            label={t('acquisition.investment.notes')}
            autosize
            minRows={2}
            maxRows={5}
            maxLength={2000}
            readOnly={!props.canSave}
            {...form.getInputProps('notes')}
            error={error('notes')}
          />
          {preview && (
            <Stack gap={2} aria-live="polite">
              <Text size="sm">
                {t('acquisition.investment.time', {
                  hours: formatNumber(preview.hoursHundredths / 100, language),
                  rate: money(preview.hourlyRateCents),
                  amount: money(preview.timeCents),
                })}
              </Text>
              <Text size="sm" fw={600}>
                {t('acquisition.investment.total', { amount: money(preview.investedCents) })}
              </Text>
            </Stack>
          )}
          {props.canSave && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                {t('acquisition.investment.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Section>
  );
}
