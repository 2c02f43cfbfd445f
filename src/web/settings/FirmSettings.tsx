// The firm's name, currency, language, fiscal year and time zone (its clock), and the limits of its portfolio analysis
// (dependency threshold, ABC boundaries), the limit per gift to a relation and the satisfaction
// norm an evaluation should reach (method §7); only an owner
// changes them.
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { numberSeparators } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { sessionKey, usePermissions, useSession, type Session } from '../app/session.tsx';
import { todayKey } from '../app/today.ts';
import { fieldErrors, notifyDone, notifyError } from '../ui/errors.ts';
import { currencies, monthOptions, timeZoneOptions } from '../ui/options.ts';
import { formatHundredths, parseHundredths } from '../ui/amountText.ts';
import { MoneyInput } from '../ui/MoneyInput.tsx';

export function FirmSettings() {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const permissions = usePermissions();
  const queryClient = useQueryClient();
  const language = useLanguage();
  const form = useForm({
    initialValues: {
      name: workspace.name,
      currency: workspace.currency as string,
      locale: workspace.locale as string,
      fiscalYearStartMonth: String(workspace.fiscalYearStartMonth),
      timeZone: workspace.timeZone,
      dependencyThresholdBp: percentOf(workspace.dependencyThresholdBp),
      abcBoundaryABp: percentOf(workspace.abcBoundaryABp),
      abcBoundaryBBp: percentOf(workspace.abcBoundaryBBp),
      giftValueLimit:
        workspace.giftValueLimitCents === null
          ? ''
          : formatHundredths(workspace.giftValueLimitCents, language, { fixed: true }),
      satisfactionNorm: workspace.satisfactionNorm as number | string,
    },
    validate: {
      name: (value) => (value.trim() ? null : t('app.required')),
      dependencyThresholdBp: (value) => percentProblem(value, t),
      abcBoundaryABp: (value) => percentProblem(value, t),
      abcBoundaryBBp: (value, values) =>
        percentProblem(value, t) ??
        (Number(value) < Number(values.abcBoundaryABp) ? t('settings.firm.boundaryOrder') : null),
      giftValueLimit: (value) => {
        const parsed = parseHundredths(value, language);
        return parsed.value === null || parsed.value < 0 ? t('gifts.valueHint') : null;
      },
    },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.PATCH('/api/v1/workspace', {
          body: {
            name: values.name,
            currency: values.currency as Schemas['Workspace']['currency'],
            locale: values.locale === 'en' ? 'en' : 'nl',
            fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
            timeZone: values.timeZone,
            dependencyThresholdBp: basisPointsOf(values.dependencyThresholdBp),
            abcBoundaryABp: basisPointsOf(values.abcBoundaryABp),
            abcBoundaryBBp: basisPointsOf(values.abcBoundaryBBp),
            // empty: no limit
            giftValueLimitCents:
              values.giftValueLimit.trim() === ''
                ? null
                : parseHundredths(values.giftValueLimit, language).value,
            // an empty field is sent as 0, so the server says at the field what is wrong
            satisfactionNorm: Number(values.satisfactionNorm),
          },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData<Session | null>(sessionKey, (old) =>
        old ? { ...old, workspace: saved } : old,
      );
      form.resetDirty();
      // another time zone may make it another day for the firm
      void queryClient.invalidateQueries({ queryKey: todayKey });
      notifyDone(t('app.saved'));
    },
    onError: (error) => {
      form.setErrors(fieldErrors(error));
      notifyError(error);
    },
  });
  const readOnly = !permissions.manageWorkspace;
  return (
    <Paper withBorder p="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          {readOnly && <Alert color="gray">{t('settings.firm.onlyOwner')}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('setup.firmName')}
              required
              readOnly={readOnly}
              {...form.getInputProps('name')}
            />
            <Select
              label={t('setup.currency')}
              data={currencies}
              allowDeselect={false}
              readOnly={readOnly}
              {...form.getInputProps('currency')}
            />
            <Select
              label={t('setup.locale')}
              data={[
                { value: 'nl', label: t('languages.nl') },
                { value: 'en', label: t('languages.en') },
              ]}
              allowDeselect={false}
              readOnly={readOnly}
              {...form.getInputProps('locale')}
            />
            <Select
              label={t('setup.fiscalYearStart')}
              data={monthOptions(t)}
              allowDeselect={false}
              readOnly={readOnly}
              {...form.getInputProps('fiscalYearStartMonth')}
            />
            <Select
              label={t('setup.timeZone')}
              description={t('setup.timeZoneHelp')}
              data={timeZoneOptions(workspace.timeZone)}
              searchable
              allowDeselect={false}
              readOnly={readOnly}
              {...form.getInputProps('timeZone')}
            />
          </SimpleGrid>
          <Title order={3} size="h5">
            {t('settings.firm.portfolio')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(['dependencyThresholdBp', 'abcBoundaryABp', 'abcBoundaryBBp'] as const).map(
              (field) => (
                <NumberInput
                  key={field}
                  label={t(`settings.firm.${field}`)}
                  description={t(`settings.firm.${field}Help`)}
                  suffix=" %"
                  min={0.01}
                  max={100}
                  decimalScale={2}
                  decimalSeparator={numberSeparators(language).decimalSeparator}
                  allowNegative={false}
                  readOnly={readOnly}
                  {...form.getInputProps(field)}
                />
              ),
            )}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <MoneyInput
              label={t('gifts.limitLabel')}
              description={t('gifts.limitHelp')}
              currency={form.getValues().currency}
              readOnly={readOnly}
              value={form.getValues().giftValueLimit}
              onChange={(text) => form.setFieldValue('giftValueLimit', text)}
              error={form.errors.giftValueLimit ?? form.errors.giftValueLimitCents}
            />
            <NumberInput
              label={t('settings.firm.satisfactionNorm')}
              description={t('settings.firm.satisfactionNormHelp')}
              min={1}
              max={10}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              readOnly={readOnly}
              {...form.getInputProps('satisfactionNorm')}
            />
          </SimpleGrid>
          {!readOnly && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                {t('app.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** Basis points as the percentage a user reads and types: 2000 → 20. */
const percentOf = (basisPoints: number): number | string => basisPoints / 100;

const basisPointsOf = (percent: number | string): number => Math.round(Number(percent) * 100);

function percentProblem(value: number | string, t: (key: 'settings.firm.percentRange') => string) {
  const percent = Number(value);
  return value === '' || !Number.isFinite(percent) || percent <= 0 || percent > 100
    ? t('settings.firm.percentRange')
    : null;
}
