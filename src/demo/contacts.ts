// The contact persons of a demo organisation: its decision-making unit, some of whom have left.
import { contactSearchKey, contactSortKey } from '../core/contact-name.ts';
import type { DmuRole } from '../core/organization.ts';
import type { contacts } from '../db/schema.ts';
import { dayOf, isoDay, momentOn } from './days.ts';
import { referenceDay, slug } from './firm.ts';
import type { OrganizationContext, OrganizationRow } from './organization-context.ts';
import { Random } from './random.ts';
import { firstNames, jobTitles, surnames } from './words.ts';

export type ContactRow = typeof contacts.$inferSelect;

const otherRoles = [
  ['influencer', 5],
  ['user', 5],
  ['buyer', 3],
  ['gatekeeper', 2],
  ['initiator', 2],
] as const;

export function demoContacts(
  context: OrganizationContext,
  index: number,
  organization: {
    row: OrganizationRow;
    kind: 'company' | 'public';
    domain: string;
    areaCode: string;
    firstSeen: number;
    createdDay: number;
  },
): ContactRow[] {
  const random = new Random(`${context.seed}:contacts:${index}`);
  const { row, kind, domain, areaCode, firstSeen } = organization;
  const bigger = ['10-49', '50-249', '250+'].indexOf(row.sizeClass ?? '') + 1;
  const count = random.int(2, Math.min(6, 3 + bigger));
  const people: ContactRow[] = [];
  for (let n = 0; n < count; n++) {
    const firstName = random.pick(firstNames);
    const [infix, lastName] = random.pick(surnames);
    const dmuRole: DmuRole = n === 0 ? 'decider' : random.weighted(otherRoles);
    const activeFrom = random.int(
      Math.max(firstSeen - 3 * 365, dayOf('2005-01-01')),
      Math.max(firstSeen, referenceDay - 60),
    );
    const ended = random.chance(0.12) && activeFrom + 120 < referenceDay - 30;
    const activeTo = ended ? random.int(activeFrom + 120, referenceDay - 30) : null;
    const phone = random.chance(0.6)
      ? `06 ${random.int(1000, 9999)} ${random.int(1000, 9999)}`
      : landline(random, areaCode);
    const createdDay = Math.max(activeFrom, organization.createdDay);
    const createdAt = momentOn(createdDay, 10 * 60 + random.int(0, 420));
    // drawn in the order the demo always drew them, so the demo firm stays the same
    const id = random.uuid();
    const jobTitle = random.pick(jobTitles[kind][dmuRole]);
    // .test addresses: nothing the app might ever send reaches a real person
    const email = random.chance(0.9)
      ? `${slug(firstName)}.${slug(infix, lastName)}@${domain}.test`
      : null;
    const contactPhone = random.chance(0.85) ? phone : null;
    people.push({
      workspaceId: context.workspaceId,
      id,
      organizationId: row.id,
      firstName,
      infix,
      lastName,
      jobTitle,
      dmuRole,
      email,
      phone: contactPhone,
      birthday: random.chance(0.35)
        ? isoDay(random.int(dayOf('1958-01-01'), dayOf('2001-12-31')))
        : null,
      activeFrom: isoDay(activeFrom),
      activeTo: activeTo === null ? null : isoDay(activeTo),
      notes: null,
      sortKey: contactSortKey({ firstName, infix, lastName }),
      searchKey: contactSearchKey({ firstName, infix, lastName, email, phone: contactPhone }),
      createdAt,
      updatedAt: activeTo === null ? createdAt : momentOn(Math.max(activeTo, createdDay), 16 * 60),
    });
  }
  return people;
}

/** "030 123 4567" or "0318 12 34 56": ten digits with the town's area code. */
function landline(random: Random, areaCode: string): string {
  if (areaCode.length === 3) return `${areaCode} ${random.int(200, 999)} ${random.int(1000, 9999)}`;
  return `${areaCode} ${random.int(20, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`;
}
