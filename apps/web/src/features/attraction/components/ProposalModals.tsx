import { HostZoneProposalInput, OpinionInput, ProposalDecisionInput } from '@chainboard/contracts';
import { Alert, Form, type FormInstance, Input, Modal, Radio, Select } from 'antd';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useIsMobile } from '../../../lib/useIsMobile';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { HostZoneProposal } from '../api';
import { useDecideProposal, useGiveOpinion, usePropose } from '../hooks';
import { OPINION_DEPARTMENTS } from '../labels';
import { canGiveOpinion, canPropose } from '../permissions';

// ---- 推荐 ----

const PROPOSE_FORM = 'proposal-form';
type ProposeValues = { chainId?: number; zoneId?: number; reason?: string };

function ProposeForm({ onSubmit }: { onSubmit: (v: ProposeValues, form: FormInstance<ProposeValues>) => void }) {
  const me = useMe();
  const [form] = Form.useForm<ProposeValues>();
  const chains = useChainOptions();
  const zones = useOrganisationOptions('zone');
  const field = HostZoneProposalInput.shape;
  return (
    <Form id={PROPOSE_FORM} form={form} layout="vertical" onFinish={(v) => onSubmit(v, form)}>
      <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]} extra="本单位牵头的产业链">
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.isLoading}
          options={(chains.data ?? []).filter((c) => canPropose(me, c.leadUnitId)).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="请选择"
        />
      </Form.Item>
      <Form.Item label="开发区/园区" name="zoneId" required rules={[zodRule(field.zoneId, '请选择开发区或园区')]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={zones.isLoading}
          options={(zones.data ?? [])
            .filter((z) => !z.retired)
            .map((z) => ({ value: z.id, label: z.parentName ? `${z.name}（${z.parentName}）` : z.name }))}
          placeholder="请选择"
        />
      </Form.Item>
      <Form.Item label="推荐理由" name="reason" required rules={[zodRule(field.reason)]}>
        <Input.TextArea rows={5} maxLength={2000} showCount placeholder="产业基础、配套条件、链主企业布局等" />
      </Form.Item>
    </Form>
  );
}

/** 推荐: the chain's lead unit proposes a host zone; the city, 省商务厅 and 省投促局 then give opinions. */
export function ProposeDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const propose = usePropose();
  const onSubmit = (v: ProposeValues, form: FormInstance<ProposeValues>) =>
    propose.mutate(
      { chainId: v.chainId as number, zoneId: v.zoneId as number, reason: v.reason ?? '' },
      {
        onSuccess: () => {
          toastSuccess('已推荐，等待征求意见');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title="推荐承载示范开发区" open={open} onClose={onClose} formId={PROPOSE_FORM} saving={propose.isPending}>
      <ProposeForm onSubmit={onSubmit} />
    </FormDrawer>
  );
}

// ---- 记录意见 ----

const OPINION_FORM = 'opinion-form';
type OpinionValues = { organisationId?: number; verdict?: 'agree' | 'disagree'; note?: string };

/** The organisations whose opinion a proposal waits for (the zone's city, 省商务厅, 省投促局) that this user may record. */
export function useOpinionChoices(proposal: HostZoneProposal | null) {
  const me = useMe();
  const orgs = useOrganisationOptions();
  if (!proposal) return [];
  const names = [proposal.cityName, ...OPINION_DEPARTMENTS];
  return (orgs.data ?? [])
    .filter((o) => names.includes(o.name) && canGiveOpinion(me, o.id))
    .map((o) => ({ value: o.id, label: proposal.missingOpinions.includes(o.name) ? o.name : `${o.name}（已有意见，可修改）` }));
}

function OpinionForm({
  proposal,
  onSubmit,
}: {
  proposal: HostZoneProposal;
  onSubmit: (v: OpinionValues, form: FormInstance<OpinionValues>) => void;
}) {
  const [form] = Form.useForm<OpinionValues>();
  const choices = useOpinionChoices(proposal);
  const field = OpinionInput.shape;
  return (
    <Form
      id={OPINION_FORM}
      form={form}
      layout="vertical"
      initialValues={{ organisationId: choices.length === 1 ? choices[0]?.value : undefined, verdict: 'agree' }}
      onFinish={(v) => onSubmit(v, form)}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`${proposal.chainName} · ${proposal.zoneName}（${proposal.cityName}）`}
        description={proposal.reason}
      />
      <Form.Item label="提出意见的单位" name="organisationId" required rules={[zodRule(field.organisationId, '请选择单位')]}>
        <Select options={choices} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="意见" name="verdict" required rules={[zodRule(field.verdict, '请选择意见')]}>
        <Radio.Group
          options={[
            { value: 'agree', label: '同意' },
            { value: 'disagree', label: '不同意' },
          ]}
        />
      </Form.Item>
      <Form.Item label="说明" name="note" rules={[zodRule(field.note)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

export function OpinionModal({ proposal, onClose }: { proposal: HostZoneProposal | null; onClose: () => void }) {
  const isMobile = useIsMobile();
  const give = useGiveOpinion();
  const onSubmit = (v: OpinionValues, form: FormInstance<OpinionValues>) => {
    if (!proposal) return;
    give.mutate(
      {
        id: proposal.id,
        input: { organisationId: v.organisationId as number, verdict: v.verdict as 'agree' | 'disagree', note: v.note || null },
      },
      {
        onSuccess: () => {
          toastSuccess('已记录意见');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  };
  return (
    <Modal
      title="记录意见"
      open={proposal !== null}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: OPINION_FORM }}
      confirmLoading={give.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 520}
    >
      {proposal && <OpinionForm proposal={proposal} onSubmit={onSubmit} />}
    </Modal>
  );
}

// ---- 研究确定 ----

const DECISION_FORM = 'proposal-decision-form';
type DecisionValues = { state?: 'accepted' | 'rejected'; note?: string };

function DecisionForm({
  proposal,
  onSubmit,
}: {
  proposal: HostZoneProposal;
  onSubmit: (v: DecisionValues, form: FormInstance<DecisionValues>) => void;
}) {
  const [form] = Form.useForm<DecisionValues>();
  const field = ProposalDecisionInput.shape;
  const disagree = proposal.opinions.filter((o) => o.verdict === 'disagree');
  return (
    <Form
      id={DECISION_FORM}
      form={form}
      layout="vertical"
      initialValues={{ state: disagree.length ? undefined : 'accepted' }}
      onFinish={(v) => onSubmit(v, form)}
    >
      <Alert
        type={disagree.length ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={`${proposal.chainName} · ${proposal.zoneName}（${proposal.cityName}）`}
        description={proposal.opinions
          .map((o) => `${o.organisationName}：${o.verdict === 'agree' ? '同意' : '不同意'}${o.note ? `（${o.note}）` : ''}`)
          .join('；')}
      />
      <Form.Item label="研究结论" name="state" required rules={[zodRule(field.state, '请选择研究结论')]}>
        <Radio.Group
          options={[
            { value: 'accepted', label: '确定为承载示范开发区' },
            { value: 'rejected', label: '不予采纳' },
          ]}
        />
      </Form.Item>
      <Form.Item label="研究意见" name="note" rules={[zodRule(field.note)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

export function ProposalDecisionModal({ proposal, onClose }: { proposal: HostZoneProposal | null; onClose: () => void }) {
  const isMobile = useIsMobile();
  const decide = useDecideProposal();
  const onSubmit = (v: DecisionValues, form: FormInstance<DecisionValues>) => {
    if (!proposal) return;
    decide.mutate(
      { id: proposal.id, input: { state: v.state as 'accepted' | 'rejected', note: v.note || null } },
      {
        onSuccess: (saved) => {
          toastSuccess(saved.state === 'accepted' ? '已确定，可在公布时向社会公开' : '已研究，不予采纳');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  };
  return (
    <Modal
      title="研究确定"
      open={proposal !== null}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: DECISION_FORM }}
      confirmLoading={decide.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 520}
    >
      {proposal && <DecisionForm proposal={proposal} onSubmit={onSubmit} />}
    </Modal>
  );
}
