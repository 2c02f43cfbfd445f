// Sign in with email and password.
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client.ts';
import { useSignedIn } from '../app/session.tsx';
import { setLanguage } from '../i18n/index.ts';
import { errorMessage } from '../ui/errors.ts';
import { AuthFrame } from './AuthFrame.tsx';

export function SignInPage({ sessionEnded = false }: { sessionEnded?: boolean }) {
  const { t } = useTranslation();
  const signedIn = useSignedIn();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('app.required')),
      password: (value) => (value ? null : t('app.required')),
    },
  });
  const signIn = useMutation({
    mutationFn: (values: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/session', { body: values })),
    onSuccess: async (session) => {
      await setLanguage(session.user.locale);
      signedIn(session);
    },
  });
  const failure = signIn.error
    ? signIn.error instanceof ApiError && signIn.error.status === 429
      ? t('signIn.tooMany')
      : signIn.error instanceof ApiError &&
          (signIn.error.status === 401 || signIn.error.status === 400)
        ? t('signIn.failed')
        : errorMessage(signIn.error)
    : null;

  return (
    <AuthFrame title={t('signIn.title')}>
      <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
        <Stack>
          {sessionEnded && !failure && (
            <Alert color="yellow" role="status">
              {t('app.sessionEnded')}
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
