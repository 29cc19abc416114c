import { UploadOutlined } from '@ant-design/icons';
import { FOLLOW_UP_STATE_LABELS, FollowUpInput, type StoredDocument } from '@chainboard/contracts';
import { Button, Flex, Form, Input, Modal, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { formatDateTime } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { zodRule } from '../../../lib/zodRule';
import { PDF_WORD, sizeText } from '../../documents/api';
import { DocumentDownloadButton, DocumentUploadModal, type KindOption } from '../../documents/DocumentUpload';
import type { ExpertReport } from '../api';
import { useReportDocuments, useSetFollowUp, useUploadReportDocument } from '../hooks';

const ATTACHMENT: KindOption[] = [{ value: 'attachment', label: '报告文件' }];
const STATE_OPTIONS = Object.entries(FOLLOW_UP_STATE_LABELS).map(([value, label]) => ({ value, label }));

const columns: TableColumnsType<StoredDocument> = [
  { title: '标题', dataIndex: 'title' },
  { title: '文件名', dataIndex: 'fileName' },
  { title: '大小', dataIndex: 'size', width: 100, render: (size: number) => sizeText(size) },
  { title: '上传时间', dataIndex: 'uploadedAt', width: 160, render: (at: string) => formatDateTime(at) },
  { title: '操作', key: 'download', width: 90, render: (_, doc) => <DocumentDownloadButton doc={doc} /> },
];

/** 报告文件: the report document(s), uploaded by the office or the chain's lead unit. */
export function ReportDocuments({ reportId, work }: { reportId: number; work: boolean }) {
  const { data, isLoading } = useReportDocuments(reportId);
  const upload = useUploadReportDocument(reportId);
  const [uploading, setUploading] = useState(false);
  return (
    <Flex vertical gap={8}>
      {work && (
        <Flex justify="end">
          <Button size="small" icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
            上传报告文件
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
        locale={{ emptyText: work ? '还没有报告文件，可以 上传报告文件' : '还没有报告文件' }}
      />
      <DocumentUploadModal
        title="上传报告文件"
        open={uploading}
        onClose={() => setUploading(false)}
        upload={upload}
        kinds={ATTACHMENT}
        files={PDF_WORD}
      />
    </Flex>
  );
}

/** 落实情况: the follow-up text and state. */
export function FollowUpModal({ report, onClose }: { report: ExpertReport; onClose: () => void }) {
  const save = useSetFollowUp();
  const [form] = Form.useForm<{ followUp?: string; followUpState: ExpertReport['followUpState'] }>();
  return (
    <Modal
      title={`落实情况：${report.title}`}
      open
      onCancel={onClose}
      okText="保存"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ followUp: report.followUp ?? undefined, followUpState: report.followUpState }}
        onFinish={(v) =>
          save.mutate(
            { id: report.id, input: { followUp: v.followUp || null, followUpState: v.followUpState } },
            {
              onSuccess: () => {
                toastSuccess('已保存落实情况');
                onClose();
              },
              onError: (err) => showFormError(form, err),
            },
          )
        }
      >
        <Form.Item label="落实状态" name="followUpState" required>
          <Select options={STATE_OPTIONS} />
        </Form.Item>
        <Form.Item label="落实情况" name="followUp" rules={[zodRule(FollowUpInput.shape.followUp)]}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
