import {
  CHAIN_STAGE_LABELS,
  ChainStage,
  HONOUR_LABELS,
  HONOUR_LEVEL_LABELS,
  HonourKind,
  HonourLevel,
  TIER_LABELS,
  Tier,
} from '@chainboard/contracts';

/** 链主 gold, 链核 blue, 链上 plain: the same everywhere an enterprise's tier shows. */
export const TIER_COLORS: Record<Tier, string | undefined> = { master: 'gold', core: 'blue', member: undefined };

/** Short tier names for tags: 链主 / 链核 / 链上. */
export const TIER_SHORT: Record<Tier, string> = { master: '链主', core: '链核', member: '链上' };

/** Short honour names for tags; the full title shows on hover. */
export const HONOUR_SHORT: Record<HonourKind, string> = {
  srdi: '专精特新',
  littleGiant: '小巨人',
  singleChampion: '单项冠军',
  highTech: '高新技术',
  techSme: '科技型中小',
  other: '其他荣誉',
};

export const HONOUR_COLORS: Record<HonourKind, string | undefined> = {
  srdi: 'cyan',
  littleGiant: 'purple',
  singleChampion: 'magenta',
  highTech: 'geekblue',
  techSme: 'lime',
  other: undefined,
};

export const TIER_OPTIONS = Tier.options.map((value) => ({ value, label: TIER_LABELS[value] }));
export const STAGE_OPTIONS = ChainStage.options.map((value) => ({ value, label: CHAIN_STAGE_LABELS[value] }));
export const HONOUR_OPTIONS = HonourKind.options.map((value) => ({ value, label: HONOUR_LABELS[value] }));
export const HONOUR_LEVEL_OPTIONS = HonourLevel.options.map((value) => ({ value, label: HONOUR_LEVEL_LABELS[value] }));
