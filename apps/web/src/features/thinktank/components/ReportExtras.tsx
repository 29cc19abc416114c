import { FOLLOW_UP_STATE_LABELS, FollowUpInput } from '@chainboard/contracts';
import { Form, Input, Modal, Select } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { PDF_WORD } from '../../documents/api';
import { DocumentTable } from '../../documents/DocumentTable';
import type { ExpertReport } from '../api';
import { useReportDocuments, useSetFollowUp, useUploadReportDocument } from '../hooks';

const STATE_OPTIONS = Object.entries(FOLLOW_UP_STATE_LABELS).map(([value, label]) => ({ value, label }));

/** 报告文件: the report document(s), uploaded by the office or the chain's lead unit. */
export function ReportDocuments({ reportId, work }: { reportId: number; work: boolean }) {
  const { data, isLoading } = useReportDocuments(reportId);
  const upload = useUploadReportDocument(reportId);
  return <DocumentTable documents={data} loading={isLoading} upload={upload} canUpload={work} noun="报告文件" files={PDF_WORD} compact />;
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
