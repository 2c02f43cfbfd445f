// First visit: create the firm and its owner, who is signed in at once.
import { Alert, Button, Fieldset, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { useSignedIn } from '../app/session.tsx';
import { setLanguage, useLanguage } from '../i18n/index.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { currencies, defaultTimeZone, monthOptions, timeZoneOptions } from '../ui/options.ts';
import { AuthFrame } from './AuthFrame.tsx';

type Values = {
  firm: {
    name: string;
    currency: string;
    locale: string;
    fiscalYearStartMonth: string;
    timeZone: string;
  };
  owner: { name: string; email: string; password: string };
};

export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const form = useForm<Values>({
    initialValues: {
      firm: {
        name: '',
        currency: 'EUR',
        locale: language,
        fiscalYearStartMonth: '1',
        timeZone: defaultTimeZone,
      },
      owner: { name: '', email: '', password: '' },
    },
    validate: {
      firm: { name: (value) => (value.trim() ? null : t('app.required')) },
      owner: {
        name: (value) => (value.trim() ? null : t('app.required')),
        email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('app.required')),
        password: (value) => (value.length >= 8 ? null : t('setup.passwordHint')),
      },
    },
  });
  // the language switch above this form chooses the firm's language too
  useEffect(() => {
    if (form.getValues().firm.locale !== language) form.setFieldValue('firm.locale', language);
  }, [language]);

  const setup = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.POST('/api/v1/setup', {
          body: {
            firm: {
              name: values.firm.name,
              currency: values.firm.currency as Schemas['Workspace']['currency'],
              locale: values.firm.locale === 'en' ? 'en' : 'nl',
              fiscalYearStartMonth: Number(values.firm.fiscalYearStartMonth),
              timeZone: values.firm.timeZone,
            },
            owner: values.owner,
          },
        }),
      ),
    onSuccess: async (session) => {
      await setLanguage(session.user.locale);
      // to the organisations first, while this page still leads: the app then opens there
      void navigate('/organizations', { replace: true });
      signedIn(session);
      onDone();
      notifyDone(t('setup.done'));
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });

  return (
    <AuthFrame title={t('setup.title')}>
      <form onSubmit={form.onSubmit((values) => setup.mutate(values))} noValidate>
        <Stack>
          <Alert color="teal" variant="light">
            {t('setup.intro')}
          </Alert>
          {setup.error && Object.keys(fieldErrors(setup.error)).length === 0 && (
            <Alert color="red" role="alert">
              {errorMessage(setup.error)}
            </Alert>
          )}
          <Fieldset legend={t('setup.firm')}>
            <Stack gap="sm">
              <TextInput
                label={t('setup.firmName')}
                required
                autoFocus
                {...form.getInputProps('firm.name')}
              />
              <Select
                label={t('setup.currency')}
                data={currencies}
                allowDeselect={false}
                {...form.getInputProps('firm.currency')}
              />
              <Select
                label={t('setup.locale')}
                data={[
                  { value: 'nl', label: t('languages.nl') },
                  { value: 'en', label: t('languages.en') },
                ]}
                allowDeselect={false}
                {...form.getInputProps('firm.locale')}
                onChange={(value) => {
                  // the firm's language and the language of this screen are one choice
                  if (value === 'nl' || value === 'en') void setLanguage(value);
                }}
              />
              <Select
                label={t('setup.fiscalYearStart')}
                data={monthOptions(t)}
                allowDeselect={false}
                {...form.getInputProps('firm.fiscalYearStartMonth')}
              />
              <Select
                label={t('setup.timeZone')}
                description={t('setup.timeZoneHelp')}
                data={timeZoneOptions(form.getValues().firm.timeZone)}
                searchable
                allowDeselect={false}
                {...form.getInputProps('firm.timeZone')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('setup.owner')}>
            <Stack gap="sm">
              <TextInput
                label={t('setup.ownerName')}
                required
                autoComplete="name"
                {...form.getInputProps('owner.name')}
              />
              <TextInput
                label={t('setup.email')}
                type="email"
                required
                autoComplete="email"
                {...form.getInputProps('owner.email')}
              />
              <PasswordInput
                label={t('setup.password')}
                description={t('setup.passwordHint')}
                required
                autoComplete="new-password"
                {...form.getInputProps('owner.password')}
              />
            </Stack>
          </Fieldset>
          <Button type="submit" loading={setup.isPending}>
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
