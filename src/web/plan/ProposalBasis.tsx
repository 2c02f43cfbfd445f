// What the proposal averaged: per year the figures of its revenue bridge, each a link to that
// bridge, so a reader checks the proposal against the bridge in one click.
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { signedMoney } from '../shared/signedMoney.ts';
import { Section } from '../ui/Section.tsx';
import type { Plan } from './queries.ts';

type Proposal = NonNullable<Plan['proposal']>;
const figures = ['newClientsCents', 'existingGrowthCents', 'lostCents'] as const;
const texts = {
  newClientsCents: 'newClients',
  existingGrowthCents: 'existingGrowth',
  lostCents: 'lost',
} as const;

export function ProposalBasis(props: { proposal: Proposal; currency: string; startMonth: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { proposal, currency, startMonth } = props;
  const money = (field: (typeof figures)[number], cents: number) =>
    field === 'existingGrowthCents'
      ? signedMoney(cents, currency, language)
      : formatMoney(cents, currency, language);
  const averages = {
    newClientsCents: proposal.newClientsCents,
    existingGrowthCents: proposal.existingGrowthCents,
    lostCents: proposal.expectedLossCents,
  };
  return (
    <Section
      title={t('plan.proposal.basis.title')}
      description={t('plan.proposal.basis.description', {
        years: proposal.basedOn.map((year) => fiscalYearLabel(year.year, startMonth)).join(', '),
      })}
      landmark
    >
      <ScrollTable label={t('plan.proposal.basis.title')} minWidth={480}>
        <Table className="bridge-table" aria-label={t('plan.proposal.basis.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plan.proposal.basis.year')}</Table.Th>
              {figures.map((field) => (
                <Table.Th key={field} scope="col" className="numeric">
                  {t(`plan.proposal.basis.${texts[field]}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposal.basedOn.map((year) => {
              const label = fiscalYearLabel(year.year, startMonth);
              const bridge = `/portfolio/bridge?year=${year.year}`;
              return (
                <Table.Tr key={year.year}>
                  <Table.Th scope="row">
                    <Anchor
                      component={Link}
                      to={bridge}
                      size="sm"
                      aria-label={t('plan.proposal.basis.open', { year: label })}
                    >
                      {label}
                    </Anchor>
                  </Table.Th>
                  {figures.map((field) => (
                    <Table.Td key={field} className="numeric">
                      <Anchor component={Link} to={bridge} size="sm">
                        {money(field, year[field])}
                      </Anchor>
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
            <Table.Tr className="bridge-sum">
              <Table.Th scope="row">{t('plan.proposal.basis.average')}</Table.Th>
              {figures.map((field) => (
                <Table.Td key={field} className="numeric">
                  {money(field, averages[field])}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Section>
  );
}
