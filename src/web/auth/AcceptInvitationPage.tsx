// The page an invitation link opens: choose a password and join the firm.
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client.ts';
import { useSignedIn } from '../app/session.tsx';
import { setLanguage } from '../i18n/index.ts';
import { errorMessage, fieldErrors } from '../ui/errors.ts';
import { AuthFrame } from './AuthFrame.tsx';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: { password: (value) => (value.length >= 8 ? null : t('setup.passwordHint')) },
  });
  const accept = useMutation({
    mutationFn: (values: { name: string; password: string }) =>
      unwrap(
        api.POST('/api/v1/invitations/accept', {
          body: {
            token,
            password: values.password,
            ...(values.name.trim() ? { name: values.name.trim() } : {}),
          },
        }),
      ),
    onSuccess: async (session) => {
      await setLanguage(session.user.locale);
      void navigate('/organizations', { replace: true });
      signedIn(session);
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  const failure =
    accept.error instanceof ApiError && [400, 404, 410].includes(accept.error.status)
      ? Object.keys(fieldErrors(accept.error)).length
        ? null
        : t('invitation.invalid')
      : accept.error
        ? errorMessage(accept.error)
        : null;

  return (
    <AuthFrame title={t('invitation.title')}>
      {!token ? (
        <Alert color="red" role="alert">
          {t('invitation.missing')}
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((values) => accept.mutate(values))} noValidate>
          <Stack>
            <Alert color="teal" variant="light">
              {t('invitation.intro')}
            </Alert>
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <TextInput
              label={t('invitation.name')}
              autoComplete="name"
              {...form.getInputProps('name')}
            />
            <PasswordInput
              label={t('invitation.password')}
              description={t('setup.passwordHint')}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={accept.isPending}>
              {t('invitation.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthFrame>
  );
}
