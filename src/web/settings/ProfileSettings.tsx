// Your own name, language and password, your weekly digest and your calendar feed.
import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { sessionKey, useSession, type Session } from '../app/session.tsx';
import { setLanguage } from '../i18n/index.ts';
import { fieldErrors, notifyDone, notifyError } from '../ui/errors.ts';
import { Section } from '../ui/Section.tsx';
import { CalendarFeedSettings } from './CalendarFeedSettings.tsx';
import { WeeklyDigestSettings } from './WeeklyDigestSettings.tsx';

export function ProfileSettings() {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const profile = useForm({
    initialValues: { name: user.name, locale: user.locale as string },
    validate: { name: (value) => (value.trim() ? null : t('app.required')) },
  });
  const password = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('app.required')),
      newPassword: (value) => (value.length >= 8 ? null : t('setup.passwordHint')),
    },
  });
  const saveProfile = useMutation({
    mutationFn: (values: typeof profile.values) =>
      unwrap(
        api.PATCH('/api/v1/me', {
          body: { name: values.name, locale: values.locale === 'en' ? 'en' : 'nl' },
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData<Session | null>(sessionKey, (old) =>
        old ? { ...old, user: saved } : old,
      );
      await setLanguage(saved.locale);
      profile.resetDirty();
      notifyDone(t('app.saved'));
    },
    onError: (error) => {
      profile.setErrors(fieldErrors(error));
      notifyError(error);
    },
  });
  const changePassword = useMutation({
    mutationFn: (values: typeof password.values) =>
      unwrap(api.POST('/api/v1/me/password', { body: values })),
    onSuccess: () => {
      password.reset();
      notifyDone(t('settings.profile.passwordChanged'));
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      if (Object.keys(errors).length) password.setErrors(errors);
      else notifyError(error);
    },
  });
  return (
    <Stack>
      <Section title={t('settings.profile.title')}>
        <form onSubmit={profile.onSubmit((values) => saveProfile.mutate(values))} noValidate>
          <Stack>
            <TextInput
              label={t('settings.profile.name')}
              required
              {...profile.getInputProps('name')}
            />
            <Select
              label={t('settings.profile.language')}
              data={[
                { value: 'nl', label: t('languages.nl') },
                { value: 'en', label: t('languages.en') },
              ]}
              allowDeselect={false}
              {...profile.getInputProps('locale')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={saveProfile.isPending} disabled={!profile.isDirty()}>
                {t('app.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Section>
      <Section title={t('settings.profile.password')}>
        <form onSubmit={password.onSubmit((values) => changePassword.mutate(values))} noValidate>
          <Stack>
            <input
              type="text"
              name="username"
              autoComplete="username"
              value={user.email}
              readOnly
              hidden
            />
            <PasswordInput
              label={t('settings.profile.currentPassword')}
              autoComplete="current-password"
              required
              {...password.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('settings.profile.newPassword')}
              description={t('setup.passwordHint')}
              autoComplete="new-password"
              required
              {...password.getInputProps('newPassword')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={changePassword.isPending}>
                {t('settings.profile.password')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Section>
      <WeeklyDigestSettings />
      <CalendarFeedSettings />
    </Stack>
  );
}
