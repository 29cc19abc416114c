import {
  CONSORTIUM_MEMBER_KIND_LABELS,
  ConsortiumMemberKind,
  PLATFORM_KIND_LABELS,
  PLATFORM_LEVEL_LABELS,
  PlatformKind,
  PlatformLevel,
  TECHNOLOGY_STATE_LABELS,
  TechnologyState,
} from '@chainboard/contracts';

/** One colour meaning across modules (UI.md): grey waiting, blue in progress, green done. */
export const TECHNOLOGY_STATE_COLORS: Record<TechnologyState, string> = { pending: 'default', tackling: 'blue', achieved: 'green' };

export const TECHNOLOGY_STATE_OPTIONS = TechnologyState.options.map((value) => ({ value, label: TECHNOLOGY_STATE_LABELS[value] }));
export const PLATFORM_KIND_OPTIONS = PlatformKind.options.map((value) => ({ value, label: PLATFORM_KIND_LABELS[value] }));
export const PLATFORM_LEVEL_OPTIONS = PlatformLevel.options.map((value) => ({ value, label: PLATFORM_LEVEL_LABELS[value] }));
export const MEMBER_KIND_OPTIONS = ConsortiumMemberKind.options.map((value) => ({ value, label: CONSORTIUM_MEMBER_KIND_LABELS[value] }));

/** 2024Q2 → 2024年第二季度 */
export { periodLabel as quarterLabel } from '@chainboard/contracts';
