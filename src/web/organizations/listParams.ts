// The list's search, filters and sort live in the address, so Back and links keep them.
import type { paths } from '../api/schema';

export type ListQuery = NonNullable<paths['/api/v1/organizations']['get']['parameters']['query']>;
export type Sort = NonNullable<ListQuery['sort']>;
export type Archived = NonNullable<ListQuery['archived']>;

export const sorts: Sort[] = [
  'name',
  '-name',
  'city',
  '-city',
  'status',
  'clientSince',
  '-clientSince',
  '-createdAt',
  'revenue',
  '-revenue',
];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

export function readListParams(params: URLSearchParams) {
  return {
    q: params.get('q') ?? '',
    status: oneOf(['prospect', 'client', 'former'] as const, params.get('status')),
    relationLevel: oneOf(
      ['strategic', 'business_unit', 'team', 'other'] as const,
      params.get('relationLevel'),
    ),
    archived: oneOf(['exclude', 'include', 'only'] as const, params.get('archived')) ?? 'exclude',
    sort: oneOf(sorts, params.get('sort')) ?? 'name',
    category: params.get('category') || undefined,
  };
}

export type ListParams = ReturnType<typeof readListParams>;
