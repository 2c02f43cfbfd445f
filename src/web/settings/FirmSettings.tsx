// The firm's name, currency, language and fiscal year; only an owner changes them.
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { sessionKey, usePermissions, useSession, type Session } from '../app/session.tsx';
import { fieldErrors, notifyDone, notifyError } from '../ui/errors.ts';
import { currencies, monthOptions } from '../ui/options.ts';

export function FirmSettings() {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const permissions = usePermissions();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      name: workspace.name,
      currency: workspace.currency as string,
      locale: workspace.locale as string,
      fiscalYearStartMonth: String(workspace.fiscalYearStartMonth),
    },
    validate: { name: (value) => (value.trim() ? null : t('app.required')) },
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
          },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData<Session | null>(sessionKey, (old) =>
        old ? { ...old, workspace: saved } : old,
      );
      form.resetDirty();
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
