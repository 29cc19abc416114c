import { UploadOutlined } from '@ant-design/icons';
import type { StoredDocument } from '@chainboard/contracts';
import { Button, Drawer, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { PDF_WORD, sizeText } from '../../documents/api';
import { DocumentDownloadButton, DocumentUploadModal, type KindOption } from '../../documents/DocumentUpload';
import type { PlanningObligation } from '../api';
import { usePlanningFiles, useUploadPlanningFile } from '../hooks';

const ATTACHMENT: KindOption[] = [{ value: 'attachment', label: '附件' }];

const columns: TableColumnsType<StoredDocument> = [
  { title: '标题', dataIndex: 'title' },
  { title: '文件名', dataIndex: 'fileName' },
  { title: '大小', dataIndex: 'size', width: 100, render: (size: number) => sizeText(size) },
  { title: '上传时间', dataIndex: 'uploadedAt', width: 160, render: (at: string) => formatDateTime(at) },
  { title: '操作', key: 'download', width: 90, render: (_, doc) => <DocumentDownloadButton doc={doc} /> },
];

/** The files of one given planning document; its owner uploads more. */
export function PlanningFilesDrawer({ obligation, onClose }: { obligation: PlanningObligation | null; onClose: () => void }) {
  const isMobile = useIsMobile();
  const doc = obligation?.document ?? null;
  return (
    <Drawer title="规划文件附件" open={doc !== null} onClose={onClose} size={isMobile ? '100%' : 640} destroyOnHidden>
      {obligation && doc && <FilesBody obligation={obligation} documentId={doc.id} />}
    </Drawer>
  );
}

function FilesBody({ obligation, documentId }: { obligation: PlanningObligation; documentId: number }) {
  const { data, isLoading } = usePlanningFiles(documentId);
  const upload = useUploadPlanningFile(documentId);
  const [uploading, setUploading] = useState(false);
  const doc = obligation.document;
  const files = [...(data ?? [])].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  return (
    <Flex vertical gap={12}>
      <Typography.Text strong>{doc?.title}</Typography.Text>
      <Typography.Text type="secondary">
        {obligation.ownerName}
        {obligation.chainName ? ` · ${obligation.chainName}` : ''} · 印发 {doc?.issuedOn} · 报送 {formatDateTime(doc?.submittedAt)}
      </Typography.Text>
      {obligation.canSubmit && (
        <Flex justify="end">
          <Button icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
            上传文件
          </Button>
        </Flex>
      )}
      <Table<StoredDocument>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={files}
        loading={isLoading}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: obligation.canSubmit ? '还没有文件，可以 上传文件（PDF 或 Word）' : '还没有文件' }}
      />
      <DocumentUploadModal
        title="上传规划文件"
        open={uploading}
        onClose={() => setUploading(false)}
        upload={upload}
        kinds={ATTACHMENT}
        files={PDF_WORD}
      />
    </Flex>
  );
}
