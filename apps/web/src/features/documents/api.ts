import type { StoredDocument } from '@chainboard/contracts';
import { requestRaw, toQueryString } from '../../lib/api';
import { downloadFile } from '../excel/download';

export type DocumentKind = StoredDocument['kind'];
export type UploadVars = { kind: DocumentKind; title: string; file: File };

/** What a file picker offers and which Content-Types the server stores as sent. */
export type FileRule = { accept: string; contentTypes: readonly string[]; hint: string };

const PDF_WORD_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/** Alliance documents: PDF or Word. */
export const PDF_WORD: FileRule = { accept: '.pdf,.doc,.docx', contentTypes: PDF_WORD_TYPES, hint: 'PDF 或 Word，不超过 20 MB' };

/** Problem attachments: PDF, Word or a PNG/JPEG picture. */
export const PDF_WORD_IMAGE: FileRule = {
  accept: '.pdf,.doc,.docx,.png,.jpg,.jpeg',
  contentTypes: [...PDF_WORD_TYPES, 'image/png', 'image/jpeg'],
  hint: 'PDF、Word 或 PNG/JPEG 图片，不超过 20 MB',
};

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Uploads to an owner's documents (`/api/alliances/1/documents`, `/api/problems/1/documents`): the
 * file is the request body itself, with its own Content-Type (types the rule does not list go up as
 * application/octet-stream); what it is rides in the query. Answers with the owner's whole list.
 */
export async function uploadDocument(url: string, rule: FileRule, { kind, title, file }: UploadVars): Promise<StoredDocument[]> {
  const query = toQueryString({ kind, title, fileName: file.name });
  const response = await requestRaw('POST', `${url}${query}`, {
    body: file,
    contentType: rule.contentTypes.includes(file.type) ? file.type : 'application/octet-stream',
    accept: 'application/json',
  });
  return (await response.json()) as StoredDocument[];
}

export const downloadDocument = (doc: Pick<StoredDocument, 'id' | 'fileName'>) =>
  downloadFile(`/api/documents/${doc.id}/content`, { fallbackName: doc.fileName });

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
