import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { DocumentKind as DocumentKindSchema, DocumentUploadQuery, type StoredDocument } from '@chainboard/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select, Upload } from 'antd';
import { useId, useState } from 'react';
import { showError, showFormError } from '../../lib/errors';
import { toastSuccess } from '../../lib/feedback';
import { zodRule } from '../../lib/zodRule';
import { type DocumentKind, downloadDocument, type FileRule, MAX_DOCUMENT_BYTES, type UploadVars } from './api';

export type DocumentUploadMutation = UseMutationResult<StoredDocument[], Error, UploadVars>;
export type KindOption = { value: DocumentKind; label: string };

type Values = { kind: DocumentKind; title: string };

function UploadForm({
  formId,
  upload,
  kinds,
  kindPlaceholder,
  files,
  onDone,
}: {
  formId: string;
  upload: DocumentUploadMutation;
  kinds: KindOption[];
  kindPlaceholder?: string;
  files: FileRule;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // One kind on offer (a problem's 附件): it is fixed and the picker is left out.
  const fixedKind = kinds.length === 1 ? kinds[0]?.value : undefined;
  return (
    <Form
      id={formId}
      form={form}
      layout="vertical"
      initialValues={fixedKind ? { kind: fixedKind } : undefined}
      onFinish={(v) => {
        if (!file) {
          setFileError('请选择文件');
          return;
        }
        upload.mutate(
          { kind: fixedKind ?? v.kind, title: v.title, file },
          {
            onSuccess: () => {
              toastSuccess('已上传');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        );
      }}
    >
      <Form.Item
        label="文件类别"
        name="kind"
        required
        hidden={fixedKind !== undefined}
        rules={[zodRule(DocumentKindSchema, '请选择文件类别')]}
      >
        <Select options={kinds} placeholder={kindPlaceholder} />
      </Form.Item>
      <Form.Item label="文件标题" name="title" required rules={[zodRule(DocumentUploadQuery.shape.title)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="文件" required validateStatus={fileError ? 'error' : undefined} help={fileError ?? files.hint}>
        <Upload
          accept={files.accept}
          maxCount={1}
          fileList={file ? [{ uid: 'picked', name: file.name, size: file.size, status: 'done' }] : []}
          beforeUpload={(picked) => {
            if (picked.size > MAX_DOCUMENT_BYTES) {
              setFileError('文件超过 20 MB');
              return Upload.LIST_IGNORE;
            }
            setFile(picked);
            setFileError(null);
            if (!form.getFieldValue('title')) form.setFieldValue('title', picked.name.replace(/\.[^.]+$/, ''));
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button icon={<PaperClipOutlined aria-hidden />}>选择文件</Button>
        </Upload>
      </Form.Item>
    </Form>
  );
}

/**
 * The upload dialog shared by alliance documents and problem attachments: a title and one file, plus
 * the kind when there is more than one to choose from. `upload` is the owner's mutation (it knows the
 * URL and which cache to refresh).
 */
export function DocumentUploadModal({
  title,
  open,
  onClose,
  ...form
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  upload: DocumentUploadMutation;
  kinds: KindOption[];
  kindPlaceholder?: string;
  files: FileRule;
}) {
  const formId = `document-form-${useId().replace(/[^\w-]/g, '')}`;
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      okText="上传"
      okButtonProps={{ htmlType: 'submit', form: formId, loading: form.upload.isPending }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <UploadForm formId={formId} onDone={onClose} {...form} />
    </Modal>
  );
}

/** 下载: fetches a stored document's file and hands it to the browser. */
export function DocumentDownloadButton({ doc }: { doc: Pick<StoredDocument, 'id' | 'fileName'> }) {
  const [downloading, setDownloading] = useState(false);
  const onDownload = async () => {
    setDownloading(true);
    try {
      await downloadDocument(doc);
    } catch (err) {
      showError(err);
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Button type="link" size="small" icon={<DownloadOutlined aria-hidden />} loading={downloading} onClick={() => void onDownload()}>
      下载
    </Button>
  );
}
