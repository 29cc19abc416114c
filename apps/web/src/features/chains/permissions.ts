import type { Chain, Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors the server's rule so buttons appear only where a save can succeed; the server decides.

/** The provincial office's editors add chains. */
export function canCreateChain(me: Me): boolean {
  return hasRole(me, 'editor') && me.organisationType === 'office';
}

/** Office editors edit every chain; a lead unit's editors edit the chains they lead. */
export function canEditChain(me: Me, chain: Pick<Chain, 'leadUnitId'>): boolean {
  if (!hasRole(me, 'editor')) return false;
  if (me.organisationType === 'office') return true;
  return me.organisationType === 'leadUnit' && chain.leadUnitId === me.organisationId;
}

/** Whether the user could edit some chain, so the list needs an 操作 column. */
export function mayEditChains(me: Me): boolean {
  return hasRole(me, 'editor') && (me.organisationType === 'office' || me.organisationType === 'leadUnit');
}
