import { GrantInput, type Policy, PolicyInput } from '@chainboard/contracts';
import { DatePicker, Form, type FormInstance, Input, InputNumber, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { wanInputProps, wanToYuan } from '../../enterprises/money';
import { EnterpriseSelect, ProjectSelect } from '../../projects/components/SearchSelect';
import { useAddGrant, useCreatePolicy, useUpdatePolicy } from '../hooks';
import { POLICY_SUPPORT_OPTIONS } from '../labels';

const FORM_ID = 'policy-form';
const field = PolicyInput.shape;

type Values = {
  title?: string;
  issuerName?: string;
  documentNumber?: string;
  issuedOn?: Dayjs;
  chainIds?: number[];
  supports?: Policy['supports'];
  incentiveScheme?: boolean;
  schemeYear?: number;
  summary?: string;
};

function PolicyForm({ policy, onSubmit }: { policy?: Policy; onSubmit: (v: Values, form: FormInstance<Values>) => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const chains = useChainOptions();
  const scheme = Form.useWatch('incentiveScheme', form);
  // a lead unit registers policies for its own chains only
  const chainOptions = (chains.data ?? [])
    .filter((c) => me.organisationType !== 'leadUnit' || c.leadUnitId === me.organisationId)
    .map((c) => ({ value: c.id, label: c.name }));
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={
        policy
          ? {
              title: policy.title,
              issuerName: policy.issuerName,
              documentNumber: policy.documentNumber ?? undefined,
              issuedOn: dayjs(policy.issuedOn),
              chainIds: policy.chains.map((c) => c.id),
              supports: policy.supports,
              incentiveScheme: policy.incentiveScheme,
              schemeYear: policy.schemeYear ?? undefined,
              summary: policy.summary ?? undefined,
            }
          : { chainIds: [], supports: [], incentiveScheme: false, issuedOn: dayjs() }
      }
      onFinish={(v) => onSubmit(v, form)}
    >
      <Form.Item label="政策名称" name="title" required rules={[zodRule(field.title)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="发文单位" name="issuerName" required rules={[{ required: true, message: '请填写发文单位' }]}>
        <Input maxLength={100} placeholder="如：山西省人民政府办公厅" />
      </Form.Item>
      <Form.Item label="文号" name="documentNumber" rules={[zodRule(field.documentNumber)]}>
        <Input maxLength={100} placeholder="可选" />
      </Form.Item>
      <Form.Item label="发布日期" name="issuedOn" required rules={[{ required: true, message: '请选择发布日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="适用产业链"
        name="chainIds"
        rules={[
          zodRule(field.chainIds),
          ...(me.organisationType === 'leadUnit'
            ? [{ required: true, type: 'array' as const, min: 1, message: '请选择本单位牵头的产业链' }]
            : []),
        ]}
        extra={me.organisationType === 'leadUnit' ? '牵头单位只能为本单位牵头的产业链登记政策' : '不选表示适用全部产业链'}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.isLoading}
          options={chainOptions}
          placeholder="可多选"
        />
      </Form.Item>
      <Form.Item label="支持方向" name="supports" required rules={[zodRule(field.supports, '请至少选择一项支持方向')]}>
        <Select mode="multiple" options={POLICY_SUPPORT_OPTIONS} placeholder="可多选" />
      </Form.Item>
      <Form.Item label="年度激励办法" name="incentiveScheme" valuePropName="checked" extra="每年一季度修订的链长制激励办法">
        <Switch />
      </Form.Item>
      {scheme && (
        <Form.Item label="适用年度" name="schemeYear" required rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} suffix="年" />
        </Form.Item>
      )}
      <Form.Item label="主要内容" name="summary" rules={[zodRule(field.summary)]}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </Form>
  );
}

const toInput = (v: Values) => ({
  title: v.title ?? '',
  issuerName: v.issuerName || null,
  documentNumber: v.documentNumber || null,
  issuedOn: (v.issuedOn ?? dayjs()).format('YYYY-MM-DD'),
  chainIds: v.chainIds ?? [],
  supports: v.supports ?? [],
  incentiveScheme: v.incentiveScheme ?? false,
  schemeYear: v.incentiveScheme ? (v.schemeYear ?? null) : null,
  summary: v.summary || null,
});

/** 登记政策. */
export function PolicyFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreatePolicy();
  const navigate = useNavigate();
  const onSubmit = (v: Values, form: FormInstance<Values>) =>
    create.mutate(toInput(v), {
      onSuccess: (p) => {
        toastSuccess('已登记政策');
        onClose();
        void navigate(`/policies/${p.id}`);
      },
      onError: (err) => showFormError(form, err),
    });
  return (
    <FormDrawer title="登记政策" open={open} onClose={onClose} formId={FORM_ID} saving={create.isPending}>
      <PolicyForm onSubmit={onSubmit} />
    </FormDrawer>
  );
}

/** 修改政策. */
export function PolicyEditDrawer({ policy, open, onClose }: { policy: Policy; open: boolean; onClose: () => void }) {
  const update = useUpdatePolicy(policy.id);
  const onSubmit = (v: Values, form: FormInstance<Values>) => {
    const { issuerName, ...rest } = toInput(v);
    update.mutate(
      { ...rest, ...(issuerName !== policy.issuerName ? { issuerOrgId: null, issuerName } : {}) },
      {
        onSuccess: () => {
          toastSuccess('已保存');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  };
  return (
    <FormDrawer title="修改政策" open={open} onClose={onClose} formId={FORM_ID} saving={update.isPending}>
      <PolicyForm policy={policy} onSubmit={onSubmit} />
    </FormDrawer>
  );
}

type GrantValues = {
  target?: 'enterprise' | 'project';
  enterpriseId?: number;
  projectId?: number;
  amount?: number;
  grantedOn?: Dayjs;
  note?: string;
};

/** 登记政策支持: to an enterprise of the register or a key project. */
export function GrantDrawer({ policyId, open, onClose }: { policyId: number; open: boolean; onClose: () => void }) {
  const add = useAddGrant(policyId);
  const [form] = Form.useForm<GrantValues>();
  const target = Form.useWatch('target', form) ?? 'enterprise';
  const submit = (v: GrantValues) =>
    add.mutate(
      {
        enterpriseId: v.target === 'project' ? null : (v.enterpriseId ?? null),
        projectId: v.target === 'project' ? (v.projectId ?? null) : null,
        amount: wanToYuan(v.amount),
        grantedOn: (v.grantedOn ?? dayjs()).format('YYYY-MM-DD'),
        note: v.note || null,
      },
      {
        onSuccess: () => {
          toastSuccess('已登记政策支持');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title="登记政策支持" open={open} onClose={onClose} formId="grant-form" saving={add.isPending}>
      <Form id="grant-form" form={form} layout="vertical" initialValues={{ target: 'enterprise', grantedOn: dayjs() }} onFinish={submit}>
        <Form.Item label="支持对象" name="target">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'enterprise', label: '企业' },
              { value: 'project', label: '重点项目' },
            ]}
          />
        </Form.Item>
        {target === 'enterprise' ? (
          <Form.Item label="企业" name="enterpriseId" required rules={[{ required: true, message: '请选择企业' }]}>
            <EnterpriseSelect<number> placeholder="输入企业名称或统一社会信用代码查找" />
          </Form.Item>
        ) : (
          <Form.Item label="重点项目" name="projectId" required rules={[{ required: true, message: '请选择重点项目' }]}>
            <ProjectSelect<number> placeholder="输入项目名称查找" />
          </Form.Item>
        )}
        <Form.Item label="支持金额（万元）" name="amount" required rules={[{ required: true, message: '请填写金额' }]}>
          <InputNumber {...wanInputProps} />
        </Form.Item>
        <Form.Item label="支持日期" name="grantedOn" required rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="说明" name="note" rules={[zodRule(GrantInput.shape.note)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
