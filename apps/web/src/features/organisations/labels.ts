import { ORG_TYPE_LABELS, OrgType } from '@chainboard/contracts';

export const ORG_TYPE_OPTIONS = OrgType.options.map((value) => ({ value, label: ORG_TYPE_LABELS[value] }));
