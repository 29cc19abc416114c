import { CHAIN_STAGE_LABELS, COMPANY_SIZE_LABELS, GAP_STATUS_COLOURS, GAP_STATUS_LABELS, type GapStatus } from '@chainboard/contracts';

export { CHAIN_STAGE_LABELS, COMPANY_SIZE_LABELS, GAP_STATUS_COLOURS, GAP_STATUS_LABELS };

/** Tag colours by the one meaning across modules: red blocked, orange behind, green on track. */
export const GAP_TAG_COLOURS: Record<GapStatus, string> = { gap: 'red', bottleneck: 'orange', strong: 'green' };
