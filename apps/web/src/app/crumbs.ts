import type { ReactNode } from 'react';
import type { Params } from 'react-router';

/**
 * Route `handle` carrying its breadcrumb: plain text, or a node built from the route params.
 * `link` marks crumbs whose route has a page of its own (系统管理 has none).
 */
export type CrumbHandle = { crumb: string | ((params: Params) => ReactNode); link?: boolean };

export function isCrumbHandle(handle: unknown): handle is CrumbHandle {
  return typeof handle === 'object' && handle !== null && 'crumb' in handle;
}
