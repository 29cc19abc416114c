import { WORK_REPORT_KIND_LABELS, WorkReportInput } from '@chainboard/contracts';
import { Form, type FormInstance, Input, Radio, Select } from 'antd';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import type { ReportKind } from '../api';
import { usePlanYears, useSubmitWorkReport } from '../hooks';
import { lastQuarter, quarterOptions } from '../labels';

const FORM_ID = 'work-report-form';
const field = WorkReportInput.shape;

type Values = { kind?: ReportKind; period?: string; title?: string; content?: string };

function ReportForm({ onSubmit }: { onSubmit: (v: Values, form: FormInstance<Values>) => void }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const years = usePlanYears();
  const now = new Date().getFullYear();
  const quarters = quarterOptions([...new Set([now, now - 1, ...(years.data ?? []).map((p) => p.year)])]);
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ kind: 'quarterly', period: lastQuarter() }}
      onFinish={(v) => onSubmit(v, form)}
    >
      <Form.Item label="类别" name="kind" required rules={[zodRule(field.kind, '请选择类别')]}>
        <Radio.Group
          options={(['quarterly', 'info'] as const).map((value) => ({ value, label: WORK_REPORT_KIND_LABELS[value] }))}
          optionType="button"
        />
      </Form.Item>
      {kind === 'quarterly' && (
        <Form.Item label="季度" name="period" required rules={[{ required: true, message: '季度工作总结须注明季度' }]}>
          <Select options={quarters} placeholder="请选择" />
        </Form.Item>
      )}
      <Form.Item label="标题" name="title" required rules={[zodRule(field.title)]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item label="正文" name="content" required rules={[zodRule(field.content)]}>
        <Input.TextArea rows={12} maxLength={20000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 报送: work information any time, or the quarter's work summary (once per quarter). */
export function WorkReportDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const submit = useSubmitWorkReport();
  const onSubmit = (v: Values, form: FormInstance<Values>) =>
    submit.mutate(
      {
        kind: v.kind as ReportKind,
        period: v.kind === 'quarterly' ? (v.period ?? null) : null,
        title: v.title ?? '',
        content: v.content ?? '',
      },
      {
        onSuccess: () => {
          toastSuccess('已报送');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title="报送工作信息 / 季度工作总结" open={open} onClose={onClose} formId={FORM_ID} saving={submit.isPending}>
      <ReportForm onSubmit={onSubmit} />
    </FormDrawer>
  );
}
