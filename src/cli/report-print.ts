// The reports as plain-text tables; money, numbers and dates in the firm's locale.
import type { workspaces } from '../db/schema.ts';
import type { BridgeReport, PortfolioReport } from '../features/portfolio/portfolio.service.ts';

type Firm = Pick<typeof workspaces.$inferSelect, 'name' | 'currency' | 'locale'>;
type Log = (message: string) => void;

function formats(firm: Firm) {
  const locale = firm.locale === 'en' ? 'en-GB' : 'nl-NL';
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: firm.currency });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // a client's share as the web app writes it: the basis points to two decimals, rounded once
  const share = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    money: (cents: number) => money.format(cents / 100),
    basisPoints: (bp: number) => percent.format(bp / 10_000),
    share: (bp: number) => share.format(bp / 10_000),
    ratio: (ratio: number | null) => (ratio === null ? '' : percent.format(ratio)),
    number: (value: number | null) => (value === null ? '' : number.format(value)),
    date: (iso: string) => date.format(new Date(`${iso}T00:00:00Z`)),
  };
}

/**
 * A relationship's length as the web app writes it (years and months, "9 yrs 11 mos"), not
 * rounded to years: the same client then reads the same on the screen and in the terminal.
 */
export function relationshipWords(months: number | null): string {
  if (months === null) return '';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    years > 0 ? `${years} ${years === 1 ? 'yr' : 'yrs'}` : null,
    rest > 0 || years === 0 ? `${rest} ${rest === 1 ? 'mo' : 'mos'}` : null,
  ];
  return parts.filter(Boolean).join(' ');
}

/** Columns padded to their widest cell; numbers aligned right. */
export function table(header: string[], rows: string[][], right: boolean[]): string[] {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}

export function printPortfolio(report: PortfolioReport, firm: Firm, log: Log): void {
  const f = formats(firm);
  const c = report.concentration;
  log(
    `${firm.name}: portfolio ${report.year} (${f.date(report.period.from)} – ${f.date(report.period.to)})`,
  );
  log(`Revenue ${f.money(report.revenueCents)} from ${report.activeClients} active clients`);
  if (report.netRevenueCents !== report.revenueCents) {
    log(`  (${f.money(report.netRevenueCents)} with the credit notes of clients without revenue)`);
  }
  log(
    `Pareto: ${report.pareto.clientsForTarget} clients (${f.ratio(report.pareto.clientsForTargetRatio)}) ` +
      `bring ${f.basisPoints(report.pareto.targetBasisPoints)} of revenue`,
  );
  log(
    `Concentration: largest client ${f.share(c.largestClient.basisPoints)}, ` +
      `top 5 ${f.share(c.topFive.basisPoints)}, HHI ${f.number(c.hhi)}`,
  );
  const threshold = f.basisPoints(report.dependencyThresholdBasisPoints);
  if (report.dependencyAlerts.length === 0) log(`No client above ${threshold} of revenue`);
  for (const alert of report.dependencyAlerts) {
    log(
      `Dependency alert: ${alert.name} brings ${f.share(alert.basisPoints)} (above ${threshold}` +
        `${alert.firstYearAbove ? ', for the first time' : `, since ${alert.aboveSince}`})`,
    );
  }
  log('');
  const rows = report.clients.map((client, index) => [
    String(index + 1),
    client.name,
    f.money(client.revenueCents),
    f.share(client.basisPoints),
    client.abcClass ?? '',
    f.ratio(client.changeRatio),
    client.marginCents === null ? '' : f.money(client.marginCents),
    f.number(client.hours),
    f.number(client.assignments),
    relationshipWords(client.relationshipMonths),
  ]);
  const header = [
    '#',
    'Client',
    'Revenue',
    'Share',
    'ABC',
    'Growth',
    'Margin',
    'Hours',
    'Assignments',
    'Relationship',
  ];
  const right = [true, false, true, true, false, true, true, true, true, true];
  for (const line of table(header, rows, right)) log(line);
}

const barNames = {
  grown: 'grown at existing clients',
  shrunk: 'shrunk at existing clients',
  unchanged: 'unchanged',
  new: 'new clients',
  returned: 'returned clients',
  lost: 'lost clients',
} as const;

export function printBridge(report: BridgeReport, firm: Firm, log: Log): void {
  const f = formats(firm);
  log(`${firm.name}: revenue bridge ${report.year - 1} → ${report.year}`);
  const rows: string[][] = [[`revenue ${report.year - 1}`, '', f.money(report.startCents), '']];
  for (const group of ['grown', 'shrunk', 'new', 'returned', 'lost'] as const) {
    const bar = report.bars[group];
    const sign = group === 'shrunk' || group === 'lost' ? '−' : '+';
    rows.push([
      `${sign} ${barNames[group]}`,
      String(bar.clientIds.length),
      f.money(Math.abs(bar.effectCents)),
      '',
    ]);
  }
  const growth =
    report.startCents > 0 ? (report.endCents - report.startCents) / report.startCents : null;
  rows.push([`= revenue ${report.year}`, '', f.money(report.endCents), f.ratio(growth)]);
  for (const line of table(['', 'Clients', 'Amount', 'Growth'], rows, [false, true, true, true])) {
    log(line);
  }
  const origin = report.origin;
  if (origin.basisPoints) {
    log('');
    log(
      `Revenue ${report.year} from existing clients ${f.basisPoints(origin.basisPoints.existing)}, ` +
        `returned ${f.basisPoints(origin.basisPoints.returned)}, new ${f.basisPoints(origin.basisPoints.new)}`,
    );
  }
}
