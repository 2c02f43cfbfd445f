import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoDigest, demoFirm } from './generate.ts';

describe('demoFirm', () => {
  it('gives byte-identical firms for the same seed and size, different ones otherwise', () => {
    const digest = demoDigest({ seed: 7, organizations: 60 });
    expect(demoDigest({ seed: 7, organizations: 60 })).toBe(digest);
    expect(demoDigest({ seed: 8, organizations: 60 })).not.toBe(digest);
    expect(demoDigest({ seed: 7, organizations: 61 })).not.toBe(digest);
  });

  it('does not depend on the batch size', () => {
    const tables = (size: number) => {
      const all = { organizations: [], contacts: [], assignments: [], revenueLines: [] } as Record<
        string,
        unknown[]
      >;
      for (const batch of demoFirm({ seed: 3, organizations: 45 }).batches(size)) {
        for (const [table, rows] of Object.entries(batch)) all[table]!.push(...rows);
      }
      return createHash('sha256').update(JSON.stringify(all)).digest('hex');
    };
    expect(tables(7)).toBe(tables(1_000));
  });

  it('makes the first organisations of a large firm those of a small one', () => {
    const organizations = (size: number) =>
      [...demoFirm({ seed: 5, organizations: size }).batches()].flatMap((b) => b.organizations);
    expect(organizations(120).slice(0, 50)).toEqual(organizations(50));
  });

  it('refuses sizes and seeds it cannot honour', () => {
    expect(() => demoFirm({ seed: 1, organizations: 0 })).toThrow(/1–1,000,000/);
    expect(() => demoFirm({ seed: 1, organizations: 1_000_001 })).toThrow(/1–1,000,000/);
    expect(() => demoFirm({ seed: 1.5, organizations: 10 })).toThrow(/whole number/);
  });
});
