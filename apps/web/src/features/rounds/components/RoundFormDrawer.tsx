import {
  Period,
  periodLabel,
  periodRange,
  ROUND_KIND_LABELS,
  ROUND_PERIOD_HINT,
  ROUND_PERIOD_PATTERN,
  type Round,
  RoundInput,
  type RoundKind,
} from '@chainboard/contracts';
import { useIsMutating } from '@tanstack/react-query';
import { DatePicker, Flex, Form, type FormRule, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { useCreateRound } from '../hooks';
import { ROUND_KIND_OPTIONS } from '../labels';

const FORM_ID = 'round-form';
const DAY = 'YYYY-MM-DD';
const ALL_CHAINS = 0;

type Values = {
  kind: RoundKind;
  period: string;
  chainId: number;
  title: string;
  opensOn: Dayjs;
  closesOn: Dayjs;
  effectiveOn: Dayjs;
  criteria?: string;
};

const field = RoundInput.shape;

/** The notice's rhythm: a year for 链主, a half year for 链核, a quarter for 链上企业. */
function suggestedPeriod(kind: RoundKind, today = dayjs()): string {
  const year = today.year();
  if (kind === 'master') return String(year);
  if (kind === 'core') return `${year}H${today.month() < 6 ? 1 : 2}`;
  return `${year}Q${Math.floor(today.month() / 3) + 1}`;
}

function periodRule(getKind: () => RoundKind | undefined): FormRule {
  return {
    validator: async (_r, value: string | undefined) => {
      if (!value) throw new Error('请填写期间');
      const parsed = Period.safeParse(value);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? '期间格式有误');
      const kind = getKind();
      if (kind && !ROUND_PERIOD_PATTERN[kind].test(parsed.data)) {
        throw new Error(`${ROUND_KIND_LABELS[kind]}的期间应为${ROUND_PERIOD_HINT[kind]}`);
      }
    },
  };
}

function RoundForm({ onDone }: { onDone: (round: Round) => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateRound();
  const chains = useChainOptions();
  const kind = Form.useWatch('kind', form);
  const auto = useRef({ title: '', effectiveOn: '' });

  const office = me.organisationType === 'office';
  const chainOptions = [
    ...(office ? [{ value: ALL_CHAINS, label: '全部产业链' }] : []),
    ...(chains.data ?? []).filter((c) => office || c.leadUnitId === me.organisationId).map((c) => ({ value: c.id, label: c.name })),
  ];

  // Title and effective date follow kind, period and chain until the user types their own.
  const suggest = () => {
    const v = form.getFieldsValue();
    const parsed = v.period ? Period.safeParse(v.period) : null;
    if (!v.kind || !parsed?.success || !ROUND_PERIOD_PATTERN[v.kind].test(parsed.data)) return;
    const chainName = v.chainId ? chains.data?.find((c) => c.id === v.chainId)?.name : office ? '全省' : undefined;
    const title = `${chainName ?? ''}${periodLabel(parsed.data)}${ROUND_KIND_LABELS[v.kind]}`;
    const effective = periodRange(parsed.data).end;
    const patch: Partial<Values> = {};
    if (!v.title || v.title === auto.current.title) patch.title = title;
    if (!v.effectiveOn || v.effectiveOn.format(DAY) === auto.current.effectiveOn) patch.effectiveOn = dayjs(effective);
    auto.current = { title, effectiveOn: effective };
    form.setFieldsValue(patch);
  };

  const onFinish = (v: Values) =>
    create.mutate(
      {
        kind: v.kind,
        period: v.period.trim().toUpperCase(),
        chainId: v.chainId === ALL_CHAINS ? null : v.chainId,
        title: v.title,
        opensOn: v.opensOn.format(DAY),
        closesOn: v.closesOn.format(DAY),
        effectiveOn: v.effectiveOn.format(DAY),
        criteria: v.criteria || null,
      },
      {
        onSuccess: (round) => {
          toastSuccess('已发起评定');
          onDone(round);
        },
        onError: (err) => showFormError(form, err),
      },
    );

  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ opensOn: dayjs(), closesOn: dayjs().add(30, 'day') }}
      onFinish={onFinish}
      onValuesChange={(changed: Partial<Values>) => {
        if ('kind' in changed && changed.kind) {
          form.setFieldValue('period', suggestedPeriod(changed.kind));
          void form.validateFields(['period']).catch(() => undefined);
        }
        if ('kind' in changed || 'period' in changed || 'chainId' in changed) suggest();
      }}
    >
      <Form.Item label="评定类别" name="kind" required rules={[zodRule(field.kind, '请选择评定类别')]}>
        <Select options={ROUND_KIND_OPTIONS} placeholder="请选择" />
      </Form.Item>
      <Form.Item
        label="期间"
        name="period"
        required
        dependencies={['kind']}
        rules={[periodRule(() => form.getFieldValue('kind'))]}
        extra={kind ? `${ROUND_KIND_LABELS[kind]}：${ROUND_PERIOD_HINT[kind]}` : '链主一年一评，链核半年一评，链上企业按季更新'}
        normalize={(v: string) => v?.toUpperCase()}
      >
        <Input maxLength={6} placeholder={kind ? ROUND_PERIOD_HINT[kind] : '先选择评定类别'} />
      </Form.Item>
      <Form.Item
        label="产业链"
        name="chainId"
        required
        rules={[{ required: true, message: office ? '请选择产业链，或选“全部产业链”' : '请选择本单位牵头的产业链' }]}
        extra={office ? undefined : '牵头单位只能为本单位牵头的产业链发起评定'}
      >
        <Select options={chainOptions} loading={chains.isLoading} showSearch={{ optionFilterProp: 'label' }} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="标题" name="title" required rules={[zodRule(field.title)]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item label="申报开始" name="opensOn" rules={[{ required: true, message: '请选择开始日期' }]} style={{ flex: '1 1 150px' }}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="申报截止"
          name="closesOn"
          dependencies={['opensOn']}
          rules={[
            { required: true, message: '请选择截止日期' },
            ({ getFieldValue }) => ({
              validator: async (_r, value?: Dayjs) => {
                const opens = getFieldValue('opensOn') as Dayjs | undefined;
                if (value && opens && value.isBefore(opens, 'day')) throw new Error('截止日期不能早于开始日期');
              },
            }),
          ]}
          style={{ flex: '1 1 150px' }}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item
        label="认定生效日期"
        name="effectiveOn"
        rules={[{ required: true, message: '请选择生效日期' }]}
        extra="认定的企业自该日起取得相应层级，默认为期间最后一天"
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="评定标准" name="criteria" rules={[zodRule(field.criteria)]}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 发起评定. */
export function RoundFormDrawer({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved?: (round: Round) => void }) {
  const saving = useIsMutating({ mutationKey: ['rounds', 'create'] }) > 0;
  return (
    <FormDrawer title="发起评定" open={open} onClose={onClose} formId={FORM_ID} saving={saving}>
      <RoundForm
        onDone={(round) => {
          onClose();
          onSaved?.(round);
        }}
      />
    </FormDrawer>
  );
}
