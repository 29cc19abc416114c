import { PAGE_SIZES } from '@chainboard/contracts';
import type { TablePaginationConfig } from 'antd';

/** Server-side paging as UI.md asks: 20 a page, 10/20/50/100, a total count. */
export function pagination(page: number, pageSize: number, total: number | undefined): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (count) => `共 ${count} 条`,
  };
}

/** Tables scroll sideways on narrow screens instead of squeezing columns. */
export const TABLE_SCROLL = { x: 'max-content' } as const;

/** A server-paged table's `pagination` and `onChange`: a new page or page size goes to the list's address. */
export function pagedTable(
  page: number,
  pageSize: number,
  total: number | undefined,
  update: (patch: { page: string; pageSize: string }) => void,
): { pagination: TablePaginationConfig; onChange: (pager: TablePaginationConfig) => void } {
  return {
    pagination: pagination(page, pageSize, total),
    onChange: (pager) => update({ page: String(pager.current ?? 1), pageSize: String(pager.pageSize ?? 20) }),
  };
}
