import { ORG_TYPE_LABELS, type Organisation, ProblemInput } from '@chainboard/contracts';
import { Alert, DatePicker, Form, type FormInstance, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useOrganisationOptions } from '../../organisations/hooks';
import { useChainChoices, useRaiseProblem } from '../hooks';
import { PROBLEM_CATEGORY_OPTIONS } from '../labels';
import { EnterprisePicker, ProjectPicker } from './RecordSelect';

const FORM_ID = 'problem-form';
const field = ProblemInput.shape;

type Values = {
  chainId?: number;
  category?: string;
  title?: string;
  description?: string;
  responsibleOrgId?: number;
  responsiblePerson?: string;
  deadline?: Dayjs | null;
  projectId?: number | null;
  enterpriseId?: number | null;
};

/** Who can be made responsible: government bodies, cities and zones (never an enterprise), by type. */
const RESPONSIBLE_TYPES = ['leadUnit', 'memberUnit', 'city', 'zone', 'office'] as const;

function responsibleOptions(orgs: Organisation[]) {
  return RESPONSIBLE_TYPES.map((type) => ({
    label: ORG_TYPE_LABELS[type],
    options: orgs
      .filter((o) => o.type === type && !o.retired)
      .map((o) => ({ value: o.id, label: o.parentName ? `${o.name}（${o.parentName}）` : o.name })),
  })).filter((group) => group.options.length > 0);
}

function ProblemForm({ onSubmit }: { onSubmit: (v: Values, form: FormInstance<Values>) => void }) {
  const [form] = Form.useForm<Values>();
  const me = useMe();
  const chains = useChainChoices();
  const orgs = useOrganisationOptions();
  const chainId = Form.useWatch('chainId', form);
  const isEnterprise = me.organisationType === 'enterprise';
  const own = chains.ownEnterprises.map((e) => ({ id: e.id, name: e.name }));
  const noChains = !chains.loading && chains.options.length === 0;
  const ownId = own[0]?.id;

  // an enterprise raises for itself: its own record is the default link, once loaded
  useEffect(() => {
    if (ownId !== undefined && form.getFieldValue('enterpriseId') === undefined) form.setFieldValue('enterpriseId', ownId);
  }, [ownId, form]);

  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ deadline: dayjs().add(15, 'day') }}
      onFinish={(v) => onSubmit(v, form)}
    >
      {noChains && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="没有可选的产业链"
          description={
            isEnterprise
              ? '本单位账号尚未关联企业档案，无法确定所在产业链。请联系所在市或省链长办关联后再反映。'
              : '您的单位当前没有可查看的产业链，请联系省链长办。'
          }
        />
      )}
      <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={chains.loading} options={chains.options} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="问题类别" name="category" required rules={[zodRule(field.category, '请选择问题类别')]}>
        <Select options={PROBLEM_CATEGORY_OPTIONS} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="问题标题" name="title" required rules={[zodRule(field.title)]}>
        <Input maxLength={100} showCount placeholder="一句话说明问题，如：项目用地指标不足" />
      </Form.Item>
      <Form.Item label="问题描述" name="description" required rules={[zodRule(field.description)]}>
        <Input.TextArea rows={5} maxLength={4000} showCount placeholder="问题的来龙去脉、已做的努力和希望的解决方式" />
      </Form.Item>
      <Form.Item label="责任单位" name="responsibleOrgId" required rules={[zodRule(field.responsibleOrgId, '请选择责任单位')]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={orgs.isLoading}
          options={responsibleOptions(orgs.data ?? [])}
          placeholder="负责受理和答复的单位"
        />
      </Form.Item>
      <Form.Item label="责任人" name="responsiblePerson" rules={[zodRule(field.responsiblePerson)]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        label="办理期限"
        name="deadline"
        required
        rules={[{ required: true, message: '请选择办理期限' }]}
        extra="逾期未办结的问题会标红，超过期限一定天数后自动提级至链长协调"
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item label="关联重点项目" name="projectId" extra="可选">
        <ProjectPicker placeholder="输入项目名称查找" chainId={chainId} enabled={!isEnterprise} />
      </Form.Item>
      <Form.Item label="关联企业" name="enterpriseId" extra="可选">
        <EnterprisePicker placeholder="输入企业名称或信用代码查找" chainId={chainId} enabled={!isEnterprise} preset={own} />
      </Form.Item>
    </Form>
  );
}

/** 反映问题: the chain, what and to whom; it starts as 待受理 at the responsible organisation. */
export function ProblemFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const raise = useRaiseProblem();
  const navigate = useNavigate();

  const onSubmit = (v: Values, form: FormInstance<Values>) =>
    raise.mutate(
      {
        chainId: v.chainId as number,
        category: v.category as z.infer<typeof ProblemInput>['category'],
        title: v.title ?? '',
        description: v.description ?? '',
        responsibleOrgId: v.responsibleOrgId as number,
        responsiblePerson: v.responsiblePerson || null,
        deadline: (v.deadline as Dayjs).format('YYYY-MM-DD'),
        projectId: v.projectId ?? null,
        enterpriseId: v.enterpriseId ?? null,
      },
      {
        onSuccess: (problem) => {
          toastSuccess('已反映，等待责任单位受理');
          onClose();
          void navigate(`/problems/${problem.id}`);
        },
        onError: (err) => showFormError(form, err),
      },
    );

  return (
    <FormDrawer title="反映问题" open={open} onClose={onClose} formId={FORM_ID} saving={raise.isPending}>
      <ProblemForm onSubmit={onSubmit} />
    </FormDrawer>
  );
}
