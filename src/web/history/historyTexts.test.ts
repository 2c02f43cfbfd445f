import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  actionKey,
  auditFieldLabel,
  entityLabel,
  recordField,
  scoreField,
} from './historyTexts.ts';

// the key with its values, so a test sees which text was asked for
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('history texts', () => {
  it('name every action the choosing of clients audits, and clearing by hand on its own', () => {
    for (const action of ['score', 'override', 'classify', 'delete', 'decide'])
      expect(actionKey({ action, changes: {} })).toBe(action);
    expect(actionKey({ action: 'override', changes: { category: ['A', null] } })).toBe(
      'overrideCleared',
    );
    expect(actionKey({ action: 'somethingNew', changes: {} })).toBeNull();
  });

  it('name the criterion and the category scheme as entities', () => {
    expect(entityLabel('criterion', t)).toBe('history.entities.criterion');
    expect(entityLabel('category_scheme', t)).toBe('history.entities.category_scheme');
    expect(entityLabel('unknown_kind', t)).toBe('unknown_kind');
  });

  it('read a score field as the criterion, translated when standard', () => {
    expect(scoreField('agreed:Brengt nieuwe klanten')).toEqual({
      kind: 'agreed',
      criterion: 'Brengt nieuwe klanten',
    });
    expect(scoreField('name')).toBeNull();
    expect(auditFieldLabel('score:revenue', t)).toBe(
      'history.fields.score {"criterion":"choosing.criteria.revenue"}',
    );
    expect(auditFieldLabel('agreed:Own one', t)).toBe(
      'history.fields.agreed {"criterion":"Own one"}',
    );
    expect(auditFieldLabel('valueTags', t)).toBe('history.fields.valueTags');
    expect(auditFieldLabel('score', t)).toBeNull();
    expect(auditFieldLabel('name', t)).toBeNull();
  });

  it('name a proposal, gift or call-back request kept with its organisation, and the account team', () => {
    const id = '0b6f3c1e-8f7a-4a53-9c1e-2f4d5a6b7c8d';
    expect(recordField(`proposal:${id}`)).toBe('proposal');
    expect(recordField(`gift:${id}`)).toBe('gift');
    expect(recordField(`callBack:${id}`)).toBe('callBack');
    expect(recordField('name')).toBeNull();
    expect(recordField(`invoice:${id}`)).toBeNull();
    expect(auditFieldLabel(`callBack:${id}`, t)).toBe('history.records.callBack');
    expect(auditFieldLabel('accountTeam', t)).toBe('history.fields.accountTeam');
  });
});
