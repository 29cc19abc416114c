import { KEY_PROJECT_THRESHOLD_YUAN, LEAD_STAGE_LABELS, LEAD_STAGE_ORDER, LeadMoveInput, type LeadStage } from '@chainboard/contracts';
import { Alert, DatePicker, Form, type FormInstance, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useIsMobile } from '../../../lib/useIsMobile';
import { zodRule } from '../../../lib/zodRule';
import type { Lead } from '../api';
import { useMoveLead } from '../hooks';

const FORM_ID = 'lead-move-form';
const field = LeadMoveInput.shape;

type Values = { to?: LeadStage; on?: Dayjs | null; evidence?: string; signedOn?: Dayjs | null; reason?: string };

/** Forward only, or 终止. */
export function nextStages(from: LeadStage): LeadStage[] {
  if (from === 'landed' || from === 'dropped') return [];
  return [...LEAD_STAGE_ORDER.slice(LEAD_STAGE_ORDER.indexOf(from) + 1), 'dropped'];
}

function MoveForm({ lead, onSubmit }: { lead: Lead; onSubmit: (v: Values, form: FormInstance<Values>) => void }) {
  const [form] = Form.useForm<Values>();
  const to = Form.useWatch('to', form);
  const needsEvidence = to === 'signed' || to === 'landed';
  const needsSignedOn = to === 'landed' && !lead.signedOn;
  const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

  return (
    <Form id={FORM_ID} form={form} layout="vertical" initialValues={{ on: dayjs() }} onFinish={(v) => onSubmit(v, form)}>
      <Form.Item label="推进到" name="to" required rules={[zodRule(field.to, '请选择阶段')]}>
        <Radio.Group options={nextStages(lead.pipelineStage).map((value) => ({ value, label: LEAD_STAGE_LABELS[value] }))} />
      </Form.Item>
      {to === 'landed' && lead.expectedInvestment >= KEY_PROJECT_THRESHOLD_YUAN && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="预计投资 1 亿元及以上，落地后自动列入重点项目（储备类）" />
      )}
      <Form.Item label={to === 'dropped' ? '终止日期' : '日期'} name="on" required rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
      </Form.Item>
      {needsSignedOn && (
        <Form.Item
          label="签约日期"
          name="signedOn"
          required
          rules={[{ required: true, message: '从“接触”或“洽谈”直接落地，须填写签约日期' }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
        </Form.Item>
      )}
      {to !== 'dropped' && (
        <Form.Item
          label="佐证"
          name="evidence"
          required={needsEvidence}
          rules={[zodRule(field.evidence), ...(needsEvidence ? [{ required: true, whitespace: true, message: '请填写佐证' }] : [])]}
          extra={needsEvidence ? '协议、登记或开工等材料说明' : '可选'}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      )}
      {to === 'dropped' && (
        <Form.Item
          label="终止原因"
          name="reason"
          required
          rules={[zodRule(field.reason), { required: true, whitespace: true, message: '请填写终止原因' }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      )}
    </Form>
  );
}

/** 推进: move a lead forward (线索 → 接触 → 洽谈 → 签约 → 落地) or end it (终止). */
export function LeadMoveModal({ lead, open, onClose }: { lead: Lead; open: boolean; onClose: () => void }) {
  const isMobile = useIsMobile();
  const move = useMoveLead();
  const onSubmit = (v: Values, form: FormInstance<Values>) =>
    move.mutate(
      {
        id: lead.id,
        move: {
          to: v.to as LeadStage,
          on: (v.on as Dayjs).format('YYYY-MM-DD'),
          evidence: v.to === 'dropped' ? null : v.evidence || null,
          signedOn: v.signedOn ? v.signedOn.format('YYYY-MM-DD') : null,
          reason: v.to === 'dropped' ? v.reason || null : null,
        },
      },
      {
        onSuccess: (saved) => {
          toastSuccess(
            saved.projectId && !lead.projectId ? '已落地，并列入重点项目' : `已推进到“${LEAD_STAGE_LABELS[saved.pipelineStage]}”`,
          );
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <Modal
      title={`推进线索：当前为“${LEAD_STAGE_LABELS[lead.pipelineStage]}”`}
      open={open}
      onCancel={onClose}
      okText="确认"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={move.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 560}
    >
      <MoveForm lead={lead} onSubmit={onSubmit} />
    </Modal>
  );
}
