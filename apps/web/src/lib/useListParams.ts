import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type ListParams = Record<string, string | undefined>;

/**
 * List state (filters, page, sort) lives in the address bar, so a list survives reload, the back
 * button and a shared link. Changing anything but the page goes back to page 1.
 */
export function useListParams(defaults: ListParams = {}) {
  const [searchParams, setSearchParams] = useSearchParams();

  // Cheap to rebuild each render; query keys compare by value, not identity.
  const params: ListParams = { ...defaults };
  for (const [key, value] of searchParams) params[key] = value;

  const update = useCallback(
    (patch: ListParams) => {
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const page = Number(params.page ?? 1) || 1;
  const pageSize = Number(params.pageSize ?? 20) || 20;

  return { params, page, pageSize, update };
}
