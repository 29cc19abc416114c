import { DownloadOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import type { toQueryString } from '../../lib/api';
import { showError } from '../../lib/errors';
import { downloadFile } from './download';

type Props = {
  /** The export endpoint, e.g. /api/enterprises/export. */
  url: string;
  /** The list's current filters: the file holds exactly what is filtered (paging is left out). */
  query?: Parameters<typeof toQueryString>[0];
  /** Used when the server names no file. */
  fallbackName?: string;
  label?: string;
} & Pick<ButtonProps, 'size' | 'type' | 'block'>;

/** 导出: downloads GET url?filters as the .xlsx the server writes. */
export function ExportButton({ url, query, fallbackName = '导出.xlsx', label = '导出', ...button }: Props) {
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const { page: _p, pageSize: _s, ...filters } = query ?? {};
      await downloadFile(url, { query: filters, fallbackName });
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined aria-hidden />} loading={busy} onClick={() => void onClick()} {...button}>
      {label}
    </Button>
  );
}
