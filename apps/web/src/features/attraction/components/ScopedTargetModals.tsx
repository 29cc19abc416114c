import { AttractionTargetInput } from '@chainboard/contracts';
import { Form, type FormInstance, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useIsMobile } from '../../../lib/useIsMobile';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import type { ChainMasterRow, Target } from '../api';
import { useSetTarget, useTargets } from '../hooks';
import { canSetMasterTarget, canSetTarget } from '../permissions';
import type { TargetOrg } from './TargetModal';

const field = AttractionTargetInput.shape;
type Values = { organisationId?: number; chainId?: number; master?: string; landedTarget?: number; note?: string };

const masterKey = (m: { enterpriseId: number; chainId: number }) => `${m.enterpriseId}-${m.chainId}`;

function TargetModalFrame({
  title,
  formId,
  open,
  saving,
  onClose,
  children,
}: {
  title: string;
  formId: string;
  open: boolean;
  saving: boolean;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const isMobile = useIsMobile();
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: formId }}
      confirmLoading={saving}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 520}
    >
      {children}
    </Modal>
  );
}

function TargetFields({ year }: { year: number }) {
  return (
    <>
      <Form.Item label={`${year}年招商落地项目目标（个）`} name="landedTarget" required rules={[zodRule(field.landedTarget, '请填写目标')]}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="说明" name="note" rules={[zodRule(field.note)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

/** 分链目标: a city's (or zone's) landed-project target on one chain; the chain's target is their sum. */
export function ChainTargetModal({
  year,
  orgs,
  organisationId,
  chainId,
  open,
  onClose,
}: {
  year: number;
  orgs: TargetOrg[];
  organisationId?: number;
  chainId?: number;
  open: boolean;
  onClose: () => void;
}) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const save = useSetTarget();
  const targets = useTargets(year);
  const chains = useChainOptions(open);
  const choices = orgs.filter((o) => canSetTarget(me, o));
  const find = (orgId?: number, chain?: number): Target | undefined =>
    (targets.data ?? []).find((t) => t.organisationId === orgId && t.chainId === chain && t.enterpriseId === null);
  const initial = find(organisationId, chainId);
  const onFinish = (v: Values, f: FormInstance<Values>) =>
    save.mutate(
      {
        year,
        organisationId: v.organisationId as number,
        chainId: v.chainId as number,
        enterpriseId: null,
        landedTarget: v.landedTarget as number,
        note: v.note || null,
      },
      {
        onSuccess: () => {
          toastSuccess('分链目标已保存');
          onClose();
        },
        onError: (err) => showFormError(f, err),
      },
    );
  return (
    <TargetModalFrame title={`设定${year}年分链招商目标`} formId="chain-target-form" open={open} saving={save.isPending} onClose={onClose}>
      <Form
        key={targets.isSuccess ? 'loaded' : 'loading'}
        id="chain-target-form"
        form={form}
        layout="vertical"
        initialValues={{ organisationId, chainId, landedTarget: initial?.landedTarget, note: initial?.note ?? undefined }}
        onFinish={(v) => onFinish(v, form)}
        onValuesChange={(_, all: Values) => {
          const t = find(all.organisationId, all.chainId);
          form.setFieldsValue({ landedTarget: t?.landedTarget, note: t?.note ?? undefined });
        }}
      >
        <Form.Item label="单位" name="organisationId" required rules={[zodRule(field.organisationId, '请选择市或开发区')]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { label: '市 / 综改示范区', options: choices.filter((o) => o.type === 'city').map((o) => ({ value: o.id, label: o.name })) },
              { label: '开发区 / 园区', options: choices.filter((o) => o.type === 'zone').map((o) => ({ value: o.id, label: o.name })) },
            ].filter((g) => g.options.length > 0)}
            placeholder="请选择"
          />
        </Form.Item>
        <Form.Item label="产业链" name="chainId" required rules={[{ required: true, message: '请选择产业链' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.isLoading}
            options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            placeholder="请选择"
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">分链目标不设下限；各链目标之和即该产业链的招商目标。</Typography.Paragraph>
        <TargetFields year={year} />
      </Form>
    </TargetModalFrame>
  );
}

/** 链主企业招商目标: agreed between the chain master and its city; set by either, or by the office. */
export function MasterTargetModal({
  year,
  masters,
  initial,
  open,
  onClose,
}: {
  year: number;
  masters: ChainMasterRow[];
  initial?: { enterpriseId: number; chainId: number };
  open: boolean;
  onClose: () => void;
}) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const save = useSetTarget();
  const targets = useTargets(year);
  const choices = masters.filter((m) => canSetMasterTarget(me, m));
  const find = (key?: string): Target | undefined =>
    (targets.data ?? []).find(
      (t) => t.enterpriseId !== null && t.chainId !== null && masterKey({ enterpriseId: t.enterpriseId, chainId: t.chainId }) === key,
    );
  const initialKey = initial ? masterKey(initial) : undefined;
  const current = find(initialKey);
  const onFinish = (v: Values, f: FormInstance<Values>) => {
    const m = masters.find((x) => masterKey(x) === v.master);
    if (!m) return;
    save.mutate(
      {
        year,
        organisationId: m.cityId,
        chainId: m.chainId,
        enterpriseId: m.enterpriseId,
        landedTarget: v.landedTarget as number,
        note: v.note || null,
      },
      {
        onSuccess: () => {
          toastSuccess('链主企业招商目标已保存');
          onClose();
        },
        onError: (err) => showFormError(f, err),
      },
    );
  };
  return (
    <TargetModalFrame
      title={`设定${year}年链主企业招商目标`}
      formId="master-target-form"
      open={open}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form
        key={targets.isSuccess ? 'loaded' : 'loading'}
        id="master-target-form"
        form={form}
        layout="vertical"
        initialValues={{ master: initialKey, landedTarget: current?.landedTarget, note: current?.note ?? undefined }}
        onFinish={(v) => onFinish(v, form)}
        onValuesChange={(changed: Values) => {
          if ('master' in changed) {
            const t = find(changed.master);
            form.setFieldsValue({ landedTarget: t?.landedTarget, note: t?.note ?? undefined });
          }
        }}
      >
        <Form.Item label="链主企业" name="master" required rules={[{ required: true, message: '请选择链主企业' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={choices.map((m) => ({ value: masterKey(m), label: `${m.name}（${m.chainName}，${m.cityName}）` }))}
            placeholder="请选择"
            notFoundContent="没有可设定目标的链主企业"
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">目标由链主企业与所在市共同确定，计入企业所在市。</Typography.Paragraph>
        <TargetFields year={year} />
      </Form>
    </TargetModalFrame>
  );
}
