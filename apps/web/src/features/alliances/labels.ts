import {
  ALLIANCE_DOCUMENT_LABELS,
  AllianceDocumentKind,
  COOPERATION_FIELD_LABELS,
  CooperationField,
  DOCUMENT_ITEM_STATUS_LABELS,
  DocumentItemStatus,
  type StoredDocument,
} from '@chainboard/contracts';

type ItemStatus = (typeof DocumentItemStatus.options)[number];

export const FIELD_OPTIONS = CooperationField.options.map((value) => ({ value, label: COOPERATION_FIELD_LABELS[value] }));
export const DOCUMENT_KIND_OPTIONS = AllianceDocumentKind.options.map((value) => ({ value, label: ALLIANCE_DOCUMENT_LABELS[value] }));
/** Every stored kind (a plain attachment included), for the tag on a document card. */
export const DOCUMENT_KIND_LABELS: Record<StoredDocument['kind'], string> = { ...ALLIANCE_DOCUMENT_LABELS, attachment: '附件' };
export const ITEM_STATUS_OPTIONS = DocumentItemStatus.options.map((value) => ({ value, label: DOCUMENT_ITEM_STATUS_LABELS[value] }));

/** 未开始 grey, 推进中 blue, 已完成 green (UI.md colours). */
export const ITEM_STATUS_COLORS: Record<ItemStatus, string | undefined> = { planned: undefined, inProgress: 'blue', done: 'green' };
