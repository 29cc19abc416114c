import { POLICY_SUPPORT_LABELS, type PolicySupport } from '@chainboard/contracts';

export const POLICY_SUPPORT_OPTIONS = (Object.keys(POLICY_SUPPORT_LABELS) as PolicySupport[]).map((value) => ({
  value,
  label: POLICY_SUPPORT_LABELS[value],
}));
