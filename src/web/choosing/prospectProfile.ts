// The prospect profile as the firm edits it (method.md §3.7): per trait whether it counts and
// which values do, the derived values first with their share among the top clients.
import type { Schemas } from '../api/client.ts';

export type ProspectProfile = Schemas['ProspectProfile'];
export type ProfileEdit = Schemas['ProspectProfileEdit'];
export type ProspectFit = Schemas['ProspectFit'];
export type TraitReason = ProspectFit['reasons'][number];
export type ProfileTrait = TraitReason['trait'];

export const profileTraits: readonly ProfileTrait[] = ['sector', 'sizeClass', 'region', 'services'];

/** What the firm starts editing from: its saved profile, else every derived value switched on. */
export function startingEdit(view: Pick<ProspectProfile, 'derived' | 'edited'>): ProfileEdit {
  const trait = (name: ProfileTrait) =>
    view.edited
      ? { active: view.edited[name].active, values: [...view.edited[name].values] }
      : { active: true, values: view.derived[name].map((entry) => entry.value) };
  return {
    sector: trait('sector'),
    sizeClass: trait('sizeClass') as ProfileEdit['sizeClass'],
    region: trait('region'),
    services: trait('services'),
  };
}

export type TraitRow = {
  value: string;
  /** Top clients with the value; null for a value added but not saved yet. */
  clients: number | null;
  shareBasisPoints: number | null;
  counts: boolean;
  derived: boolean;
};

/** A trait's values: the derived ones, most common first, then those the firm added. */
export function traitRows(
  view: Pick<ProspectProfile, 'derived' | 'profile'>,
  edit: ProfileEdit,
  trait: ProfileTrait,
): TraitRow[] {
  const chosen: readonly string[] = edit[trait].values;
  const derived = view.derived[trait].map((entry) => ({
    ...entry,
    counts: chosen.includes(entry.value),
    derived: true,
  }));
  const added = chosen
    .filter((value) => !derived.some((entry) => entry.value === value))
    .map((value) => {
      const known = view.profile[trait].find((entry) => entry.value === value);
      return {
        value,
        clients: known?.clients ?? null,
        shareBasisPoints: known?.shareBasisPoints ?? null,
        counts: true,
        derived: false,
      };
    });
  return [...derived, ...added];
}

/** Switches a value on or off; a value the firm added goes when switched off. */
export function toggleValue(edit: ProfileEdit, trait: ProfileTrait, value: string): ProfileEdit {
  const values: readonly string[] = edit[trait].values;
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...edit, [trait]: { ...edit[trait], values: next } };
}

export function setTraitActive(edit: ProfileEdit, trait: ProfileTrait, active: boolean) {
  return { ...edit, [trait]: { ...edit[trait], active } };
}

export type ValueProblem = 'empty' | 'tooLong' | 'repeated';

/** Why a typed value cannot be added to a trait, or null when it can. */
export function valueProblem(
  edit: ProfileEdit,
  trait: ProfileTrait,
  typed: string,
): ValueProblem | null {
  const value = typed.trim();
  if (value === '') return 'empty';
  if (value.length > 100) return 'tooLong';
  if ((edit[trait].values as readonly string[]).includes(value)) return 'repeated';
  return null;
}

/** Adds a typed value, trimmed; the edit unchanged when it cannot be added. */
export function addValue(edit: ProfileEdit, trait: ProfileTrait, typed: string): ProfileEdit {
  if (valueProblem(edit, trait, typed) !== null) return edit;
  return toggleValue(edit, trait, typed.trim());
}

export function sameEdit(a: ProfileEdit, b: ProfileEdit): boolean {
  return profileTraits.every(
    (trait) =>
      a[trait].active === b[trait].active &&
      a[trait].values.length === b[trait].values.length &&
      a[trait].values.every((value, index) => value === b[trait].values[index]),
  );
}

/** The colour of a fit bar: good from 75, fair from 50. */
export function fitColor(fit: number | null): string {
  if (fit === null) return 'gray';
  if (fit >= 75) return 'teal';
  if (fit >= 50) return 'yellow';
  return 'orange';
}

/** The reasons worth saying: traits the profile does not hold say nothing about a prospect. */
export function spokenReasons(reasons: readonly TraitReason[]) {
  return reasons
    .filter((reason) => reason.outcome !== 'notInProfile')
    .map((reason) => ({
      trait: reason.trait,
      outcome: reason.outcome as Exclude<TraitReason['outcome'], 'notInProfile'>,
      values: (reason.outcome === 'matched' ? reason.matchedValues : reason.values).join(', '),
    }));
}
