import { CooperationInput, type Investment, InvestmentInput, InvestmentLeadInput } from '@chainboard/contracts';
import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useChainMasters } from '../../attraction/hooks';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { wanInputProps, wanToYuan, yuanToWanInput } from '../../enterprises/money';
import { useOrganisationOptions } from '../../organisations/hooks';
import { EnterpriseSelect, ProjectSelect } from '../../projects/components/SearchSelect';
import { useAddCooperation, useAddInvestment, useCreateInvestmentLead, useUpdateInvestment } from '../hooks';
import { INVESTMENT_STAGE_OPTIONS } from '../labels';

const today = () => dayjs();

type CoopValues = { chainId?: number; enterpriseId?: number; cooperatedOn?: Dayjs; form?: string; amount?: number; notes?: string };

/** 记录资本合作: with a chain master of the chain. */
export function CooperationDrawer({ fundId, open, onClose }: { fundId: number; open: boolean; onClose: () => void }) {
  const add = useAddCooperation(fundId);
  const [form] = Form.useForm<CoopValues>();
  const chains = useChainOptions();
  const chainId = Form.useWatch('chainId', form);
  const masters = useChainMasters(chainId, dayjs().format('YYYY-MM-DD'));
  const field = CooperationInput.shape;
  const submit = (v: CoopValues) =>
    add.mutate(
      {
        chainId: v.chainId as number,
        enterpriseId: v.enterpriseId as number,
        cooperatedOn: (v.cooperatedOn ?? today()).format('YYYY-MM-DD'),
        form: v.form ?? '',
        amount: wanToYuan(v.amount),
        notes: v.notes || null,
      },
      {
        onSuccess: () => {
          toastSuccess('已记录资本合作');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title="记录资本合作" open={open} onClose={onClose} formId="cooperation-form" saving={add.isPending}>
      <Form
        id="cooperation-form"
        form={form}
        layout="vertical"
        initialValues={{ cooperatedOn: today() }}
        onFinish={submit}
        onValuesChange={(changed: CoopValues) => {
          if ('chainId' in changed) form.setFieldValue('enterpriseId', undefined);
        }}
      >
        <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.isLoading}
            options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            placeholder="请选择"
          />
        </Form.Item>
        <Form.Item label="链主企业" name="enterpriseId" required rules={[zodRule(field.enterpriseId, '请选择链主企业')]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            disabled={chainId === undefined}
            loading={masters.isLoading}
            options={(masters.data ?? []).map((m) => ({ value: m.enterpriseId, label: m.name }))}
            placeholder={chainId === undefined ? '先选择产业链' : '请选择'}
            notFoundContent="该链暂无链主企业"
          />
        </Form.Item>
        <Form.Item label="合作日期" name="cooperatedOn" required rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="合作形式" name="form" required rules={[zodRule(field.form)]}>
          <Input maxLength={200} placeholder="如：共同设立子基金、股权投资、可转债" />
        </Form.Item>
        <Form.Item label="金额（万元）" name="amount" required rules={[{ required: true, message: '请填写金额' }]}>
          <InputNumber {...wanInputProps} />
        </Form.Item>
        <Form.Item label="备注" name="notes" rules={[zodRule(field.notes)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

type InvValues = {
  target?: 'enterprise' | 'project';
  enterpriseId?: number;
  projectId?: number;
  chainId?: number;
  amount?: number;
  investedOn?: Dayjs;
  stage?: Investment['stage'];
  notes?: string;
};

/** 登记基金投资: into a chain enterprise of the register or a key project. */
export function InvestmentDrawer({ fundId, open, onClose }: { fundId: number; open: boolean; onClose: () => void }) {
  const add = useAddInvestment(fundId);
  const [form] = Form.useForm<InvValues>();
  const chains = useChainOptions();
  const target = Form.useWatch('target', form) ?? 'enterprise';
  const field = InvestmentInput.shape;
  const submit = (v: InvValues) =>
    add.mutate(
      {
        enterpriseId: v.target === 'project' ? null : (v.enterpriseId ?? null),
        projectId: v.target === 'project' ? (v.projectId ?? null) : null,
        chainId: v.target === 'project' ? null : (v.chainId ?? null),
        amount: wanToYuan(v.amount),
        investedOn: (v.investedOn ?? today()).format('YYYY-MM-DD'),
        stage: v.stage as Investment['stage'],
        notes: v.notes || null,
      },
      {
        onSuccess: () => {
          toastSuccess('已登记投资');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title="登记基金投资" open={open} onClose={onClose} formId="investment-form" saving={add.isPending}>
      <Form
        id="investment-form"
        form={form}
        layout="vertical"
        initialValues={{ target: 'enterprise', investedOn: today(), stage: 'intent' }}
        onFinish={submit}
      >
        <Form.Item label="投向" name="target">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'enterprise', label: '链上企业' },
              { value: 'project', label: '重点项目' },
            ]}
          />
        </Form.Item>
        {target === 'enterprise' ? (
          <>
            <Form.Item label="产业链" name="chainId" required rules={[{ required: true, message: '请选择产业链' }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={chains.isLoading}
                options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                placeholder="请选择"
              />
            </Form.Item>
            <Form.Item
              label="被投企业"
              name="enterpriseId"
              required
              rules={[{ required: true, message: '请选择企业' }]}
              extra="须为该产业链上的企业"
            >
              <EnterpriseSelect<number> placeholder="输入企业名称或统一社会信用代码查找" />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            label="重点项目"
            name="projectId"
            required
            rules={[{ required: true, message: '请选择重点项目' }]}
            extra="产业链取项目所在产业链"
          >
            <ProjectSelect<number> placeholder="输入项目名称查找" />
          </Form.Item>
        )}
        <Form.Item label="金额（万元）" name="amount" required rules={[{ required: true, message: '请填写金额' }]}>
          <InputNumber {...wanInputProps} />
        </Form.Item>
        <Form.Item label="日期" name="investedOn" required rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="阶段" name="stage" required rules={[zodRule(field.stage, '请选择阶段')]}>
          <Select options={INVESTMENT_STAGE_OPTIONS} />
        </Form.Item>
        <Form.Item label="备注" name="notes" rules={[zodRule(field.notes)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

type StageValues = { stage?: Investment['stage']; amount?: number; investedOn?: Dayjs };

/** 更新投资: the stage, amount or date as the deal moves; each change enters the history. */
export function InvestmentUpdateModal({ investment, onClose }: { investment: Investment | null; onClose: () => void }) {
  const update = useUpdateInvestment();
  const [form] = Form.useForm<StageValues>();
  useEffect(() => {
    if (investment)
      form.setFieldsValue({ stage: investment.stage, amount: yuanToWanInput(investment.amount), investedOn: dayjs(investment.investedOn) });
  }, [investment, form]);
  return (
    <Modal
      title="更新投资"
      open={investment !== null}
      onCancel={onClose}
      destroyOnHidden
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: 'investment-update-form', loading: update.isPending }}
    >
      <Form
        id="investment-update-form"
        form={form}
        layout="vertical"
        onFinish={(v) =>
          investment &&
          update.mutate(
            {
              id: investment.id,
              input: { stage: v.stage, amount: wanToYuan(v.amount), investedOn: v.investedOn?.format('YYYY-MM-DD') },
            },
            {
              onSuccess: () => {
                toastSuccess('已更新投资');
                onClose();
              },
              onError: (err) => showFormError(form, err),
            },
          )
        }
      >
        <Form.Item label="阶段" name="stage" required>
          <Select options={INVESTMENT_STAGE_OPTIONS} />
        </Form.Item>
        <Form.Item label="金额（万元）" name="amount" required rules={[{ required: true, message: '请填写金额' }]}>
          <InputNumber {...wanInputProps} />
        </Form.Item>
        <Form.Item label="日期" name="investedOn" required rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type LeadValues = { cityId?: number; zoneId?: number; responsiblePerson?: string; notes?: string };

/** 生成招商线索: the investment enters the attraction pipeline (基金招商) in the city or zone that hosts it. */
export function InvestmentLeadModal({ investment, onClose }: { investment: Investment | null; onClose: () => void }) {
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateInvestmentLead();
  const [form] = Form.useForm<LeadValues>();
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const [cityId, setCityId] = useState<number | undefined>();
  const ownZone = me.organisationType === 'zone' ? zones.data?.find((z) => z.id === me.organisationId) : undefined;
  const fixedCity = me.organisationType === 'city' ? me.organisationId : (ownZone?.parentId ?? undefined);
  useEffect(() => {
    if (fixedCity !== undefined) {
      form.setFieldValue('cityId', fixedCity);
      setCityId(fixedCity);
    }
    if (me.organisationType === 'zone') form.setFieldValue('zoneId', me.organisationId);
  }, [fixedCity, form, me]);
  const field = InvestmentLeadInput.shape;
  return (
    <Modal
      title="生成招商线索"
      open={investment !== null}
      onCancel={onClose}
      destroyOnHidden
      okText="生成"
      okButtonProps={{ htmlType: 'submit', form: 'investment-lead-form', loading: create.isPending }}
    >
      <Form
        id="investment-lead-form"
        form={form}
        layout="vertical"
        onValuesChange={(changed: LeadValues) => {
          if ('cityId' in changed) {
            setCityId(changed.cityId);
            if (me.organisationType !== 'zone') form.setFieldValue('zoneId', undefined);
          }
        }}
        onFinish={(v) =>
          investment &&
          create.mutate(
            {
              id: investment.id,
              input: {
                cityId: v.cityId as number,
                zoneId: v.zoneId ?? null,
                responsiblePerson: v.responsiblePerson ?? '',
                notes: v.notes || null,
              },
            },
            {
              onSuccess: (inv) => {
                toastSuccess('已生成招商线索');
                onClose();
                if (inv.leadId) void navigate(`/attraction/leads/${inv.leadId}`);
              },
              onError: (err) => showFormError(form, err),
            },
          )
        }
      >
        <Form.Item label="所在市" name="cityId" required rules={[zodRule(field.cityId, '请选择所在市')]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            disabled={fixedCity !== undefined}
            loading={cities.isLoading}
            options={(cities.data ?? []).filter((c) => !c.retired).map((c) => ({ value: c.id, label: c.name }))}
            placeholder="请选择"
          />
        </Form.Item>
        <Form.Item label="开发区/园区" name="zoneId">
          <Select
            allowClear={me.organisationType !== 'zone'}
            disabled={me.organisationType === 'zone'}
            showSearch={{ optionFilterProp: 'label' }}
            options={(zones.data ?? [])
              .filter((z) => !z.retired && (cityId === undefined || z.parentId === cityId))
              .map((z) => ({ value: z.id, label: z.name }))}
            placeholder="可选"
          />
        </Form.Item>
        <Form.Item label="责任人" name="responsiblePerson" required rules={[zodRule(field.responsiblePerson)]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="备注" name="notes" rules={[zodRule(field.notes)]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
