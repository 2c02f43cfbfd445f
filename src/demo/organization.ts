// One demo organisation with its contact persons. Each organisation draws from its own random
// stream (seed + index), so organisation 17 is the same in a firm of 400 and in one of 50,000.
import type { OrganizationStatus, RelationLevel, SizeClass } from '../core/organization.ts';
import { searchKey } from '../core/search-key.ts';
import type { OrganizationContext, OrganizationRow, Staff } from './organization-context.ts';
import { demoContacts, type ContactRow } from './contacts.ts';
import { dayOf, isoDay, momentOn } from './days.ts';
import { firmStartDay, referenceDay, slug } from './firm.ts';
import { Random } from './random.ts';
import {
  activities,
  brandEnds,
  brandStarts,
  brandTails,
  cities,
  extraMunicipalities,
  foundations,
  hospitality,
  houseNames,
  organizationNotes,
  surnames,
  trades,
  waterBoards,
  type Sector,
} from './words.ts';

export type { ContactRow };
export type { OrganizationContext, OrganizationRow, Staff };

export type DemoOrganization = {
  row: OrganizationRow;
  contacts: ContactRow[];
  /** Typical yearly revenue in euros while a client (Pareto: a few large, many small). */
  yearlyEuros: number;
  /** Cost as a share of revenue; a few clients cost more than they bring. */
  costRatio: number;
  /** The last day as a client, for former clients. */
  endDay: number | null;
};

type Kind = 'company' | 'public';
type Named = {
  name: string;
  legalName: string | null;
  sector: Sector | 'Overheid';
  kind: Kind;
  sizes: readonly (readonly [SizeClass, number])[];
  city: readonly [string, string, string, number];
  domain: string;
};

const small = [
  ['1', 3],
  ['2-9', 6],
  ['10-49', 2],
] as const;
const medium = [
  ['2-9', 3],
  ['10-49', 6],
  ['50-249', 3],
  ['250+', 1],
] as const;
const large = [
  ['50-249', 3],
  ['250+', 4],
] as const;
const cityWeights = cities.map((city) => [city, city[3]] as const);

/** "van der Meer" at the start of a name is written "Van der Meer". */
const capitalised = (infix: string | null, last: string) =>
  infix ? `${infix[0]!.toUpperCase()}${infix.slice(1)} ${last}` : last;

function drawName(random: Random): Named {
  const city = random.weighted(cityWeights);
  const surname = () => {
    const [infix, last] = random.pick(surnames);
    return capitalised(infix, last);
  };
  const company = (name: string, sector: Sector, sizes: Named['sizes']): Named => {
    const form = random.weighted([
      ['B.V.', 6],
      ['V.O.F.', 2],
      ['', 2],
    ] as const);
    const inName = form === 'B.V.' && random.chance(0.35);
    return {
      name: inName ? `${name} B.V.` : name,
      legalName: form && !inName ? `${name} ${form}` : null,
      sector,
      kind: 'company',
      sizes,
      city,
      domain: slug(name),
    };
  };
  const pattern = random.weighted([
    ['trade-house', 9],
    ['trade-surname', 8],
    ['hospitality', 6],
    ['surname-activity', 22],
    ['two-surnames', 8],
    ['and-sons', 3],
    ['brand', 14],
    ['foundation', 10],
    ['municipality', 3],
    ['water-board', 0.6],
  ] as const);
  switch (pattern) {
    case 'trade-house': {
      const [trade, sector] = random.pick(trades);
      return company(`${trade} ${random.pick(houseNames)}`, sector, small);
    }
    case 'trade-surname': {
      const [trade, sector] = random.pick(trades);
      return company(`${trade} ${surname()}`, sector, small);
    }
    case 'hospitality': {
      const name = `${random.pick(hospitality)} ${random.pick(houseNames)}`;
      return company(name, 'Horeca', small);
    }
    case 'surname-activity': {
      const [activity, sector] = random.pick(activities);
      return company(`${surname()} ${activity}`, sector, medium);
    }
    case 'two-surnames': {
      const [activity, sector] = random.pick(activities);
      return company(`${surname()} & ${surname()} ${activity}`, sector, medium);
    }
    case 'and-sons': {
      const [, sector] = random.pick(activities);
      return company(`${surname()} & Zonen`, sector, medium);
    }
    case 'brand': {
      const brand = `${random.pick(brandStarts)}${random.pick(brandEnds)}`;
      const [tail, sector] = random.pick(brandTails);
      return { ...company(`${brand}${tail}`, sector, medium), legalName: `${brand} B.V.` };
    }
    case 'foundation': {
      const [kind, sector] = random.pick(foundations);
      const place = random.chance(0.8) ? city[0] : city[1];
      const name = `${kind} ${place}`;
      return {
        name,
        legalName: kind.startsWith('Coöperatie') ? `${name} U.A.` : null,
        sector,
        kind: 'public',
        sizes: medium,
        city,
        domain: slug(name),
      };
    }
    case 'municipality': {
      const [municipality, province] = random.chance(0.85)
        ? [city[0], city[1]]
        : random.pick(extraMunicipalities);
      const seat = cities.find((c) => c[1] === province) ?? city;
      return {
        name: `Gemeente ${municipality}`,
        legalName: null,
        sector: 'Overheid',
        kind: 'public',
        sizes: large,
        city: municipality === city[0] ? city : seat,
        domain: `www.${slug(municipality)}`,
      };
    }
    case 'water-board': {
      const board = random.pick(waterBoards);
      return {
        name: `Waterschap ${board}`,
        legalName: null,
        sector: 'Overheid',
        kind: 'public',
        sizes: large,
        city,
        domain: `www.${slug(board)}`,
      };
    }
  }
}

/** A name no other organisation of the firm has: drawn again, then told apart by the town. */
function uniqueName(random: Random, taken: Set<string>): Named {
  let named = drawName(random);
  for (let attempt = 0; attempt < 8 && taken.has(named.name); attempt++) named = drawName(random);
  if (taken.has(named.name)) named = { ...named, name: `${named.name} ${named.city[0]}` };
  for (let n = 2; taken.has(named.name); n++) named = { ...named, name: `${named.name} ${n}` };
  taken.add(named.name);
  return named;
}

const sizeFactor: Record<SizeClass, number> = {
  '1': 0.35,
  '2-9': 0.6,
  '10-49': 1,
  '50-249': 1.7,
  '250+': 2.6,
};

function relationLevelFor(random: Random, yearlyEuros: number): RelationLevel {
  const levels = ['other', 'team', 'business_unit', 'strategic'] as const;
  let level = yearlyEuros >= 80_000 ? 3 : yearlyEuros >= 25_000 ? 2 : yearlyEuros >= 8_000 ? 1 : 0;
  if (random.chance(0.15)) level = Math.max(0, Math.min(3, level + (random.chance(0.5) ? 1 : -1)));
  return levels[level]!;
}

function managerFor(random: Random, staff: Staff, level: RelationLevel): string {
  switch (level) {
    case 'strategic':
      return random.pick(staff.partners);
    case 'business_unit':
      return random.pick(random.chance(0.5) ? staff.partners : staff.managers);
    case 'team':
      return random.pick(random.chance(0.6) ? staff.managers : staff.professionals);
    case 'other':
      return random.pick(random.chance(0.3) ? staff.managers : staff.professionals);
  }
}

export function demoOrganization(context: OrganizationContext, index: number): DemoOrganization {
  const random = new Random(`${context.seed}:organization:${index}`);
  const id = random.uuid();
  const named = uniqueName(random, context.takenNames);
  const [city, region, areaCode] = named.city;
  const sizeClass = random.weighted(named.sizes);
  const status = random.weighted<OrganizationStatus>([
    ['client', 62],
    ['former', 15],
    ['prospect', 23],
  ]);

  let clientSince: number | null = null;
  let endDay: number | null = null;
  if (status === 'client') {
    clientSince = random.chance(0.35)
      ? random.int(dayOf('1995-01-01'), dayOf('2015-12-31'))
      : random.int(dayOf('2016-01-01'), dayOf('2025-11-30'));
  } else if (status === 'former') {
    clientSince = random.int(dayOf('1998-01-01'), dayOf('2022-12-31'));
    endDay = random.int(Math.max(clientSince + 365, dayOf('2016-03-01')), dayOf('2025-09-30'));
  }
  const firstSeen = clientSince ?? random.int(dayOf('2020-01-01'), dayOf('2025-11-30'));

  // capped, so one client of a 400-client firm brings a tenth of its revenue, not half
  const yearlyEuros =
    Math.min(150_000, random.pareto(2_500, 1.16)) *
    sizeFactor[sizeClass] *
    (named.kind === 'public' ? 1.5 : 1);
  const relationLevel =
    status === 'prospect'
      ? random.weighted<RelationLevel>([
          ['other', 8],
          ['team', 2],
        ])
      : relationLevelFor(random, yearlyEuros);
  const relationshipManagerId = managerFor(random, context.staff, relationLevel);
  const colleagues = [...context.staff.managers, ...context.staff.professionals].filter(
    (user) => user !== relationshipManagerId,
  );
  const secondProfessionalId =
    status !== 'prospect' && random.chance(0.7) ? random.pick(colleagues) : null;
  const costRatio = random.chance(0.04)
    ? 0.9 + random.next() * 0.15
    : Math.min(0.8, Math.max(0.45, random.normal(0.62, 0.06)));

  const createdDay = Math.max(firstSeen, firmStartDay);
  const createdAt = momentOn(createdDay, 9 * 60 + random.int(0, 480));
  const updatedAt = momentOn(
    createdDay + random.int(0, referenceDay - createdDay),
    9 * 60 + random.int(0, 480),
  );
  const archivedAt =
    status === 'former' && endDay !== null && endDay < dayOf('2022-01-01') && random.chance(0.2)
      ? updatedAt
      : null;

  const referrer =
    clientSince !== null && context.referrers.length > 0 && random.chance(0.12)
      ? pickReferrer(random, context.referrers, clientSince)
      : undefined;
  const kvkNumber =
    status === 'prospect' && random.chance(0.25)
      ? null
      : String(10_000_000 + ((index * 15_485_863 + context.kvkOffset) % 90_000_000));
  const legalName = named.legalName;
  // the debtor number in the firm's books: only organisations that were ever invoiced
  const customerCode = status === 'prospect' ? null : String(10_001 + index);

  const row: OrganizationRow = {
    workspaceId: context.workspaceId,
    id,
    name: named.name,
    legalName,
    kvkNumber,
    sector: named.sector,
    sizeClass,
    city,
    region,
    website: random.chance(0.88) ? `https://${named.domain}.nl` : null,
    status,
    relationLevel,
    relationshipManagerId,
    secondProfessionalId,
    clientSince: clientSince === null ? null : isoDay(clientSince),
    clientUntil: endDay === null ? null : isoDay(endDay),
    referredByOrganizationId: referrer?.id ?? null,
    referredByContactId:
      referrer && referrer.contactIds.length > 0 && random.chance(0.5)
        ? random.pick(referrer.contactIds)
        : null,
    notes: random.chance(0.08) ? random.pick(organizationNotes) : null,
    customerCode,
    oneOff: false,
    // the same normalisations the API applies (organizations.service.ts)
    nameKey: searchKey(named.name),
    searchKey: searchKey(named.name, legalName, city, kvkNumber, customerCode),
    archivedAt,
    createdAt,
    updatedAt,
  };

  const people = demoContacts(context, index, {
    row,
    kind: named.kind,
    domain: named.domain.replace(/^www\./, ''),
    areaCode,
    firstSeen,
    createdDay,
  });
  if (status !== 'prospect' && clientSince !== null) {
    context.referrers.push({ id, clientSince, contactIds: people.map((c) => c.id) });
  }
  return { row, contacts: people, yearlyEuros, costRatio, endDay };
}

/** An earlier client that was one before this one became a client (a few tries). */
function pickReferrer(random: Random, referrers: OrganizationContext['referrers'], since: number) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = random.pick(referrers);
    if (candidate.clientSince < since) return candidate;
  }
  return undefined;
}
