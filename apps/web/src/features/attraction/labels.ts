import {
  CHAIN_STAGE_LABELS,
  ChainStage,
  LEAD_SOURCE_LABELS,
  LEAD_STAGE_LABELS,
  LeadSource,
  type LeadStage,
  PROPOSAL_STATE_LABELS,
  ProposalState,
} from '@chainboard/contracts';
import type { z } from 'zod';

/** The board's columns, in the pipeline's order, 终止 last. */
export const BOARD_STAGES: LeadStage[] = ['lead', 'contacted', 'negotiating', 'signed', 'landed', 'dropped'];

/** One colour meaning across modules (UI.md): blue in progress, green landed, grey dropped. */
export const LEAD_STAGE_COLORS: Record<LeadStage, string | undefined> = {
  lead: 'default',
  contacted: 'blue',
  negotiating: 'blue',
  signed: 'cyan',
  landed: 'green',
  dropped: undefined,
};

export const LEAD_STAGE_OPTIONS = BOARD_STAGES.map((value) => ({ value, label: LEAD_STAGE_LABELS[value] }));
export const LEAD_SOURCE_OPTIONS = LeadSource.options.map((value) => ({ value, label: LEAD_SOURCE_LABELS[value] }));
export const CHAIN_STAGE_OPTIONS = ChainStage.options.map((value) => ({ value, label: CHAIN_STAGE_LABELS[value] }));

export const PROPOSAL_STATE_COLORS: Record<z.infer<typeof ProposalState>, string | undefined> = {
  proposed: 'blue',
  accepted: 'green',
  rejected: undefined,
};
export const PROPOSAL_STATE_OPTIONS = ProposalState.options.map((value) => ({ value, label: PROPOSAL_STATE_LABELS[value] }));

/** The departments whose opinion every host-zone decision records, besides the zone's city (as the server has them). */
export const OPINION_DEPARTMENTS = ['省商务厅', '省投促局'];

/** Years to pick from: the notice's 2024 onwards, to next year; newest first. */
export function yearOptions(): { value: number; label: string }[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2024 + 1 }, (_, i) => last - i).map((year) => ({ value: year, label: `${year}年` }));
}
