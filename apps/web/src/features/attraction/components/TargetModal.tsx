import { AttractionTargetInput, CITY_TARGET_FLOOR, type Organisation, ZONE_TARGET_FLOOR } from '@chainboard/contracts';
import { Form, type FormInstance, Input, InputNumber, Modal, Select } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useIsMobile } from '../../../lib/useIsMobile';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useSetTarget, useTargets } from '../hooks';
import { canSetTarget } from '../permissions';

const FORM_ID = 'target-form';
const field = AttractionTargetInput.shape;

type Values = { organisationId?: number; landedTarget?: number; note?: string };

export type TargetOrg = Pick<Organisation, 'id' | 'name' | 'type' | 'parentId'>;

const floorOf = (org: TargetOrg | undefined) => (org?.type === 'zone' ? ZONE_TARGET_FLOOR : CITY_TARGET_FLOOR);

function TargetForm({
  year,
  orgs,
  initialOrgId,
  onSubmit,
}: {
  year: number;
  orgs: TargetOrg[];
  initialOrgId?: number;
  onSubmit: (v: Values, form: FormInstance<Values>) => void;
}) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const targets = useTargets(year);
  const orgId = Form.useWatch('organisationId', form) ?? initialOrgId;
  const org = orgs.find((o) => o.id === orgId);
  const current = (targets.data ?? []).find((t) => t.organisationId === orgId && t.chainId === null);
  const choices = orgs.filter((o) => canSetTarget(me, o));
  const initialTarget = (targets.data ?? []).find((t) => t.organisationId === initialOrgId && t.chainId === null);

  return (
    <Form
      key={targets.isSuccess ? 'loaded' : 'loading'}
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ organisationId: initialOrgId, landedTarget: initialTarget?.landedTarget, note: initialTarget?.note ?? undefined }}
      onFinish={(v) => onSubmit(v, form)}
      onValuesChange={(changed: Values) => {
        if ('organisationId' in changed) {
          const t = (targets.data ?? []).find((x) => x.organisationId === changed.organisationId && x.chainId === null);
          form.setFieldsValue({ landedTarget: t?.landedTarget, note: t?.note ?? undefined });
        }
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
      <Form.Item
        label={`${year}年招商落地项目目标（个）`}
        name="landedTarget"
        required
        rules={[zodRule(field.landedTarget, '请填写目标')]}
        extra={
          org
            ? `按行动计划，${org.type === 'zone' ? '每个承载示范开发区' : '综改示范区、各市'}每年至少 ${floorOf(org)} 个${current ? `；当前目标 ${current.landedTarget} 个` : ''}`
            : undefined
        }
      >
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="说明" name="note" rules={[zodRule(field.note)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/**
 * 设定目标: a city for itself and its zones, the office for any. The notice's floors are the
 * server's; its message is shown as it comes, next to the figure.
 */
export function TargetModal({
  year,
  orgs,
  organisationId,
  open,
  onClose,
}: {
  year: number;
  orgs: TargetOrg[];
  organisationId?: number;
  open: boolean;
  onClose: () => void;
}) {
  const isMobile = useIsMobile();
  const save = useSetTarget();
  const onSubmit = (v: Values, form: FormInstance<Values>) =>
    save.mutate(
      { year, organisationId: v.organisationId as number, chainId: null, landedTarget: v.landedTarget as number, note: v.note || null },
      {
        onSuccess: () => {
          toastSuccess('目标已保存');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <Modal
      title={`设定${year}年招商目标`}
      open={open}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={save.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 520}
    >
      <TargetForm year={year} orgs={orgs} initialOrgId={organisationId} onSubmit={onSubmit} />
    </Modal>
  );
}
