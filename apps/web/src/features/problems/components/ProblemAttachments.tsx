import { UploadOutlined } from '@ant-design/icons';
import type { StoredDocument } from '@chainboard/contracts';
import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { PDF_WORD_IMAGE, sizeText } from '../../documents/api';
import { DocumentDownloadButton, DocumentUploadModal, type KindOption } from '../../documents/DocumentUpload';
import { useProblemDocuments, useUploadProblemDocument } from '../hooks';

const ATTACHMENT: KindOption[] = [{ value: 'attachment', label: '附件' }];

const columns: TableColumnsType<StoredDocument> = [
  { title: '标题', dataIndex: 'title' },
  { title: '文件名', dataIndex: 'fileName' },
  { title: '大小', dataIndex: 'size', width: 100, render: (size: number) => sizeText(size) },
  { title: '上传时间', dataIndex: 'uploadedAt', width: 160, render: (at: string) => formatDateTime(at) },
  { title: '操作', key: 'download', width: 90, render: (_, doc) => <DocumentDownloadButton doc={doc} /> },
];

/** 附件: the evidence and replies filed with a problem; `work` offers 上传附件. */
export function ProblemAttachments({ problemId, work }: { problemId: number; work: boolean }) {
  const { data, isLoading } = useProblemDocuments(problemId);
  const upload = useUploadProblemDocument(problemId);
  const [uploading, setUploading] = useState(false);
  const docs = [...(data ?? [])].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  return (
    <Flex vertical gap={12}>
      {work && (
        <Flex justify="end">
          <Button icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
            上传附件
          </Button>
        </Flex>
      )}
      <Table<StoredDocument>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={docs}
        loading={isLoading}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: work ? '还没有附件，可以 上传附件（说明材料、照片、答复文件等）' : '还没有附件' }}
      />
      <DocumentUploadModal
        title="上传附件"
        open={uploading}
        onClose={() => setUploading(false)}
        upload={upload}
        kinds={ATTACHMENT}
        files={PDF_WORD_IMAGE}
      />
    </Flex>
  );
}
