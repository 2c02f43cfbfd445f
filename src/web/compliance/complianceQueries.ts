// The firm's compliance with its service concepts and the four P's per category, for one fiscal
// year, read through the API.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type ComplianceReport = Schemas['ComplianceReport'];
export type ComplianceRollup = ComplianceReport['firm'];
export type ComplianceShortfall = Schemas['ComplianceShortfall'];
export type FourPsByCategory = Schemas['FourPsByCategory'];

export function useComplianceReport(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: ['compliance', 'report', fiscalYear ?? null],
    queryFn: () =>
      unwrap(api.GET('/api/v1/compliance', { params: { query: { fiscalYear, limit: 200 } } })),
  });
}

export function useFourPsByCategory(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: ['compliance', 'four-ps', fiscalYear ?? null],
    queryFn: () =>
      unwrap(api.GET('/api/v1/compliance/four-ps', { params: { query: { fiscalYear } } })),
  });
}
