// One category's service concept: the norms the firm holds its professionals to for those
// clients, edited in place and saved together.
import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { fieldErrors, notifyDone, notifyError } from '../ui/errors.ts';
import {
  normsOf,
  useResetServiceConcept,
  useSaveServiceConcept,
  type ServiceConcept,
  type ServiceNorms,
} from './serviceConceptQueries.ts';
import { normSummary } from './serviceNorms.ts';

const callBacks = ['sameWorkingDay', 'nextWorkingDay', 'asSoonAsPossible', 'none'] as const;
const giftPolicies = ['yearlyPersonalGift', 'newYearsGreeting', 'none'] as const;
const flags = [
  'mailing',
  'evaluationAfterEachAssignment',
  'yearlyEvaluationConversation',
  'accountPlanRequired',
  'yearlyRevenueForecast',
  'secondProfessionalPerAssignment',
] as const;

/** A number input's value as a whole number or null when left empty. */
const wholeOrNull = (value: string | number): number | null =>
  typeof value === 'number' ? value : value.trim() === '' ? null : Number(value);

export function ServiceConceptCard(props: {
  schemeId: string;
  concept: ServiceConcept;
  categoryName: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const saved = normsOf(props.concept);
  const [norms, setNorms] = useState<ServiceNorms>(saved);
  const [resetting, setResetting] = useState(false);
  const save = useSaveServiceConcept();
  const reset = useResetServiceConcept();
  const savedText = JSON.stringify(saved);
  useEffect(() => setNorms(JSON.parse(savedText) as ServiceNorms), [savedText]);
  const dirty = JSON.stringify(norms) !== savedText;
  const errors = fieldErrors(save.error);
  const problem = (field: keyof ServiceNorms) =>
    errors[field] ? t(`service.problems.${errors[field]}`, errors[field]) : undefined;
  const change = <K extends keyof ServiceNorms>(field: K, value: ServiceNorms[K]) =>
    setNorms((current) => ({ ...current, [field]: value }));
  const key = { schemeId: props.schemeId, categoryKey: props.concept.categoryKey };
  const summary = normSummary(saved, t);

  return (
    <Card withBorder padding="md" component="section" aria-label={props.categoryName}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            { ...key, norms },
            {
              onSuccess: () => notifyDone(t('service.saved', { category: props.categoryName })),
              // a problem with a field shows at the field; anything else as a notice
              onError: (error) => {
                if (Object.keys(fieldErrors(error)).length === 0) notifyError(error);
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2} size="h4">
                {t('service.category', { category: props.categoryName })}
              </Title>
              <Text size="sm" c="dimmed">
                {summary.length > 0 ? summary.join(' · ') : t('service.noNorms')}
              </Text>
            </div>
            {!props.concept.set ? (
              <Badge variant="light" color="gray">
                {t('service.defaults')}
              </Badge>
            ) : null}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <NumberInput
              label={t('service.fields.personalContactIntervalDays')}
              description={t('service.help.emptyIsNone')}
              value={norms.personalContactIntervalDays ?? ''}
              onChange={(value) => change('personalContactIntervalDays', wholeOrNull(value))}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              suffix={` ${t('service.units.days')}`}
              readOnly={props.readOnly}
              error={problem('personalContactIntervalDays')}
            />
            <Select
              label={t('service.fields.callBack')}
              data={callBacks.map((value) => ({ value, label: t(`service.callBack.${value}`) }))}
              value={norms.callBack}
              onChange={(value) => value && change('callBack', value as ServiceNorms['callBack'])}
              allowDeselect={false}
              readOnly={props.readOnly}
              error={problem('callBack')}
            />
            <NumberInput
              label={t('service.fields.proposalTurnaroundWorkingDays')}
              description={t('service.help.emptyIsNone')}
              value={norms.proposalTurnaroundWorkingDays ?? ''}
              onChange={(value) => change('proposalTurnaroundWorkingDays', wholeOrNull(value))}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              suffix={` ${t('service.units.workingDays')}`}
              readOnly={props.readOnly}
              error={problem('proposalTurnaroundWorkingDays')}
            />
            {(['complaintAcknowledgeWorkingDays', 'complaintSolveWorkingDays'] as const).map(
              (field) => (
                <NumberInput
                  key={field}
                  label={t(`service.fields.${field}`)}
                  description={t('service.checkedBy.complaints')}
                  value={norms[field] ?? ''}
                  onChange={(value) => change(field, wholeOrNull(value))}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  suffix={` ${t('service.units.workingDays')}`}
                  readOnly={props.readOnly}
                  error={problem(field)}
                />
              ),
            )}
            <NumberInput
              label={t('service.fields.minimumPersonalContactsPerYear')}
              description={t('service.help.minimum')}
              value={norms.minimumPersonalContactsPerYear}
              onChange={(value) =>
                change('minimumPersonalContactsPerYear', wholeOrNull(value) ?? 0)
              }
              min={0}
              allowDecimal={false}
              allowNegative={false}
              readOnly={props.readOnly}
              error={problem('minimumPersonalContactsPerYear')}
            />
            <Select
              label={t('service.fields.giftPolicy')}
              data={giftPolicies.map((value) => ({
                value,
                label: t(`service.giftPolicy.${value}`),
              }))}
              value={norms.giftPolicy}
              onChange={(value) =>
                value && change('giftPolicy', value as ServiceNorms['giftPolicy'])
              }
              allowDeselect={false}
              readOnly={props.readOnly}
              description={
                norms.giftPolicy === 'none' ? undefined : t('service.checkedBy.giftPolicy')
              }
              error={problem('giftPolicy')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
            {flags.map((flag) => (
              <Switch
                key={flag}
                label={t(`service.fields.${flag}`)}
                description={t(`service.checkedBy.${flag}`)}
                wrapperProps={{ 'data-testid': `norm-${flag}` }}
                checked={norms[flag]}
                onChange={(event) => change(flag, event.currentTarget.checked)}
                disabled={props.readOnly}
              />
            ))}
          </SimpleGrid>
          <Textarea
            label={t('service.fields.ownNorms')}
            description={t('service.help.ownNorms')}
            value={norms.ownNorms}
            onChange={(event) => change('ownNorms', event.currentTarget.value)}
            maxLength={4000}
            autosize
            minRows={2}
            readOnly={props.readOnly}
            error={problem('ownNorms')}
          />
          {props.readOnly ? null : (
            <Group justify="flex-end">
              {props.concept.set ? (
                <Button variant="subtle" color="red" onClick={() => setResetting(true)}>
                  {t('service.reset')}
                </Button>
              ) : null}
              <Button variant="default" disabled={!dirty} onClick={() => setNorms(saved)}>
                {t('app.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!dirty}>
                {t('app.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      <ConfirmDialog
        opened={resetting}
        title={t('service.resetTitle', { category: props.categoryName })}
        text={t('service.resetText')}
        confirmLabel={t('service.reset')}
        busy={reset.isPending}
        onClose={() => setResetting(false)}
        onConfirm={() =>
          reset.mutate(key, {
            onSuccess: () => {
              setResetting(false);
              notifyDone(t('service.resetDone', { category: props.categoryName }));
            },
            onError: notifyError,
          })
        }
      />
    </Card>
  );
}
