import type { Me } from '@chainboard/contracts';
import { createContext, useContext } from 'react';

// The auth guard provides the signed-in user to everything below it. Reading it from context
// (not the query cache) keeps pages rendering their last state while logout clears the cache.
export const MeContext = createContext<Me | null>(null);

/** The signed-in user. Only call below the auth guard. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe called outside the auth guard');
  return me;
}
