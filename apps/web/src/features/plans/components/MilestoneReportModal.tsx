import { MilestoneReportInput } from '@chainboard/contracts';
import { Alert, Form, type FormInstance, Input, Modal } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useIsMobile } from '../../../lib/useIsMobile';
import { zodRule } from '../../../lib/zodRule';
import type { Milestone } from '../api';
import { useReportMilestone } from '../hooks';

const FORM_ID = 'milestone-report-form';
type Values = { evidence?: string };

function ReportForm({ milestone, onSubmit }: { milestone: Milestone; onSubmit: (v: Values, form: FormInstance<Values>) => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ evidence: milestone.evidence ?? undefined }}
      onFinish={(v) => onSubmit(v, form)}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={milestone.title}
        description={`第${milestone.quarter}季度 · 完成时限 ${milestone.dueOn}`}
      />
      <Form.Item
        label="完成情况及佐证"
        name="evidence"
        required
        rules={[zodRule(MilestoneReportInput.shape.evidence, '请填写完成情况及佐证')]}
        extra="文件名称和文号、会议、活动等；报告后由省链长办确认"
      >
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 报告完成: the responsible unit says a milestone is done, with its evidence. */
export function MilestoneReportModal({ milestone, onClose }: { milestone: Milestone | null; onClose: () => void }) {
  const isMobile = useIsMobile();
  const report = useReportMilestone();
  const onSubmit = (v: Values, form: FormInstance<Values>) => {
    if (!milestone) return;
    report.mutate(
      { id: milestone.id, evidence: v.evidence?.trim() ?? '' },
      {
        onSuccess: () => {
          toastSuccess('已报告完成，等待省链长办确认');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  };
  return (
    <Modal
      title="报告节点完成"
      open={milestone !== null}
      onCancel={onClose}
      okText="报告"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={report.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 560}
    >
      {milestone && <ReportForm milestone={milestone} onSubmit={onSubmit} />}
    </Modal>
  );
}
