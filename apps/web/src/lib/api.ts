import { CSRF_HEADER, type ErrorCode } from '@chainboard/contracts';

/** An error response from the API, carrying the server's code, message and field problems. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK';
  readonly fields: Record<string, string>;

  constructor(status: number, code: ErrorCode | 'NETWORK', message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields ?? {};
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

// The token comes from the last Me the server sent (login, me, password change); every write echoes it.
let csrfToken: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds "?a=1&b=x", leaving out empty values so the server applies its defaults. */
export function toQueryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const STATUS_MESSAGES: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '要找的记录不存在',
  409: '数据已被修改或与已有记录冲突',
  413: '提交的内容过大',
  429: '操作过于频繁，请稍后再试',
};

async function readError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, for example): fall back to a message by status.
  }
  const obj = (body && typeof body === 'object' ? body : {}) as { code?: ErrorCode; message?: string; fields?: Record<string, string> };
  const fallback = STATUS_MESSAGES[response.status] ?? `服务暂时不可用（${response.status}），请稍后再试`;
  return new ApiError(response.status, obj.code ?? 'INTERNAL', obj.message || fallback, obj.fields);
}

async function send(method: string, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
}

/** Re-reads the session's CSRF token (lost when the page was reloaded mid-session, say). */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/api/auth/me', undefined);
  if (!response.ok) return false;
  const me = (await response.json()) as { csrfToken?: string };
  csrfToken = me.csrfToken ?? null;
  return csrfToken !== null;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body);
  if (!response.ok) {
    const error = await readError(response);
    // A stale token is not the user's fault: fetch the current one and try the write once more.
    const retry = error.code === 'CSRF_FAILED' && method !== 'GET' && (await refreshCsrfToken());
    if (!retry) throw error;
    response = await send(method, path, body);
    if (!response.ok) throw await readError(response);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * A request whose body or answer is not JSON (an uploaded file, a downloaded workbook): sends the
 * CSRF token on writes (retrying once with a fresh one), throws ApiError on failure, and hands back
 * the Response for the caller to read as a blob or as JSON.
 */
export async function requestRaw(
  method: string,
  path: string,
  { body, contentType, accept = '*/*' }: { body?: BodyInit; contentType?: string; accept?: string } = {},
): Promise<Response> {
  const attempt = async () => {
    const headers: Record<string, string> = { accept };
    if (contentType) headers['content-type'] = contentType;
    if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
    try {
      return await fetch(path, { method, headers, credentials: 'same-origin', body });
    } catch {
      throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
    }
  };
  let response = await attempt();
  if (!response.ok) {
    const error = await readError(response);
    const retry = error.code === 'CSRF_FAILED' && method !== 'GET' && (await refreshCsrfToken());
    if (!retry) throw error;
    response = await attempt();
    if (!response.ok) throw await readError(response);
  }
  return response;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', `${path}${toQueryString(query)}`),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
};
