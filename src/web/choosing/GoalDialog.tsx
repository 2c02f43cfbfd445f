// Adds or edits one goal of a category: one of the method's six kinds with its measures preset
// (unit and usual direction filled in), or the firm's own with a name and a unit.
import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberSeparators } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { en } from '../i18n/en.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { useCreateGoal, useUpdateGoal } from './goalQueries.ts';
import {
  goalKinds,
  isGoalMeasure,
  measureDefaults,
  measuresByKind,
  storedValue,
  typedValue,
  type Goal,
  type GoalDirection,
  type GoalKind,
  type MeasureUnit,
} from './goalValues.ts';

const units: MeasureUnit[] = ['basisPoints', 'cents', 'hundredths', 'months', 'count'];

type ProblemCode = keyof typeof en.goals.problems;

function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(en.goals.problems, code);
}

/** A problem code of the server in the user's words; the server's message for anything else. */
function problemText(code: string | undefined, t: TFunction) {
  if (!code) return undefined;
  return isProblemCode(code) ? t(`goals.problems.${code}`) : code;
}

export function GoalDialog(props: {
  schemeId: string;
  categoryKey: string;
  categoryName: string;
  /** The goal to edit; a new one when absent. */
  goal?: Goal;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const editing = props.goal;
  const [kind, setKind] = useState<GoalKind>(editing?.kind ?? 'loyalty');
  const [measureKey, setMeasureKey] = useState<string>(
    editing?.measureKey ?? measuresByKind.loyalty[0],
  );
  const [name, setName] = useState(editing?.name ?? '');
  const [unit, setUnit] = useState<MeasureUnit>(editing?.unit ?? 'count');
  const [direction, setDirection] = useState<GoalDirection>(
    editing?.direction ?? measureDefaults.retentionRateBasisPoints.direction,
  );
  const [target, setTarget] = useState<number | string>(
    editing ? typedValue(editing.target, editing.unit) : '',
  );
  const create = useCreateGoal();
  const update = useUpdateGoal();
  const failed = create.error ?? update.error;
  const errors = fieldErrors(failed);
  const custom = kind === 'custom';
  const measureUnit = custom
    ? unit
    : isGoalMeasure(measureKey)
      ? measureDefaults[measureKey].unit
      : 'count';

  const chooseKind = (next: GoalKind) => {
    setKind(next);
    const first = measuresByKind[next][0];
    if (first) {
      setMeasureKey(first);
      setDirection(measureDefaults[first].direction);
    } else setDirection('atLeast');
  };
  const chooseMeasure = (next: string) => {
    setMeasureKey(next);
    if (isGoalMeasure(next)) setDirection(measureDefaults[next].direction);
  };

  const targetMissing = target === '' || !Number.isFinite(Number(target));
  const nameMissing = custom && name.trim() === '';
  const save = () => {
    if (targetMissing || nameMissing) return;
    const stored = storedValue(Number(target), measureUnit);
    const done = () => {
      notifyDone(t('goals.form.saved'));
      props.onClose();
    };
    if (editing)
      update.mutate(
        {
          id: editing.id,
          body: { target: stored, direction, ...(custom ? { name: name.trim(), unit } : {}) },
        },
        { onSuccess: done },
      );
    else
      create.mutate(
        {
          schemeId: props.schemeId,
          body: custom
            ? {
                categoryKey: props.categoryKey,
                kind,
                name: name.trim(),
                unit,
                direction,
                target: stored,
              }
            : { categoryKey: props.categoryKey, kind, measureKey, direction, target: stored },
        },
        { onSuccess: done },
      );
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={
        editing
          ? t('goals.form.titleEdit')
          : t('goals.form.titleAdd', { category: props.categoryName })
      }
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack>
          <Select
            label={t('goals.form.kind')}
            data={goalKinds.map((value) => ({ value, label: t(`goals.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => value && chooseKind(value as GoalKind)}
            allowDeselect={false}
            disabled={editing !== undefined}
          />
          {custom ? (
            <>
              <TextInput
                label={t('goals.form.name')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={
                  (nameMissing && name !== '' ? t('goals.problems.name_missing') : undefined) ??
                  problemText(errors.name, t)
                }
                required
                maxLength={120}
              />
              <Select
                label={t('goals.form.unit')}
                data={units.map((value) => ({ value, label: t(`goals.units.${value}`) }))}
                value={unit}
                onChange={(value) => value && setUnit(value as MeasureUnit)}
                allowDeselect={false}
              />
            </>
          ) : (
            <Select
              label={t('goals.form.measure')}
              data={measuresByKind[kind].map((value) => ({
                value,
                label: t(`goals.measures.${value}`),
              }))}
              value={measureKey}
              onChange={(value) => value && chooseMeasure(value)}
              allowDeselect={false}
              disabled={editing !== undefined}
              error={problemText(errors.measureKey ?? errors.categoryKey, t)}
            />
          )}
          <Group grow align="flex-start">
            <Select
              label={t('goals.form.direction')}
              data={(['atLeast', 'atMost'] as const).map((value) => ({
                value,
                label: t(`goals.direction.${value}`),
              }))}
              value={direction}
              onChange={(value) => value && setDirection(value as GoalDirection)}
              allowDeselect={false}
            />
            <NumberInput
              label={t('goals.form.target')}
              description={t(`goals.typedUnits.${measureUnit}`)}
              value={target}
              onChange={setTarget}
              decimalScale={measureUnit === 'months' || measureUnit === 'count' ? 0 : 2}
              {...numberSeparators(language)}
              required
              error={problemText(errors.target, t)}
            />
          </Group>
          {failed && Object.keys(errors).length === 0 ? (
            <div role="alert">{errorMessage(failed)}</div>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending || update.isPending}
              disabled={targetMissing || nameMissing}
            >
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
