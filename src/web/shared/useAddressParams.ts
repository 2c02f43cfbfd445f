// The page's state in the address, changed a few keys at a time.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type AddressChanges = Record<string, string | null>;

export function useAddressParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: AddressChanges, options: { replace?: boolean } = { replace: true }) => {
      // Start from the address as it is now: the router renders a navigation in a transition,
      // so the params of the last render can be one change behind a quick second change.
      const now = new URLSearchParams(window.location.search);
      const next = new URLSearchParams(now);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (next.toString() !== now.toString()) setParams(next, options);
    },
    [setParams],
  );
  return [params, update] as const;
}
