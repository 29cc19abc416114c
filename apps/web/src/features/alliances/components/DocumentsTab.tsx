import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { DOCUMENT_ITEM_STATUS_LABELS, DocumentItemInput, type StoredDocument } from '@chainboard/contracts';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Spin,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { showError, showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { formatDateTime, orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { zodRule } from '../../../lib/zodRule';
import { PDF_WORD, sizeText } from '../../documents/api';
import { DocumentDownloadButton, DocumentUploadModal } from '../../documents/DocumentUpload';
import type { DocumentItem, ItemStatus } from '../api';
import { useAddItem, useDocuments, useUpdateItem, useUploadDocument } from '../hooks';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KIND_OPTIONS, ITEM_STATUS_COLORS, ITEM_STATUS_OPTIONS } from '../labels';

type ItemValues = { content: string; responsible?: string; dueOn?: Dayjs | null; status: ItemStatus };

function ItemForm({ allianceId, documentId, onDone }: { allianceId: number; documentId: number; onDone: () => void }) {
  const [form] = Form.useForm<ItemValues>();
  const add = useAddItem(allianceId);
  return (
    <Form
      id="item-form"
      form={form}
      layout="vertical"
      initialValues={{ status: 'planned' }}
      onFinish={(v) =>
        add.mutate(
          {
            documentId,
            input: {
              content: v.content,
              responsible: v.responsible || null,
              dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
              status: v.status,
            },
          },
          {
            onSuccess: () => {
              toastSuccess('已新增事项');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Form.Item label="事项内容" name="content" required rules={[zodRule(DocumentItemInput.shape.content)]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Form.Item label="责任人" name="responsible" rules={[zodRule(DocumentItemInput.shape.responsible)]}>
        <Input maxLength={100} placeholder="责任单位或责任人" />
      </Form.Item>
      <Form.Item label="完成时限" name="dueOn">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="状态" name="status">
        <Select options={ITEM_STATUS_OPTIONS} />
      </Form.Item>
    </Form>
  );
}

function DocumentCard({ allianceId, doc, work }: { allianceId: number; doc: StoredDocument; work: boolean }) {
  const [adding, setAdding] = useState(false);
  const update = useUpdateItem(allianceId);
  const columns: TableColumnsType<DocumentItem> = [
    { title: '序号', dataIndex: 'seq', width: 64 },
    { title: '事项内容', dataIndex: 'content' },
    { title: '责任人', dataIndex: 'responsible', render: orDash },
    { title: '完成时限', dataIndex: 'dueOn', render: orDash },
    {
      title: '状态',
      dataIndex: 'status',
      render: (status: ItemStatus, item) =>
        work ? (
          <Select<ItemStatus>
            aria-label={`事项 ${item.seq} 状态`}
            size="small"
            value={status}
            options={ITEM_STATUS_OPTIONS}
            style={{ width: 100 }}
            onChange={(next) =>
              update.mutate(
                { itemId: item.id, patch: { status: next } },
                { onSuccess: () => toastSuccess('已更新状态'), onError: showError },
              )
            }
          />
        ) : (
          <Tag color={ITEM_STATUS_COLORS[status]}>{DOCUMENT_ITEM_STATUS_LABELS[status]}</Tag>
        ),
    },
  ];
  const done = doc.items.filter((i) => i.status === 'done').length;
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {DOCUMENT_KIND_LABELS[doc.kind]}
          </Tag>
          <span>{doc.title}</span>
        </Flex>
      }
      extra={<DocumentDownloadButton doc={doc} />}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {doc.fileName} · {sizeText(doc.size)} · 上传于 {formatDateTime(doc.uploadedAt)}
        {doc.items.length > 0 && ` · 事项 ${doc.items.length} 项，已完成 ${done} 项`}
      </Typography.Paragraph>
      <Table<DocumentItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...doc.items].sort((a, b) => a.seq - b.seq)}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: work ? '还没有分解事项，可以 新增事项' : '还没有分解事项' }}
      />
      {work && (
        <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)} style={{ marginTop: 8 }}>
          新增事项
        </Button>
      )}
      <Modal
        title={`新增事项：${doc.title}`}
        open={adding}
        onCancel={() => setAdding(false)}
        okText="保存"
        okButtonProps={{ htmlType: 'submit', form: 'item-form' }}
        destroyOnHidden
        mask={{ closable: false }}
      >
        <ItemForm allianceId={allianceId} documentId={doc.id} onDone={() => setAdding(false)} />
      </Modal>
    </Card>
  );
}

/** 文件: the chain master's plan, task book and annual task table, each broken into tracked items. */
export function DocumentsTab({ allianceId, work }: { allianceId: number; work: boolean }) {
  const { data, isLoading } = useDocuments(allianceId);
  const [uploading, setUploading] = useState(false);
  const upload = useUploadDocument(allianceId);
  return (
    <Flex vertical gap={12}>
      {work && (
        <Flex justify="end">
          <Button icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
            上传文件
          </Button>
        </Flex>
      )}
      {isLoading ? (
        <Spin />
      ) : (data ?? []).length === 0 ? (
        <Empty description={work ? '还没有文件，可以上传产业链详细规划、任务书和年度任务表' : '还没有文件'} />
      ) : (
        (data ?? []).map((doc) => <DocumentCard key={doc.id} allianceId={allianceId} doc={doc} work={work} />)
      )}
      <DocumentUploadModal
        title="上传文件"
        open={uploading}
        onClose={() => setUploading(false)}
        upload={upload}
        kinds={DOCUMENT_KIND_OPTIONS}
        kindPlaceholder="产业链详细规划、任务书或年度任务表"
        files={PDF_WORD}
      />
    </Flex>
  );
}
