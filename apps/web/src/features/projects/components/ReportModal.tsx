import { type Project, ProjectReportInput } from '@chainboard/contracts';
import { Alert, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useReportProgress } from '../hooks';
import { wanToYuan } from '../money';
import { periodDue, periodOfDate, periodStart, previousPeriod, reportPeriodLabel } from '../periods';

const FORM_ID = 'project-report-form';
const field = ProjectReportInput.shape;

type Values = { period: Dayjs; progress: string; investmentInPeriod: number; problems?: string };

function ReportForm({
  project,
  reported,
  save,
  onDone,
}: {
  project: Project;
  reported: Set<string>;
  save: ReturnType<typeof useReportProgress>;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const cycle = project.reportCycleMonths;
  const picked = Form.useWatch('period', form);
  const period = picked ? periodOfDate(picked, cycle) : undefined;
  const due = period ? periodDue(period) : undefined;
  const willBeLate = due ? dayjs().isAfter(due, 'day') : false;

  // Start from the overdue period, else the one just ended, unless it is already in.
  const suggested = project.lateReportPeriod ?? previousPeriod(cycle);
  const initialPeriod = reported.has(suggested) ? undefined : periodStart(suggested);

  const onFinish = (v: Values) =>
    save.mutate(
      {
        id: project.id,
        report: {
          period: periodOfDate(v.period, cycle),
          progress: v.progress,
          investmentInPeriod: wanToYuan(v.investmentInPeriod),
          problems: v.problems || null,
        },
      },
      {
        onSuccess: () => {
          toastSuccess('进展已报送');
          onDone();
        },
        onError: (err) => showFormError(form, err),
      },
    );

  return (
    <Form id={FORM_ID} form={form} layout="vertical" initialValues={{ period: initialPeriod }} onFinish={onFinish}>
      <Form.Item
        label={cycle === 3 ? '报送期间（季度）' : '报送期间（月份）'}
        name="period"
        required
        rules={[{ required: true, message: '请选择报送期间' }]}
        extra={
          period && due
            ? `${reportPeriodLabel(period)}的进展应于 ${due.format('YYYY-MM-DD')} 前报送`
            : `该项目${cycle === 3 ? '按季度' : '按月'}报送`
        }
      >
        <DatePicker
          picker={cycle === 3 ? 'quarter' : 'month'}
          style={{ width: '100%' }}
          // periods not yet begun, and those already reported, cannot be picked
          disabledDate={(d, info) => {
            if (info.type === 'year' || info.type === 'decade') return d.isAfter(dayjs(), 'year');
            const p = periodOfDate(d, cycle);
            return reported.has(p) || periodStart(p).isAfter(dayjs());
          }}
        />
      </Form.Item>
      {willBeLate && period && !reported.has(period) && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="已过报送期限，本次报送将记为逾期" />
      )}
      {period && reported.has(period) && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={`${reportPeriodLabel(period)}的进展已报送，请选择其他期间`} />
      )}
      <Form.Item label="形象进度" name="progress" required rules={[zodRule(field.progress)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder="如：主体厂房封顶，设备进场安装" />
      </Form.Item>
      <Form.Item
        label="本期完成投资（万元）"
        name="investmentInPeriod"
        required
        rules={[
          zodRule(
            z.preprocess((v) => (typeof v === 'number' ? wanToYuan(v) : v), field.investmentInPeriod),
            '请填写本期完成投资',
          ),
        ]}
      >
        <InputNumber min={0} precision={2} controls={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="存在问题" name="problems" rules={[zodRule(field.problems)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder="需要协调解决的问题，没有可不填" />
      </Form.Item>
    </Form>
  );
}

/** 报送进展: the host city or zone reports a period's progress. */
export function ReportModal({
  project,
  reported,
  open,
  onClose,
}: {
  project: Project;
  reported: Set<string>;
  open: boolean;
  onClose: () => void;
}) {
  const save = useReportProgress();
  return (
    <Modal
      title={`报送进展：${project.name}`}
      open={open}
      onCancel={onClose}
      okText="报送"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={save.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <ReportForm project={project} reported={reported} save={save} onDone={onClose} />
    </Modal>
  );
}
