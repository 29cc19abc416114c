import {
  BUILD_TYPE_LABELS,
  BuildType,
  CHAIN_STAGE_LABELS,
  ChainStage,
  DEMONSTRATION_MODE_LABELS,
  DemonstrationMode,
  PROJECT_CLASS_LABELS,
  type Project,
  ProjectClass,
  RESERVE_GAP_LABELS,
  RESERVE_STATE_LABELS,
  ReserveGap,
  ReserveState,
} from '@chainboard/contracts';
import type { z } from 'zod';

/**
 * One colour meaning across modules (UI.md): blue in progress (the pipeline classes), green done,
 * red blocked, grey dropped.
 */
export const PROJECT_CLASS_COLORS: Record<ProjectClass, string | undefined> = {
  planning: 'geekblue',
  reserve: 'cyan',
  underway: 'blue',
  completed: 'green',
  stalled: 'red',
  cancelled: undefined,
};

export const PROJECT_CLASS_OPTIONS = ProjectClass.options.map((value) => ({ value, label: PROJECT_CLASS_LABELS[value] }));

/** A new project enters the list as one of the three pipeline classes. */
export const NEW_PROJECT_CLASSES = ['planning', 'reserve', 'underway'] as const;

export const BUILD_TYPE_OPTIONS = BuildType.options.map((value) => ({ value, label: BUILD_TYPE_LABELS[value] }));
export const STAGE_OPTIONS = ChainStage.options.map((value) => ({ value, label: CHAIN_STAGE_LABELS[value] }));

/** 实施类（新建） */
export function classText(project: Pick<Project, 'class' | 'buildType'>): string {
  const label = PROJECT_CLASS_LABELS[project.class];
  return project.class === 'underway' && project.buildType ? `${label}（${BUILD_TYPE_LABELS[project.buildType]}）` : label;
}

export const RESERVE_STATE_COLORS: Record<z.infer<typeof ReserveState>, string> = {
  recommended: 'blue',
  accepted: 'green',
  rejected: 'default',
};
export const RESERVE_STATE_OPTIONS = ReserveState.options.map((value) => ({ value, label: RESERVE_STATE_LABELS[value] }));
export const RESERVE_GAP_OPTIONS = ReserveGap.options.map((value) => ({ value, label: RESERVE_GAP_LABELS[value] }));

export const MODE_OPTIONS = DemonstrationMode.options.map((value) => ({ value, label: DEMONSTRATION_MODE_LABELS[value] }));

/** The notice's target for each mode: demonstrations on at least 5 chains by year end. */
export const MODE_TARGET_CHAINS = 5;

/** Project years: the notice's 2024 onwards, to next year; newest first. */
export function yearOptions(): { value: number; label: string }[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2024 + 1 }, (_, i) => last - i).map((year) => ({ value: year, label: `${year}年` }));
}
