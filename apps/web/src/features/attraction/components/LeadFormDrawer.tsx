import { LeadInput } from '@chainboard/contracts';
import { Form, type FormInstance, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { SegmentSelect } from '../../chainmap/components/SegmentSelect';
import { useChainOptions } from '../../chains/hooks';
import { wanInputProps, wanToYuan } from '../../enterprises/money';
import { useOrganisationOptions } from '../../organisations/hooks';
import { useChainMasters, useCreateLead } from '../hooks';
import { CHAIN_STAGE_OPTIONS, LEAD_SOURCE_OPTIONS } from '../labels';

const FORM_ID = 'lead-form';
const field = LeadInput.shape;

type Values = {
  targetName?: string;
  targetCreditCode?: string;
  inProvince?: boolean;
  chainId?: number;
  stage?: z.infer<typeof LeadInput>['stage'];
  segmentId?: number | null;
  source?: z.infer<typeof LeadInput>['source'];
  chainMasterId?: number;
  cityId?: number;
  zoneId?: number;
  responsiblePerson?: string;
  expectedInvestment?: number;
  fillsGap?: boolean;
  notes?: string;
};

function LeadForm({ onSubmit }: { onSubmit: (v: Values, form: FormInstance<Values>) => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const chains = useChainOptions();
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const chainId = Form.useWatch('chainId', form);
  const cityId = Form.useWatch('cityId', form);
  const source = Form.useWatch('source', form);
  const masters = useChainMasters(chainId, dayjs().format('YYYY-MM-DD'));

  // a city registers in its own place, a zone in itself (and its city)
  const ownZone = me.organisationType === 'zone' ? zones.data?.find((z) => z.id === me.organisationId) : undefined;
  const fixedCity = me.organisationType === 'city' ? me.organisationId : ownZone?.parentId;
  const zoneOptions = (zones.data ?? [])
    .filter((z) => !z.retired && (cityId === undefined || z.parentId === cityId))
    .filter((z) => me.organisationType !== 'zone' || z.id === me.organisationId)
    .map((z) => ({ value: z.id, label: z.name }));

  useEffect(() => {
    if (fixedCity !== undefined && fixedCity !== null) form.setFieldValue('cityId', fixedCity);
  }, [fixedCity, form]);

  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{
        inProvince: false,
        fillsGap: false,
        zoneId: me.organisationType === 'zone' ? me.organisationId : undefined,
      }}
      onFinish={(v) => onSubmit(v, form)}
      onValuesChange={(changed: Values) => {
        if ('cityId' in changed && me.organisationType !== 'zone') form.setFieldValue('zoneId', undefined);
        if ('chainId' in changed) form.setFieldValue('chainMasterId', undefined);
        if ('chainId' in changed) form.setFieldValue('segmentId', undefined);
      }}
    >
      <Form.Item label="目标企业" name="targetName" required rules={[zodRule(field.targetName)]}>
        <Input maxLength={100} placeholder="拟引进企业的名称" />
      </Form.Item>
      <Form.Item label="统一社会信用代码" name="targetCreditCode" rules={[zodRule(field.targetCreditCode)]} extra="可选，已知时填写">
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item label="省内企业" name="inProvince" valuePropName="checked">
        <Switch checkedChildren="省内" unCheckedChildren="省外" />
      </Form.Item>
      <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.isLoading}
          options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="请选择"
        />
      </Form.Item>
      <Form.Item label="链上环节" name="stage" rules={[zodRule(field.stage)]}>
        <Select allowClear options={CHAIN_STAGE_OPTIONS} placeholder="上游 / 中游 / 下游" />
      </Form.Item>
      <Form.Item label="所在环节" name="segmentId">
        <SegmentSelect chainId={chainId} />
      </Form.Item>
      <Form.Item label="线索来源" name="source" required rules={[zodRule(field.source, '请选择线索来源')]}>
        <Select options={LEAD_SOURCE_OPTIONS} placeholder="请选择" />
      </Form.Item>
      {(source === 'chainMasterBrings' || source === 'targetMaster') && (
        <Form.Item label="链主企业" name="chainMasterId" rules={[zodRule(field.chainMasterId)]} extra="以商招商时带来线索的本链链主企业">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={chainId === undefined}
            loading={masters.isLoading}
            options={(masters.data ?? []).map((m) => ({ value: m.enterpriseId, label: m.name }))}
            placeholder={chainId === undefined ? '先选择产业链' : '请选择'}
            notFoundContent="该链暂无链主企业"
          />
        </Form.Item>
      )}
      <Form.Item label="所在市" name="cityId" required rules={[zodRule(field.cityId, '请选择所在市')]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          disabled={fixedCity !== undefined && fixedCity !== null}
          loading={cities.isLoading}
          options={(cities.data ?? []).filter((c) => !c.retired).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="请选择"
        />
      </Form.Item>
      <Form.Item label="开发区/园区" name="zoneId" rules={[zodRule(field.zoneId)]}>
        <Select
          allowClear={me.organisationType !== 'zone'}
          disabled={me.organisationType === 'zone'}
          showSearch={{ optionFilterProp: 'label' }}
          loading={zones.isLoading}
          options={zoneOptions}
          placeholder="可选"
        />
      </Form.Item>
      <Form.Item label="责任人" name="responsiblePerson" required rules={[zodRule(field.responsiblePerson)]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        label="预计投资（万元）"
        name="expectedInvestment"
        required
        rules={[{ required: true, message: '请填写预计投资' }]}
        extra="1 亿元（10,000 万元）及以上的线索落地后自动列入重点项目储备类"
      >
        <InputNumber {...wanInputProps} />
      </Form.Item>
      <Form.Item label="补链项目" name="fillsGap" valuePropName="checked" extra="为补齐产业链薄弱环节引进">
        <Switch />
      </Form.Item>
      <Form.Item label="备注" name="notes" rules={[zodRule(field.notes)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 登记线索: a new lead enters the pipeline at 线索. */
export function LeadFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreateLead();
  const navigate = useNavigate();
  const onSubmit = (v: Values, form: FormInstance<Values>) =>
    create.mutate(
      {
        targetName: v.targetName ?? '',
        targetCreditCode: v.targetCreditCode || null,
        inProvince: v.inProvince ?? false,
        chainId: v.chainId as number,
        stage: v.stage ?? null,
        segmentId: v.segmentId ?? null,
        source: v.source as NonNullable<Values['source']>,
        chainMasterId: v.chainMasterId ?? null,
        cityId: v.cityId as number,
        zoneId: v.zoneId ?? null,
        responsiblePerson: v.responsiblePerson ?? '',
        expectedInvestment: wanToYuan(v.expectedInvestment),
        fillsGap: v.fillsGap ?? false,
        notes: v.notes || null,
      },
      {
        onSuccess: (lead) => {
          toastSuccess('已登记线索');
          onClose();
          void navigate(`/attraction/leads/${lead.id}`);
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title="登记线索" open={open} onClose={onClose} formId={FORM_ID} saving={create.isPending}>
      <LeadForm onSubmit={onSubmit} />
    </FormDrawer>
  );
}
