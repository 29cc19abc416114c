import { UploadOutlined } from '@ant-design/icons';
import type { StoredDocument } from '@chainboard/contracts';
import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { PDF_WORD, sizeText } from '../../documents/api';
import { DocumentDownloadButton, DocumentUploadModal, type KindOption } from '../../documents/DocumentUpload';
import { usePolicyDocuments, useUploadPolicyDocument } from '../hooks';

const KINDS: KindOption[] = [{ value: 'attachment', label: '政策文件' }];

const columns: TableColumnsType<StoredDocument> = [
  { title: '标题', dataIndex: 'title' },
  { title: '文件名', dataIndex: 'fileName' },
  { title: '大小', dataIndex: 'size', width: 100, render: (size: number) => sizeText(size) },
  { title: '上传时间', dataIndex: 'uploadedAt', width: 160, render: (at: string) => formatDateTime(at) },
  { title: '操作', key: 'download', width: 90, render: (_, doc) => <DocumentDownloadButton doc={doc} /> },
];

/** 政策文件: the policy's original text and its annexes. */
export function PolicyDocuments({ policyId, work }: { policyId: number; work: boolean }) {
  const { data, isLoading } = usePolicyDocuments(policyId);
  const upload = useUploadPolicyDocument(policyId);
  const [uploading, setUploading] = useState(false);
  return (
    <Flex vertical gap={12}>
      {work && (
        <Flex justify="end">
          <Button icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
            上传政策文件
          </Button>
        </Flex>
      )}
      <Table<StoredDocument>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data}
        loading={isLoading}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: work ? '还没有政策文件，可以 上传政策文件（原文、解读等）' : '还没有政策文件' }}
      />
      <DocumentUploadModal
        title="上传政策文件"
        open={uploading}
        onClose={() => setUploading(false)}
        upload={upload}
        kinds={KINDS}
        files={PDF_WORD}
      />
    </Flex>
  );
}
