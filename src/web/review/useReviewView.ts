// The review list's view: filters in the address, the search live as the user types (the
// address follows when they pause), so 20,000 rows filter without slowing the typing.
import { useDebouncedValue } from '@mantine/hooks';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useAddressParams } from '../shared/useAddressParams.ts';
import { readReviewView, type ReviewView } from './reviewRows.ts';

export function useReviewView() {
  const [params, update] = useAddressParams();
  const addressView = useMemo(() => readReviewView(params), [params]);
  const [search, setSearch] = useState(addressView.q);
  const [pausedSearch] = useDebouncedValue(search, 250);
  useEffect(() => {
    update({ q: pausedSearch || null });
  }, [pausedSearch, update]);
  const typed = useDeferredValue(search);
  const view: ReviewView = useMemo(() => ({ ...addressView, q: typed }), [addressView, typed]);
  return { view, search, setSearch, params, update };
}
