// Which organisation a customer in an export is: by its code in the accounting package first,
// then its Chamber of Commerce number, then its name with case, accents and legal form ignored.
import { normaliseKvkNumber } from '../kvk-number.ts';
import { matchKey } from './company-name.ts';
import type { SourceCustomer } from './revenue-line.ts';

export type KnownOrganization = {
  id: string;
  name: string;
  legalName: string | null;
  kvkNumber: string | null;
  customerCode: string | null;
  archived: boolean;
};

export type CustomerMatch =
  | { organizationId: string; by: 'code' | 'kvk' | 'name' }
  | { organizationId: null; reason: 'unknown' | 'ambiguous' };

/**
 * The key that says two lines of one source have the same customer: its code when it has one,
 * else its KvK number, else its name's match key. Empty when the source names no customer.
 */
export function customerKey(customer: SourceCustomer): string {
  const code = customer.code?.trim();
  if (code) return `code:${code.toLowerCase()}`;
  const kvk = customer.kvkNumber ? normaliseKvkNumber(customer.kvkNumber) : undefined;
  if (kvk) return `kvk:${kvk}`;
  const name = customer.name ? matchKey(customer.name) : '';
  return name ? `name:${name}` : '';
}

/** Builds a matcher over a firm's organisations; an active one wins over an archived one. */
export function customerMatcher(organizations: Iterable<KnownOrganization>) {
  const byCode = new Map<string, string>();
  const byKvk = new Map<string, string>();
  const byName = new Map<string, string | null>(); // null: more than one organisation
  const ordered = [...organizations].sort((a, b) => Number(a.archived) - Number(b.archived));
  for (const organization of ordered) {
    const code = organization.customerCode?.trim().toLowerCase();
    if (code && !byCode.has(code)) byCode.set(code, organization.id);
    if (organization.kvkNumber && !byKvk.has(organization.kvkNumber)) {
      byKvk.set(organization.kvkNumber, organization.id);
    }
    const names = new Set(
      [organization.name, organization.legalName].filter(Boolean).map((n) => matchKey(n!)),
    );
    for (const name of names) {
      if (!name) continue;
      const existing = byName.get(name);
      if (existing === undefined) byName.set(name, organization.id);
      else if (existing !== organization.id && !organization.archived) byName.set(name, null);
    }
  }

  return (customer: SourceCustomer): CustomerMatch => {
    const code = customer.code?.trim().toLowerCase();
    const byItsCode = code ? byCode.get(code) : undefined;
    if (byItsCode) return { organizationId: byItsCode, by: 'code' };
    const kvk = customer.kvkNumber ? normaliseKvkNumber(customer.kvkNumber) : undefined;
    const byItsKvk = kvk ? byKvk.get(kvk) : undefined;
    if (byItsKvk) return { organizationId: byItsKvk, by: 'kvk' };
    const name = customer.name ? matchKey(customer.name) : '';
    if (name) {
      const byItsName = byName.get(name);
      if (byItsName) return { organizationId: byItsName, by: 'name' };
      if (byItsName === null) return { organizationId: null, reason: 'ambiguous' };
    }
    return { organizationId: null, reason: 'unknown' };
  };
}
