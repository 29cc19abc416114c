import { type Project, ReserveInput } from '@chainboard/contracts';
import { Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useRecommendReserve } from '../hooks';
import { RESERVE_GAP_OPTIONS, yearOptions } from '../labels';

const FORM_ID = 'recommend-reserve-form';
const field = ReserveInput.shape;

type Values = { year: number; gap: 'shortBoard' | 'weakLink'; reason: string };

function RecommendForm({
  project,
  recommend,
  onDone,
}: {
  project: Project;
  recommend: ReturnType<typeof useRecommendReserve>;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ year: new Date().getFullYear() }}
      onFinish={(v) =>
        recommend.mutate(
          { projectId: project.id, ...v },
          {
            onSuccess: () => {
              toastSuccess('已推荐，待省链长办审核');
              onDone();
              navigate('/fund-reserve');
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Typography.Paragraph type="secondary">
        三季度对项目进行梳理，补短板、强弱项的项目优先推荐纳入产业链资金申报项目储备库，由省链长办审核入库。
      </Typography.Paragraph>
      <Form.Item label="储备年度" name="year" required rules={[zodRule(field.year, '请选择年度')]}>
        <Select options={yearOptions()} />
      </Form.Item>
      <Form.Item label="推荐方向" name="gap" required rules={[zodRule(field.gap, '请选择补短板或强弱项')]}>
        <Radio.Group options={RESERVE_GAP_OPTIONS} />
      </Form.Item>
      <Form.Item label="推荐理由" name="reason" required rules={[zodRule(field.reason)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 推荐入储备库: the chain's lead unit (or the office) recommends a project for the fund reserve. */
export function RecommendReserveModal({ project, open, onClose }: { project: Project; open: boolean; onClose: () => void }) {
  const recommend = useRecommendReserve();
  return (
    <Modal
      title={`推荐入储备库：${project.name}`}
      open={open}
      onCancel={onClose}
      okText="推荐"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={recommend.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <RecommendForm project={project} recommend={recommend} onDone={onClose} />
    </Modal>
  );
}
