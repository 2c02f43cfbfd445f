// Plan or register a gift to a contact person (method.md §6): while it is planned the six
// requirements of a good gift stand beside it as a checklist; the server's objections appear at
// the fields they name.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useFirmToday } from '../app/today.ts';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  giftOccasions,
  giftRequirementKeys,
  type GiftRequirementKey,
} from '../../core/servicing/gifts.ts';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage } from '../i18n/index.ts';
import { formatHundredths, parseHundredths } from '../ui/amountText.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { MoneyInput } from '../ui/MoneyInput.tsx';
import { useSaveGift, type Gift } from './giftQueries.ts';

type Values = {
  contactId: string;
  status: 'planned' | 'given';
  onDate: string;
  occasion: string;
  description: string;
  value: string;
  requirementsMet: GiftRequirementKey[];
  notes: string;
};

export function GiftDialog(props: {
  organizationId: string;
  gift?: Gift | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const contacts = useQuery({
    queryKey: ['contacts', props.organizationId, 'active'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/contacts', {
          params: { path: { id: props.organizationId }, query: { include: 'active' } },
        }),
      ),
  });
  const save = useSaveGift(props.organizationId);
  const today = useFirmToday();
  const gift = props.gift;
  const form = useForm<Values>({
    initialValues: {
      contactId: gift?.contact.id ?? '',
      status: gift?.status ?? 'planned',
      onDate: gift?.onDate ?? today,
      occasion: gift?.occasion ?? 'christmas',
      description: gift?.description ?? '',
      value: gift ? formatHundredths(gift.valueCents, language, { fixed: true }) : '',
      requirementsMet: gift?.requirementsMet ?? [],
      notes: gift?.notes ?? '',
    },
    validate: {
      contactId: (value) => (value ? null : t('app.required')),
      onDate: (value) => (value ? null : t('app.required')),
      description: (value) => (value.trim() ? null : t('app.required')),
      value: (value) => {
        const parsed = parseHundredths(value, language);
        return value.trim() === '' || parsed.value === null || parsed.value < 0
          ? t('gifts.valueHint')
          : null;
      },
    },
  });
  const server = fieldErrors(save.error);
  const field = (name: keyof Values, apiName: string = name) => {
    const input = form.getInputProps(name);
    return { ...input, error: input.error ?? server[apiName] };
  };

  const contactOptions = new Map(gift ? [[gift.contact.id, gift.contact.displayName]] : []);
  for (const contact of contacts.data?.items ?? [])
    contactOptions.set(contact.id, contact.displayName);
  const occasions: string[] = [...giftOccasions];
  if (gift && !occasions.includes(gift.occasion)) occasions.push(gift.occasion);

  const submit = (values: Values) =>
    save.mutate(
      {
        id: gift?.id ?? null,
        input: {
          contactId: values.contactId,
          status: values.status,
          onDate: values.onDate,
          occasion: values.occasion,
          description: values.description,
          valueCents: parseHundredths(values.value, language).value ?? 0,
          requirementsMet: values.requirementsMet,
          notes: values.notes,
        },
      },
      {
        onSuccess: (saved) => {
          notifyDone(t('gifts.saved', { description: saved.description }));
          props.onClose();
        },
      },
    );

  const values = form.getValues();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={gift ? t('gifts.editTitle') : t('gifts.newTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          {save.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(server).length ? t('app.fixFields') : errorMessage(save.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('gifts.fields.contactId')}
              required
              searchable
              data-autofocus
              data={[...contactOptions].map(([value, label]) => ({ value, label }))}
              {...field('contactId')}
              onChange={(value) => form.setFieldValue('contactId', value ?? '')}
            />
            <Select
              label={t('gifts.fields.occasion')}
              required
              allowDeselect={false}
              data={occasions.map((occasion) => ({
                value: occasion,
                label: (giftOccasions as readonly string[]).includes(occasion)
                  ? t(`gifts.occasions.${occasion as (typeof giftOccasions)[number]}`)
                  : occasion,
              }))}
              {...field('occasion')}
              onChange={(value) => value && form.setFieldValue('occasion', value)}
            />
          </SimpleGrid>
          <TextInput label={t('gifts.fields.description')} required {...field('description')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <MoneyInput
              label={t('gifts.fields.value')}
              required
              currency={currency}
              value={values.value}
              onChange={(text) => form.setFieldValue('value', text)}
              error={form.errors.value ?? server.valueCents}
            />
            <TextInput type="date" label={t('gifts.fields.onDate')} required {...field('onDate')} />
            <Radio.Group label={t('gifts.fields.status')} required {...field('status')}>
              <Group gap="md" mt={6}>
                {(['planned', 'given'] as const).map((status) => (
                  <Radio key={status} value={status} label={t(`gifts.status.${status}`)} />
                ))}
              </Group>
            </Radio.Group>
          </SimpleGrid>
          {values.status === 'planned' && (
            <Checkbox.Group
              label={t('gifts.checklistTitle')}
              description={t('gifts.checklistHint')}
              {...field('requirementsMet')}
              data-testid="gift-checklist"
            >
              <Stack gap={6} mt="xs">
                {giftRequirementKeys.map((key) => (
                  <Checkbox key={key} value={key} label={t(`gifts.requirements.${key}`)} />
                ))}
              </Stack>
              <Text size="xs" c="dimmed" mt="xs">
                {t('gifts.checklistCount', { met: values.requirementsMet.length })}
              </Text>
            </Checkbox.Group>
          )}
          <Textarea label={t('gifts.fields.notes')} autosize minRows={2} {...field('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
