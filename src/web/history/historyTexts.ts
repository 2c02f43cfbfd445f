// The audit log's codes in words: actions, the entities audited, and the fields that are not a
// record's own (a score on a criterion, a category set by hand, value tags, a proposal, gift or
// call-back request kept with its organisation, the account team).
import type { TFunction } from 'i18next';
import { criterionLabel } from '../choosing/choosingLabels.ts';
import { en } from '../i18n/en.ts';

type ActionKey = keyof typeof en.history.actions;
type EntityKey = keyof typeof en.history.entities;
type FieldKey = keyof typeof en.history.fields;

const isKey = <T extends object>(texts: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(texts, key);

/** The text key of an entry's action: clearing a category set by hand reads as its own action. */
export function actionKey(entry: {
  action: string;
  changes: Record<string, readonly unknown[]>;
}): ActionKey | null {
  if (entry.action === 'override' && entry.changes.category?.[1] === null) return 'overrideCleared';
  return isKey(en.history.actions, entry.action) ? entry.action : null;
}

export function actionLabel(
  entry: { action: string; changes: Record<string, readonly unknown[]> },
  t: TFunction,
): string {
  const key = actionKey(entry);
  return key ? t(`history.actions.${key}`) : entry.action;
}

export function entityLabel(entityType: string, t: TFunction): string {
  return isKey(en.history.entities, entityType)
    ? t(`history.entities.${entityType as EntityKey}`)
    : entityType;
}

/** A score's field is "score:<criterion>" or "agreed:<criterion>", by its key or own name. */
export function scoreField(field: string): { kind: 'score' | 'agreed'; criterion: string } | null {
  const match = /^(score|agreed):(.+)$/.exec(field);
  if (!match) return null;
  return { kind: match[1] as 'score' | 'agreed', criterion: match[2]! };
}

/** The label of a field outside a record's own fields; null when it is none of these. */
export function auditFieldLabel(field: string, t: TFunction): string | null {
  const record = recordField(field);
  if (record) return t(`history.records.${record}`);
  const score = scoreField(field);
  if (score) {
    // a standard criterion is audited by its key, the firm's own by its name
    const criterion = criterionLabel({ key: score.criterion, name: null }, t);
    return t(`history.fields.${score.kind}`, { criterion });
  }
  return isKey(en.history.fields, field) && field !== 'score' && field !== 'agreed'
    ? t(`history.fields.${field as FieldKey}`)
    : null;
}

/** The records audited on their organisation, each under a field "<kind>:<id>". */
export const recordKinds = ['proposal', 'gift', 'callBack'] as const;
export type RecordKind = (typeof recordKinds)[number];

export function recordField(field: string): RecordKind | null {
  const kind = field.slice(0, field.indexOf(':'));
  return (recordKinds as readonly string[]).includes(kind) ? (kind as RecordKind) : null;
}
