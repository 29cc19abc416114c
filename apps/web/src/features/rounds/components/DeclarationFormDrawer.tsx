import { DeclarationInput, type Enterprise, FIGURE_LABELS, figureFields, periodLabel, type Round } from '@chainboard/contracts';
import { useIsMutating } from '@tanstack/react-query';
import { Alert, Flex, Form, type FormRule, Input, InputNumber, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { getFigures } from '../../enterprises/api';
import { useEnterprises } from '../../enterprises/hooks';
import { wanInputProps, wanToYuan, yuanToWanInput } from '../../enterprises/money';
import { canEditEnterprise } from '../../enterprises/permissions';
import { useDeclare } from '../hooks';

const FORM_ID = 'declaration-form';
const MONEY = ['revenue', 'output', 'tax', 'rdSpending', 'investment'] as const;
type Money = (typeof MONEY)[number];

type Values = {
  enterpriseId: number;
  chainId: number;
  employees?: number | null;
  localSupplyShare?: number | null;
  statement?: string;
} & Partial<Record<Money, number | null>>;

const field = DeclarationInput.shape;

function wanRule(schema: z.ZodType, label: string): FormRule {
  return {
    validator: async (_r, value: number | null | undefined) => {
      if (value === null || value === undefined) throw new Error(`请填写${label}`);
      const result = schema.safeParse(wanToYuan(value));
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '填写有误');
    },
  };
}

/** Enterprises the user may declare for, found by name or credit code; on a chain's round, those on that chain. */
function EnterprisePicker({
  round,
  value,
  onChange,
  onPicked,
}: {
  round: Round;
  value?: number;
  onChange?: (id: number) => void;
  onPicked: (enterprise: Enterprise | undefined) => void;
}) {
  const me = useMe();
  const [q, setQ] = useState('');
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const chainId = round.kind !== 'member' && round.chainId !== null ? round.chainId : undefined;
  const { data, isFetching } = useEnterprises({ page: 1, pageSize: 50, q: q || undefined, chainId });
  const items = (data?.items ?? []).filter((e) => canEditEnterprise(me, e));
  return (
    <Select<number>
      aria-label="申报企业"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value}
      loading={isFetching}
      placeholder="输入企业名称或信用代码查找"
      notFoundContent={isFetching ? '查找中…' : '没有可申报的企业（只列出本单位负责、且在该产业链上的企业）'}
      options={items.map((e) => ({ value: e.id, label: `${e.name}（${e.creditCode}）` }))}
      onChange={(id) => {
        onChange?.(id);
        onPicked(items.find((e) => e.id === id));
      }}
    />
  );
}

function DeclarationForm({ round, onDone }: { round: Round; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const declare = useDeclare(round.id);
  const chains = useChainOptions();
  const [picked, setPicked] = useState<Enterprise | undefined>();
  const [prefilled, setPrefilled] = useState<string | null>(null);

  const chainFixed = round.chainId !== null;
  const chainOptions = chainFixed
    ? [{ value: round.chainId as number, label: round.chainName ?? '' }]
    : round.kind === 'member'
      ? (chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))
      : (picked?.chains ?? []).map((c) => ({ value: c.chainId, label: c.chainName }));

  // Figures already reported for the round's period (or the latest) fill the indicators.
  const onPicked = async (enterprise: Enterprise | undefined) => {
    setPicked(enterprise);
    setPrefilled(null);
    if (!enterprise) return;
    if (!chainFixed && enterprise.chains.length === 1) form.setFieldValue('chainId', enterprise.chains[0]?.chainId);
    try {
      const figures = await getFigures(enterprise.id);
      const sorted = [...figures].sort((a, b) => b.period.localeCompare(a.period));
      const figure = sorted.find((f) => f.period === round.period) ?? sorted[0];
      if (!figure) return;
      form.setFieldsValue({
        revenue: yuanToWanInput(figure.revenue),
        output: yuanToWanInput(figure.output),
        tax: yuanToWanInput(figure.tax),
        rdSpending: yuanToWanInput(figure.rdSpending),
        investment: yuanToWanInput(figure.investment),
        employees: figure.employees,
      });
      setPrefilled(figure.period);
    } catch {
      // no figures readable: the fields stay for typing
    }
  };

  const onFinish = (v: Values) =>
    declare.mutate(
      {
        enterpriseId: v.enterpriseId,
        chainId: v.chainId,
        revenue: wanToYuan(v.revenue),
        output: wanToYuan(v.output),
        tax: wanToYuan(v.tax),
        rdSpending: wanToYuan(v.rdSpending),
        investment: wanToYuan(v.investment),
        employees: v.employees ?? 0,
        localSupplyShare: v.localSupplyShare ?? null,
        statement: v.statement || null,
      },
      {
        onSuccess: () => {
          toastSuccess('已提交申报');
          onDone();
        },
        onError: (err) => showFormError(form, err),
      },
    );

  return (
    <Form id={FORM_ID} form={form} layout="vertical" initialValues={{ chainId: round.chainId ?? undefined }} onFinish={onFinish}>
      <Typography.Paragraph type="secondary">
        {round.title}（{periodLabel(round.period)}），申报截止 {round.closesOn}。
      </Typography.Paragraph>
      <Form.Item label="申报企业" name="enterpriseId" required rules={[zodRule(field.enterpriseId, '请选择申报企业')]}>
        <EnterprisePicker round={round} onPicked={(e) => void onPicked(e)} />
      </Form.Item>
      <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
        <Select
          aria-label="申报产业链"
          options={chainOptions}
          disabled={chainFixed}
          placeholder={picked ? '请选择' : '先选择企业'}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      {prefilled && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`已按 ${periodLabel(prefilled)} 填报的经营数据预填，可修改`} />
      )}
      <Flex gap={12} wrap>
        {MONEY.map((key) => (
          <Form.Item
            key={key}
            label={`${FIGURE_LABELS[key]}（万元）`}
            name={key}
            required
            rules={[wanRule(figureFields[key], FIGURE_LABELS[key])]}
            style={{ flex: '1 1 200px' }}
          >
            <InputNumber {...wanInputProps} />
          </Form.Item>
        ))}
        <Form.Item
          label="从业人数"
          name="employees"
          required
          rules={[zodRule(field.employees, '请填写从业人数')]}
          style={{ flex: '1 1 200px' }}
        >
          <InputNumber min={0} precision={0} controls={false} style={{ width: '100%' }} suffix="人" />
        </Form.Item>
      </Flex>
      <Form.Item
        label="本地配套率（%）"
        name="localSupplyShare"
        rules={[zodRule(field.localSupplyShare)]}
        extra="省内采购占全部采购的比例，0-100"
      >
        <InputNumber min={0} max={100} precision={1} controls={false} style={{ width: '100%' }} suffix="%" />
      </Form.Item>
      <Form.Item label="申报说明" name="statement" rules={[zodRule(field.statement)]}>
        <Input.TextArea rows={5} maxLength={4000} showCount placeholder="企业在链上的带动作用、配套情况、创新能力等" />
      </Form.Item>
    </Form>
  );
}

/** 申报: one enterprise on one chain, with its indicators. */
export function DeclarationFormDrawer({ round, open, onClose }: { round: Round; open: boolean; onClose: () => void }) {
  const saving = useIsMutating({ mutationKey: ['rounds', 'declare', round.id] }) > 0;
  return (
    <FormDrawer title="申报" open={open} onClose={onClose} formId={FORM_ID} saving={saving}>
      <DeclarationForm round={round} onDone={onClose} />
    </FormDrawer>
  );
}
