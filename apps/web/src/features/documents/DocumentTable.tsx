import { UploadOutlined } from '@ant-design/icons';
import type { StoredDocument } from '@chainboard/contracts';
import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { TABLE_SCROLL } from '../../lib/table';
import { type FileRule, sizeText } from './api';
import { DocumentDownloadButton, DocumentUploadModal, type DocumentUploadMutation, type KindOption } from './DocumentUpload';

const columns: TableColumnsType<StoredDocument> = [
  { title: '标题', dataIndex: 'title' },
  { title: '文件名', dataIndex: 'fileName' },
  { title: '大小', dataIndex: 'size', width: 100, render: (size: number) => sizeText(size) },
  { title: '上传时间', dataIndex: 'uploadedAt', width: 160, render: (at: string) => formatDateTime(at) },
  { title: '操作', key: 'download', width: 90, render: (_, doc) => <DocumentDownloadButton doc={doc} /> },
];

/**
 * An owner's files as a table with 下载, and 上传{noun} when `canUpload`: the files of a policy, an
 * expert report, a problem or a planning document. Every file is of the one kind 附件 (`attachment`).
 */
export function DocumentTable({
  documents,
  loading,
  upload,
  canUpload,
  noun,
  emptyHint = '',
  dialogTitle = `上传${noun}`,
  files,
  compact = false,
  children,
}: {
  documents: StoredDocument[] | undefined;
  loading: boolean;
  /** The owner's upload mutation (it knows the URL and which cache to refresh). */
  upload: DocumentUploadMutation;
  canUpload: boolean;
  /** What the files are called: 政策文件, 报告文件, 附件 … */
  noun: string;
  /** Said after 可以 上传{noun} when the table is empty, e.g. （原文、解读等）. */
  emptyHint?: string;
  dialogTitle?: string;
  files: FileRule;
  /** Closer spacing and a small button, for a table inside a card or a row. */
  compact?: boolean;
  /** Shown above the upload button. */
  children?: ReactNode;
}) {
  const [uploading, setUploading] = useState(false);
  const kinds = useMemo<KindOption[]>(() => [{ value: 'attachment', label: noun }], [noun]);
  return (
    <Flex vertical gap={compact ? 8 : 12}>
      {children}
      {canUpload && (
        <Flex justify="end">
          <Button size={compact ? 'small' : undefined} icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
            上传{noun}
          </Button>
        </Flex>
      )}
      <Table<StoredDocument>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={documents}
        loading={loading}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: canUpload ? `还没有${noun}，可以 上传${noun}${emptyHint}` : `还没有${noun}` }}
      />
      <DocumentUploadModal
        title={dialogTitle}
        open={uploading}
        onClose={() => setUploading(false)}
        upload={upload}
        kinds={kinds}
        files={files}
      />
    </Flex>
  );
}
