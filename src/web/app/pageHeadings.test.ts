// The sidebar and the page it opens call the page by the same word, in both languages: a user
// who clicks "Omzetplan" looks for "Omzetplan" at the top of the page. The sidebar's links are
// read from Shell.tsx, so a new link without a heading here fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';

/**
 * Each sidebar page's h1, as the keys of its parts: the portfolio's pages read
 * "Klantenportefeuille: Omzetplan", whose last part is the page's own name.
 */
const headingOf: Record<string, readonly string[]> = {
  '/worklist': ['worklist.title'],
  '/organizations': ['organizations.title'],
  '/portfolio': ['portfolio.title'],
  '/portfolio/review': ['portfolio.title', 'review.title'],
  '/portfolio/plan': ['portfolio.title', 'plan.title'],
  '/portfolio/acquisition': ['portfolio.title', 'acquisition.title'],
  '/clients/scoring': ['choosing.matrix.title'],
  '/clients/prospects': ['prospects.title'],
  '/clients/goals': ['goals.title'],
  '/clients/service': ['service.title'],
  '/clients/proposals': ['proposals.board.title'],
  '/clients/gifts': ['gifts.registerTitle'],
  '/clients/satisfaction': ['satisfaction.page.title'],
  '/clients/complaints': ['complaints.pageTitle'],
  '/clients/ambassadors': ['ambassadors.title'],
  '/clients/pyramid': ['pyramid.title'],
  '/clients/compliance': ['compliance.title'],
  '/clients/lost': ['lost.title'],
  '/import': ['imports.title'],
  '/settings': ['settings.title'],
};

/** The sidebar's links as Shell.tsx writes them: `{ to: '/worklist', label: t('nav.worklist') …`. */
function sidebarLinks(): { to: string; key: string }[] {
  const source = readFileSync(new URL('./Shell.tsx', import.meta.url), 'utf8');
  return [...source.matchAll(/to: '([^']+)',\s*label: t\('([^']+)'\)/g)].map(([, to, key]) => ({
    to: to!,
    key: key!,
  }));
}

const catalogues = { nl, en };

function text(language: keyof typeof catalogues, key: string): string {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)?.[part],
      catalogues[language],
    );
  if (typeof found !== 'string') throw new Error(`no text ${key} in ${language}`);
  // a soft hyphen only lets a long word break in the narrow sidebar
  return found.replace(/\u00ad/g, '');
}

describe('the sidebar and the page heading', () => {
  const links = sidebarLinks();

  it('reads every link of the sidebar', () => {
    expect(links.length).toBeGreaterThanOrEqual(14);
    expect(links.map((link) => link.to).sort()).toEqual(Object.keys(headingOf).sort());
  });

  for (const language of ['nl', 'en'] as const) {
    it(`use the same word for the same page (${language})`, () => {
      const differ = links
        .map(({ to, key }) => ({
          to,
          link: text(language, key),
          heading: headingOf[to]!.map((part) => text(language, part)).join(': '),
        }))
        .filter(({ link, heading }) => heading.split(': ').at(-1) !== link);
      expect(differ).toEqual([]);
    });
  }
});
