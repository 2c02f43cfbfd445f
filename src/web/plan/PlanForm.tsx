// The firm's plan for a year: growth at existing clients, revenue from new clients and expected
// loss, typed in the user's number format, or the product's proposal in one click.
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useWindowEvent } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, type Language } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { formatHundredths } from '../ui/amountText.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { MoneyInput } from '../ui/MoneyInput.tsx';
import { Section } from '../ui/Section.tsx';
import { largestCents, planAmount, planFields, type PlanTexts } from './planFigures.ts';
import { useSavePlan, type Plan } from './queries.ts';

const fieldTexts = {
  existingGrowthCents: 'existingGrowth',
  newClientsCents: 'newClients',
  expectedLossCents: 'expectedLoss',
} as const;

function textsOf(amounts: Record<(typeof planFields)[number], number> | null, language: Language) {
  return Object.fromEntries(
    planFields.map((field) => [
      field,
      amounts ? formatHundredths(amounts[field], language, { fixed: true }) : '',
    ]),
  ) as PlanTexts;
}

export function PlanForm(props: {
  plan: Plan;
  yearLabel: string;
  currency: string;
  canSave: boolean;
  onTexts: (texts: PlanTexts) => void;
  onDirty: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { plan, currency } = props;
  const save = useSavePlan();
  const money = (cents: number) => formatMoney(cents, currency, language);
  const form = useForm<PlanTexts>({
    initialValues: textsOf(plan.inputs, language),
    validateInputOnChange: true,
    validate: Object.fromEntries(
      planFields.map((field) => [
        field,
        (text: string) => {
          const { problem } = planAmount(field, text, language);
          switch (problem) {
            case null:
              return null;
            case 'invalid':
              return t('plan.errors.invalid', { example: money(123_456) });
            case 'decimals':
              return t('plan.errors.decimals');
            case 'negative':
              return t('plan.errors.negative');
            case 'tooLarge':
              return t('plan.errors.tooLarge', { limit: money(largestCents) });
          }
        },
      ]),
    ),
  });
  const dirty = form.isDirty();
  useEffect(() => {
    props.onTexts(form.values);
  }, [form.values]);
  useEffect(() => {
    props.onDirty(dirty);
  }, [dirty]);
  useWindowEvent('beforeunload', (event) => {
    if (form.isDirty() && !save.isPending) event.preventDefault();
  });
  const serverErrors = fieldErrors(save.error);

  const submit = form.onSubmit((texts) => {
    const body = Object.fromEntries(
      planFields.map((field) => [field, planAmount(field, texts[field], language).cents ?? 0]),
    ) as Record<(typeof planFields)[number], number>;
    save.mutate(
      { year: plan.year, body },
      {
        onSuccess: () => {
          form.resetDirty();
          notifyDone(t('plan.saved', { year: props.yearLabel }));
        },
      },
    );
  });

  const proposal = plan.proposal;
  return (
    <Section
      title={t('plan.heading', { year: props.yearLabel })}
      description={
        plan.inputs
          ? t('plan.source.inputs', { date: formatDate(plan.inputs.updatedAt, language) })
          : plan.proposal
            ? t('plan.source.proposal', { year: props.yearLabel })
            : t('plan.source.none', { year: props.yearLabel })
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {save.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(save.error)}
            </Alert>
          )}
          {!props.canSave && <Alert color="gray">{t('plan.readOnly')}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {planFields.map((field) => (
              <MoneyInput
                key={field}
                currency={currency}
                label={t(`plan.fields.${fieldTexts[field]}`)}
                description={t(`plan.fields.${fieldTexts[field]}Hint`)}
                readOnly={!props.canSave}
                value={form.values[field]}
                onChange={(text) => form.setFieldValue(field, text)}
                onBlur={() => form.validateField(field)}
                error={form.errors[field] ?? serverErrors[field]}
              />
            ))}
          </SimpleGrid>
          <Stack gap="xs">
            <Text size="sm">
              {proposal
                ? t('plan.proposal.text', {
                    years: proposal.basedOnYears.join(', '),
                    growth: money(proposal.existingGrowthCents),
                    new: money(proposal.newClientsCents),
                    loss: money(proposal.expectedLossCents),
                  })
                : t('plan.proposal.none')}
            </Text>
            {props.canSave && (
              <Group justify="space-between">
                <Button
                  variant="light"
                  disabled={!proposal}
                  onClick={() => {
                    if (!proposal) return;
                    form.setValues(textsOf(proposal, language));
                    notifyDone(t('plan.proposal.taken'));
                  }}
                >
                  {t('plan.proposal.take')}
                </Button>
                <Button type="submit" loading={save.isPending} disabled={!dirty}>
                  {t('plan.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </Stack>
      </form>
    </Section>
  );
}
