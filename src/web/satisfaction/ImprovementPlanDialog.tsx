// Say what an improvement plan does, who carries it out, by when and at what cost to the firm
// (method.md §7); the server's objections appear at the fields they name.
import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { useUsers } from '../app/users.ts';
import { useLanguage } from '../i18n/index.ts';
import { formatHundredths } from '../ui/amountText.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { MoneyInput } from '../ui/MoneyInput.tsx';
import { costCents } from './evaluationDraft.ts';
import { useUpdateImprovementPlan, type ImprovementPlan } from './satisfactionQueries.ts';

type PlanValues = { what: string; ownerId: string | null; dueOn: string; cost: string };

export function ImprovementPlanDialog(props: { plan: ImprovementPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSession();
  const users = useUsers();
  const update = useUpdateImprovementPlan();
  const { plan } = props;
  const form = useForm<PlanValues>({
    initialValues: {
      what: plan.what ?? '',
      ownerId: plan.ownerId,
      dueOn: plan.dueOn,
      cost:
        plan.costCents === null ? '' : formatHundredths(plan.costCents, language, { fixed: true }),
    },
    validate: {
      dueOn: (value) => (value ? null : t('app.required')),
      cost: (value) => (Number.isNaN(costCents(value, language)) ? t('gifts.valueHint') : null),
    },
  });
  const serverErrors = fieldErrors(update.error);
  const field = (name: keyof PlanValues) => {
    const input = form.getInputProps(name);
    return { ...input, error: input.error ?? serverErrors[name] };
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('satisfaction.plan.editTitle', { client: plan.organizationName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          update.mutate(
            {
              id: plan.id,
              change: {
                what: values.what.trim() || null,
                ownerId: values.ownerId,
                dueOn: values.dueOn,
                costCents: costCents(values.cost, language),
              },
            },
            {
              onSuccess: () => {
                notifyDone(t('satisfaction.plan.saved', { client: plan.organizationName }));
                props.onClose();
              },
            },
          ),
        )}
      >
        <Stack>
          {update.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(update.error)}
            </Alert>
          )}
          <Textarea
            label={t('satisfaction.plan.what')}
            autosize
            minRows={3}
            data-autofocus
            {...field('what')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('satisfaction.plan.owner')}
              placeholder={t('satisfaction.plan.ownerDefault')}
              clearable
              clearButtonProps={{ 'aria-label': t('satisfaction.plan.ownerDefault') }}
              searchable
              data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
              {...field('ownerId')}
            />
            <TextInput
              type="date"
              label={t('satisfaction.plan.dueOn')}
              required
              {...field('dueOn')}
            />
            <MoneyInput
              label={t('satisfaction.plan.cost')}
              currency={workspace.currency}
              value={form.getValues().cost}
              onChange={(text) => form.setFieldValue('cost', text)}
              error={form.errors.cost ?? serverErrors.costCents}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
