import { ConsultationInput, ExpertReportInput, FOLLOW_UP_STATE_LABELS, PairingInput, PairingServiceInput } from '@chainboard/contracts';
import { DatePicker, Form, type FormInstance, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { EnterprisePicker } from '../../problems/components/RecordSelect';
import type { Pairing } from '../api';
import { useAddService, useChainChoices, useCreateConsultation, useCreatePairing, useCreateReport, useExpertChoices } from '../hooks';
import { canRecord } from '../permissions';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');
const STATE_OPTIONS = Object.entries(FOLLOW_UP_STATE_LABELS).map(([value, label]) => ({ value, label }));

/** The chains the user records on: the office all, a lead unit its own. */
function useRecordChains() {
  const me = useMe();
  const chains = useChainChoices();
  return { loading: chains.loading, options: chains.options.filter((c) => canRecord(me, c.leadUnitId)) };
}

function ChainAndExperts({
  chainField = 'chainId',
  expertsField = 'expertIds',
  multiple = true,
}: {
  chainField?: string;
  expertsField?: string;
  multiple?: boolean;
}) {
  const form = Form.useFormInstance();
  const chainId = Form.useWatch(chainField, form) as number | undefined;
  const chains = useRecordChains();
  const experts = useExpertChoices(chainId);
  return (
    <>
      <Form.Item label="产业链" name={chainField} required rules={[{ required: true, message: '请选择产业链' }]} extra="本单位牵头的产业链">
        <Select showSearch={{ optionFilterProp: 'label' }} loading={chains.loading} options={chains.options} placeholder="请选择" />
      </Form.Item>
      <Form.Item
        label={multiple ? '专家' : '结对专家'}
        name={expertsField}
        required
        rules={[{ required: true, message: multiple ? '请至少选择一位专家' : '请选择专家' }]}
      >
        <Select
          mode={multiple ? 'multiple' : undefined}
          showSearch={{ optionFilterProp: 'label' }}
          disabled={chainId === undefined}
          loading={experts.loading}
          options={experts.options}
          placeholder={chainId === undefined ? '先选择产业链' : '服务本链的专家'}
        />
      </Form.Item>
    </>
  );
}

type ConsultationValues = {
  chainId?: number;
  heldOn?: Dayjs;
  topic?: string;
  expertIds?: number[];
  enterpriseIds?: number[];
  outcome?: string;
};

/** 记录咨询活动. */
export function ConsultationFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreateConsultation();
  const [form] = Form.useForm<ConsultationValues>();
  const chainId = Form.useWatch('chainId', form);
  const submit = (v: ConsultationValues, f: FormInstance<ConsultationValues>) =>
    create.mutate(
      {
        chainId: v.chainId as number,
        heldOn: day(v.heldOn),
        topic: v.topic ?? '',
        expertIds: v.expertIds ?? [],
        enterpriseIds: v.enterpriseIds ?? [],
        outcome: v.outcome || null,
      },
      {
        onSuccess: () => {
          toastSuccess('已记录咨询活动');
          onClose();
        },
        onError: (err) => showFormError(f, err),
      },
    );
  return (
    <FormDrawer title="记录咨询活动" open={open} onClose={onClose} formId="consultation-form" saving={create.isPending}>
      <Form
        id="consultation-form"
        form={form}
        layout="vertical"
        initialValues={{ heldOn: dayjs(), enterpriseIds: [] }}
        onFinish={(v) => submit(v, form)}
      >
        <ChainAndExperts />
        <Form.Item label="日期" name="heldOn" required rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="咨询主题" name="topic" required rules={[zodRule(ConsultationInput.shape.topic)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="参加企业" name="enterpriseIds" extra="从企业名录中选择，可多选">
          <EnterprisePicker mode="multiple" chainId={chainId} enabled={chainId !== undefined} placeholder="输入企业名称查找" />
        </Form.Item>
        <Form.Item label="咨询成果" name="outcome" rules={[zodRule(ConsultationInput.shape.outcome)]}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

type ReportValues = {
  chainId?: number;
  title?: string;
  reportedOn?: Dayjs;
  expertIds?: number[];
  recommendations?: string;
  followUp?: string;
  followUpState?: string;
};

/** 登记专家报告 (the document itself is uploaded on the report afterwards). */
export function ReportFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreateReport();
  const [form] = Form.useForm<ReportValues>();
  const submit = (v: ReportValues) =>
    create.mutate(
      {
        chainId: v.chainId as number,
        title: v.title ?? '',
        reportedOn: day(v.reportedOn),
        expertIds: v.expertIds ?? [],
        recommendations: v.recommendations ?? '',
        followUp: v.followUp || null,
        followUpState: (v.followUpState ?? 'pending') as 'pending',
      },
      {
        onSuccess: () => {
          toastSuccess('已登记专家报告，可在列表中上传报告文件');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title="登记专家报告" open={open} onClose={onClose} formId="report-form" saving={create.isPending}>
      <Form
        id="report-form"
        form={form}
        layout="vertical"
        initialValues={{ reportedOn: dayjs(), followUpState: 'pending' }}
        onFinish={submit}
      >
        <ChainAndExperts />
        <Form.Item label="报告标题" name="title" required rules={[zodRule(ExpertReportInput.shape.title)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="报告日期" name="reportedOn" required rules={[{ required: true, message: '请选择报告日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="建议内容" name="recommendations" required rules={[zodRule(ExpertReportInput.shape.recommendations)]}>
          <Input.TextArea rows={5} maxLength={8000} showCount />
        </Form.Item>
        <Form.Item label="落实状态" name="followUpState">
          <Select options={STATE_OPTIONS} />
        </Form.Item>
        <Form.Item label="落实情况" name="followUp" rules={[zodRule(ExpertReportInput.shape.followUp)]}>
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

type PairingValues = { chainId?: number; expertId?: number; enterpriseId?: number; fromOn?: Dayjs; toOn?: Dayjs | null; notes?: string };

/** 登记柔性结对: an expert with a chain master or backbone enterprise of the chain. */
export function PairingFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreatePairing();
  const [form] = Form.useForm<PairingValues>();
  const chainId = Form.useWatch('chainId', form);
  const submit = (v: PairingValues) =>
    create.mutate(
      {
        chainId: v.chainId as number,
        expertId: v.expertId as number,
        enterpriseId: v.enterpriseId as number,
        fromOn: day(v.fromOn),
        toOn: v.toOn ? day(v.toOn) : null,
        notes: v.notes || null,
      },
      {
        onSuccess: () => {
          toastSuccess('已登记柔性结对');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title="登记柔性结对" open={open} onClose={onClose} formId="pairing-form" saving={create.isPending}>
      <Form id="pairing-form" form={form} layout="vertical" initialValues={{ fromOn: dayjs() }} onFinish={submit}>
        <ChainAndExperts expertsField="expertId" multiple={false} />
        <Form.Item
          label="结对企业"
          name="enterpriseId"
          required
          rules={[{ required: true, message: '请选择链主或骨干企业' }]}
          extra="本链的链主或骨干企业"
        >
          <EnterprisePicker chainId={chainId} enabled={chainId !== undefined} placeholder="输入企业名称查找" />
        </Form.Item>
        <Form.Item label="开始日期" name="fromOn" required rules={[{ required: true, message: '请选择开始日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="结束日期" name="toOn" extra="不填表示长期">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="结对说明" name="notes" rules={[zodRule(PairingInput.shape.notes)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** 记录服务: a dated service entry on a pairing (the expert on their own, or who keeps the pairing). */
export function ServiceModal({ pairing, onClose }: { pairing: Pairing; onClose: () => void }) {
  const add = useAddService();
  const [form] = Form.useForm<{ servedOn?: Dayjs; content?: string }>();
  return (
    <Modal
      title={`记录服务：${pairing.expertName} — ${pairing.enterpriseName}`}
      open
      onCancel={onClose}
      okText="保存"
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ servedOn: dayjs() }}
        onFinish={(v) =>
          add.mutate(
            { id: pairing.id, input: { servedOn: day(v.servedOn), content: v.content ?? '' } },
            {
              onSuccess: () => {
                toastSuccess('已记录服务');
                onClose();
              },
              onError: (err) => showFormError(form, err),
            },
          )
        }
      >
        <Form.Item
          label="服务日期"
          name="servedOn"
          required
          rules={[{ required: true, message: '请选择服务日期' }]}
          extra={`结对期间：${pairing.fromOn} 至 ${pairing.toOn ?? '今'}`}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="服务内容" name="content" required rules={[zodRule(PairingServiceInput.shape.content)]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
