import { FUND_LEVEL_LABELS, type FundLevel, INVESTMENT_STAGE_LABELS, type InvestmentStage } from '@chainboard/contracts';

export const FUND_LEVEL_OPTIONS = (Object.keys(FUND_LEVEL_LABELS) as FundLevel[]).map((value) => ({
  value,
  label: FUND_LEVEL_LABELS[value],
}));

export const INVESTMENT_STAGE_OPTIONS = (Object.keys(INVESTMENT_STAGE_LABELS) as InvestmentStage[]).map((value) => ({
  value,
  label: INVESTMENT_STAGE_LABELS[value],
}));

/** One colour meaning across modules: blue in progress, green done, grey left. */
export const INVESTMENT_STAGE_COLORS: Record<InvestmentStage, string> = {
  intent: 'default',
  dueDiligence: 'processing',
  decided: 'blue',
  invested: 'green',
  exited: 'default',
};
