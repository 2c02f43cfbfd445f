// The demo firm itself: a Dutch consultancy with 25 professionals, and its sign-in.
import { defaultSatisfactionNorm } from '../core/satisfaction/evaluation.ts';
import { defaultTimeZone } from '../core/time-zone.ts';
import { searchKey } from '../core/search-key.ts';
import type { Role } from '../core/roles.ts';
import type { users, workspaces } from '../db/schema.ts';
import { dayOf, momentOn } from './days.ts';
import { Random } from './random.ts';

export type WorkspaceRow = typeof workspaces.$inferSelect;
export type UserRow = typeof users.$inferSelect;

/** The owner's sign-in, printed whenever the demo firm is loaded (a demo, not a secret). */
export const demoSignIn = { email: 'demo@klandizie.test', password: 'klandizie-demo' } as const;

export const defaultDemoSeed = 1;
export const defaultDemoOrganizations = 400;

/**
 * The day the demo's history ends. Fixed rather than today, so the same seed gives the same
 * firm whenever it is generated; ten years of revenue run up to it.
 */
export const referenceDay = dayOf('2025-12-31');
export const firstRevenueDay = dayOf('2016-01-01');

/** The day the firm started using Klandizie: records created earlier show this date. */
export const firmStartDay = dayOf('2015-01-05');

export const firmName = 'Adviesbureau Van Dijk & Partners';
const userDomain = 'vandijkpartners.test';

/** [first name, infix, last name, role, year joined]: the owner first. */
const staff: readonly (readonly [string, string | null, string, Role, number])[] = [
  ['Marieke', 'van', 'Dijk', 'owner', 2015],
  ['Joost', null, 'Verhoeven', 'partner', 2015],
  ['Annemieke', 'de', 'Graaf', 'partner', 2015],
  ['Rajesh', null, 'Ramdin', 'partner', 2017],
  ['Hans', null, 'Bosman', 'partner', 2019],
  ['Esther', null, 'Kuipers', 'manager', 2015],
  ['Sander', 'van der', 'Linden', 'manager', 2016],
  ['Fleur', null, 'Hoekstra', 'manager', 2018],
  ['Mehmet', null, 'Öztürk', 'manager', 2019],
  ['Iris', null, 'Brouwer', 'manager', 2020],
  ['Thijs', 'van', 'Leeuwen', 'manager', 2021],
  ['Lotte', null, 'Smit', 'professional', 2016],
  ['Daan', null, 'Mulder', 'professional', 2017],
  ['Noor', 'El', 'Amrani', 'professional', 2018],
  ['Bart', null, 'Jonker', 'professional', 2018],
  ['Sophie', 'van den', 'Heuvel', 'professional', 2019],
  ['Koen', null, 'Dijkstra', 'professional', 2020],
  ['Julia', null, 'Prins', 'professional', 2021],
  ['Niels', null, 'Post', 'professional', 2021],
  ['Aylin', null, 'Kaya', 'professional', 2022],
  ['Wouter', 'de', 'Ruiter', 'professional', 2022],
  ['Femke', null, 'Scholten', 'professional', 2023],
  ['Lars', null, 'Vink', 'professional', 2024],
  ['Zoë', null, 'Maas', 'professional', 2024],
  ['Petra', null, 'Hermans', 'viewer', 2015],
];

/** Letters and digits only, diacritics folded: for e-mail addresses and web addresses. */
export const slug = (...parts: (string | null)[]): string =>
  searchKey(parts.filter(Boolean).join(' '))
    .replace(/&/g, 'en')
    .replace(/[^a-z0-9]/g, '');

export function demoWorkspace(seed: number): WorkspaceRow {
  const random = new Random(`${seed}:workspace`);
  return {
    workspaceId: random.uuid(),
    name: firmName,
    currency: 'EUR',
    locale: 'nl',
    fiscalYearStartMonth: 1,
    dependencyThresholdBp: 2000,
    abcBoundaryABp: 8000,
    abcBoundaryBBp: 9500,
    giftValueLimitCents: 5000,
    timeZone: defaultTimeZone,
    satisfactionNorm: defaultSatisfactionNorm,
    // the defaults of early warning: the demo firm has changed none
    signalWeights: {},
    createdAt: momentOn(firmStartDay, 8 * 60),
  };
}

/** The professionals; password hashes are filled in by the loader (one hash for all). */
export function demoUsers(seed: number, workspaceId: string): UserRow[] {
  const random = new Random(`${seed}:users`);
  return staff.map(([first, infix, last, role, joined], index) => {
    const joinedDay =
      index === 0
        ? firmStartDay
        : Math.max(firmStartDay, dayOf(`${joined}-01-01`) + random.int(0, 300));
    return {
      workspaceId,
      id: random.uuid(),
      email: index === 0 ? demoSignIn.email : `${slug(first)}.${slug(infix, last)}@${userDomain}`,
      name: [first, infix, last].filter(Boolean).join(' '),
      role,
      locale: 'nl',
      passwordHash: null,
      disabledAt: null,
      createdAt: momentOn(joinedDay, 9 * 60 + index),
    };
  });
}
