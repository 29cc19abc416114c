import { FIGURE_LABELS, type Figure, figureFields, Period } from '@chainboard/contracts';
import { useIsMutating } from '@tanstack/react-query';
import { Form, type FormRule, Input, InputNumber } from 'antd';
import type { z } from 'zod';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useReportFigures } from '../hooks';
import { wanInputProps, wanToYuan, yuanToWanInput } from '../money';

const FORM_ID = 'figure-form';
const MONEY = ['revenue', 'output', 'tax', 'rdSpending', 'investment'] as const;
type Money = (typeof MONEY)[number];

type Values = { period: string; employees?: number | null } & Partial<Record<Money, number | null>>;

/** Money is typed in 万元; the shared rule checks the yuan the server will get. */
function wanRule(schema: z.ZodType, label: string, required: boolean): FormRule {
  return {
    validator: async (_r, value: number | null | undefined) => {
      if (value === null || value === undefined) {
        if (required) throw new Error(`请填写${label}`);
        return;
      }
      const result = schema.safeParse(wanToYuan(value));
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '填写有误');
    },
  };
}

function initial(figure: Figure | null): Partial<Values> {
  if (!figure) return {};
  return {
    period: figure.period,
    revenue: yuanToWanInput(figure.revenue),
    output: yuanToWanInput(figure.output),
    tax: yuanToWanInput(figure.tax),
    rdSpending: yuanToWanInput(figure.rdSpending),
    investment: yuanToWanInput(figure.investment),
    employees: figure.employees,
  };
}

function FigureForm({ enterpriseId, figure, onDone }: { enterpriseId: number; figure: Figure | null; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const report = useReportFigures(enterpriseId);
  const onFinish = (v: Values) =>
    report.mutate(
      {
        period: v.period.trim().toUpperCase(),
        revenue: wanToYuan(v.revenue),
        output: wanToYuan(v.output),
        tax: wanToYuan(v.tax),
        rdSpending: wanToYuan(v.rdSpending),
        investment: wanToYuan(v.investment),
        employees: v.employees ?? 0,
      },
      {
        onSuccess: () => {
          toastSuccess('已保存经营数据');
          onDone();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <Form id={FORM_ID} form={form} layout="vertical" initialValues={initial(figure)} onFinish={onFinish}>
      <Form.Item
        label="期间"
        name="period"
        required
        rules={[zodRule(Period, '请填写期间')]}
        extra="季度如 2024Q3，半年如 2024H1，全年如 2024；已填报的期间再次保存会覆盖"
        normalize={(v: string) => v?.toUpperCase()}
      >
        <Input maxLength={7} disabled={figure !== null} placeholder="2024Q3" />
      </Form.Item>
      {MONEY.map((key) => (
        <Form.Item
          key={key}
          label={`${FIGURE_LABELS[key]}（万元）`}
          name={key}
          required={key === 'revenue'}
          rules={[wanRule(figureFields[key], FIGURE_LABELS[key], key === 'revenue')]}
          extra={key === 'revenue' ? undefined : '未填按 0 计'}
        >
          <InputNumber {...wanInputProps} />
        </Form.Item>
      ))}
      <Form.Item label="从业人数" name="employees" rules={[zodRule(figureFields.employees.optional())]} extra="未填按 0 计">
        <InputNumber min={0} precision={0} controls={false} style={{ width: '100%' }} suffix="人" />
      </Form.Item>
    </Form>
  );
}

/** 填报数据: one period's figures, money in 万元 (stored in yuan); a period reported again is replaced. */
export function FigureFormDrawer({
  enterpriseId,
  open,
  figure,
  onClose,
}: {
  enterpriseId: number;
  open: boolean;
  /** An existing period to correct, or null for a new one. */
  figure: Figure | null;
  onClose: () => void;
}) {
  // FormDrawer knows only the form id; the saving state is the mutation's, read via the shared hook key.
  const saving = useIsMutating({ mutationKey: ['report-figures', enterpriseId] }) > 0;
  return (
    <FormDrawer title={figure ? '修改经营数据' : '填报经营数据'} open={open} onClose={onClose} formId={FORM_ID} saving={saving}>
      <FigureForm enterpriseId={enterpriseId} figure={figure} onDone={onClose} />
    </FormDrawer>
  );
}
