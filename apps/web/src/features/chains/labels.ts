import { CHAIN_STATUS_LABELS, ChainStatus } from '@chainboard/contracts';

/** One colour meaning across modules (UI.md): green on track, blue in progress, grey retired. */
export const CHAIN_STATUS_COLORS: Record<ChainStatus, string | undefined> = {
  key: 'green',
  reserve: 'blue',
  retired: undefined,
};

export const CHAIN_STATUS_OPTIONS = ChainStatus.options.map((value) => ({ value, label: CHAIN_STATUS_LABELS[value] }));

/** Batches are years of designation; newest first. */
export function batchOptions(): { value: number; label: string }[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2000 + 1 }, (_, i) => last - i).map((year) => ({
    value: year,
    label: `${year}年`,
  }));
}
