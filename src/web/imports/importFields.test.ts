import { describe, expect, it } from 'vitest';
import { importFields, isMarkedRequired, unmetRequirements } from './importFields.ts';

describe('the columns an import needs', () => {
  it('marks one field per requirement', () => {
    const marked = importFields('revenue')
      .filter((spec) => isMarkedRequired('revenue', spec.field))
      .map((spec) => spec.field);
    expect(marked).toEqual(['customerName', 'invoiceDate', 'amount']);
    expect(isMarkedRequired('assignments', 'title')).toBe(true);
    expect(isMarkedRequired('assignments', 'serviceLine')).toBe(false);
  });

  it('takes any column that meets a requirement', () => {
    expect(unmetRequirements('revenue', {})).toEqual(['customer', 'invoiceDate', 'amount']);
    expect(unmetRequirements('revenue', { customerCode: 0, invoiceDate: 1, debit: 3 })).toEqual([]);
    expect(unmetRequirements('assignments', { customerName: 0, serviceLine: 2 })).toEqual([]);
    expect(unmetRequirements('assignments', { customerName: 0 })).toEqual(['title']);
  });

  it('lists every field once', () => {
    for (const kind of ['revenue', 'assignments'] as const) {
      const fields = importFields(kind).map((spec) => spec.field);
      expect(new Set(fields).size).toBe(fields.length);
    }
  });
});
