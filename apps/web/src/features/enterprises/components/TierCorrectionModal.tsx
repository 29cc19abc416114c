import { type Enterprise, type Tier, TierChangeInput } from '@chainboard/contracts';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useSetTier } from '../hooks';
import { TIER_OPTIONS } from '../labels';

type Values = { chainId: number; tier: Tier; validFrom: Dayjs; note?: string };
const FORM_ID = 'tier-correction-form';

function TierCorrectionForm({ enterprise, onDone }: { enterprise: Enterprise; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const setTier = useSetTier(enterprise.id);
  const only = enterprise.chains.length === 1 ? enterprise.chains[0] : undefined;
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ chainId: only?.chainId, tier: only?.tier, validFrom: dayjs() }}
      onFinish={(v) =>
        setTier.mutate(
          { chainId: v.chainId, tier: v.tier, validFrom: v.validFrom.format('YYYY-MM-DD'), note: v.note || null },
          {
            onSuccess: () => {
              toastSuccess('层级已更正');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="层级通常经评定产生；这里用于省链长办直接更正，会记入层级历史和变更记录。"
      />
      <Form.Item label="产业链" name="chainId" required rules={[zodRule(TierChangeInput.shape.chainId, '请选择产业链')]}>
        <Select options={enterprise.chains.map((c) => ({ value: c.chainId, label: c.chainName }))} placeholder="企业所在的产业链" />
      </Form.Item>
      <Form.Item label="层级" name="tier" required rules={[zodRule(TierChangeInput.shape.tier, '请选择层级')]}>
        <Select options={TIER_OPTIONS} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="生效日期" name="validFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="说明" name="note" rules={[zodRule(TierChangeInput.shape.note)]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="更正依据，如文件号" />
      </Form.Item>
    </Form>
  );
}

/** 更正层级 (省链长办): set an enterprise's tier on one of its chains from a date. */
export function TierCorrectionModal({ enterprise, open, onClose }: { enterprise: Enterprise; open: boolean; onClose: () => void }) {
  return (
    <Modal
      title={`更正层级：${enterprise.name}`}
      open={open}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <TierCorrectionForm enterprise={enterprise} onDone={onClose} />
    </Modal>
  );
}
