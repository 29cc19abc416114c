import { requestRaw, toQueryString } from '../../lib/api';

type Query = Parameters<typeof toQueryString>[0];

/** The file name a Content-Disposition header names (RFC 5987 filename* first, then filename). */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // a malformed encoding: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the answer of a request as a file, named as the server says (or `fallbackName`). */
export async function downloadFile(
  path: string,
  {
    method = 'GET',
    query,
    json,
    fallbackName = '下载.xlsx',
  }: { method?: string; query?: Query; json?: unknown; fallbackName?: string } = {},
): Promise<string> {
  const response = await requestRaw(method, `${path}${toQueryString(query)}`, {
    body: json === undefined ? undefined : JSON.stringify(json),
    contentType: json === undefined ? undefined : 'application/json',
  });
  const name = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  saveBlob(await response.blob(), name);
  return name;
}
