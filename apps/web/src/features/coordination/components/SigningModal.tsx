import { SigningInput } from '@chainboard/contracts';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { wanInputProps, wanToYuan } from '../../enterprises/money';
import type { MatchmakingEvent } from '../api';
import { useAddSigning } from '../hooks';

const field = SigningInput.shape;

type Values = {
  buyerEnterpriseId?: number;
  buyerName?: string;
  supplierEnterpriseId?: number;
  supplierName?: string;
  product?: string;
  amount?: number;
};

/** 记录配套签约 at an event: buyer and supplier may be picked from the participants or typed. */
export function SigningModal({ event, open, onClose }: { event: MatchmakingEvent; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddSigning(event.id);
  const participants = event.enterprises.map((e) => ({ value: e.id, label: e.name }));
  const nameOf = (id: number | undefined) => event.enterprises.find((e) => e.id === id)?.name;

  const onFinish = (v: Values) =>
    add.mutate(
      {
        buyerEnterpriseId: v.buyerEnterpriseId ?? null,
        buyerName: v.buyerName ?? '',
        supplierEnterpriseId: v.supplierEnterpriseId ?? null,
        supplierName: v.supplierName ?? '',
        product: v.product ?? '',
        amount: wanToYuan(v.amount),
      },
      {
        onSuccess: () => {
          toastSuccess('已记录签约');
          form.resetFields();
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );

  const party = (who: 'buyer' | 'supplier', label: string) => (
    <>
      {participants.length > 0 && (
        <Form.Item label={`${label}（参会企业）`} name={`${who}EnterpriseId`}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={participants}
            placeholder="可从参会企业中选择"
            onChange={(id?: number) => {
              const name = nameOf(id);
              if (name) form.setFieldValue(`${who}Name`, name);
            }}
          />
        </Form.Item>
      )}
      <Form.Item label={label} name={`${who}Name`} required rules={[zodRule(field[`${who}Name`])]}>
        <Input maxLength={100} placeholder="企业名称" />
      </Form.Item>
    </>
  );

  return (
    <Modal
      title="记录配套签约"
      open={open}
      onCancel={onClose}
      okText="保存"
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {party('buyer', '采购方')}
        {party('supplier', '供应方')}
        <Form.Item label="配套产品" name="product" required rules={[zodRule(field.product)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="签约金额（万元）" name="amount" required rules={[{ required: true, message: '请填写签约金额' }]}>
          <InputNumber {...wanInputProps} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
