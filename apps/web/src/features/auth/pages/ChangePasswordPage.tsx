import { type ChangePasswordInput, ChangePasswordInput as Schema, PASSWORD_MIN_LENGTH } from '@chainboard/contracts';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { AuthCard } from '../components/AuthCard';
import { useChangePassword, useLogout, useMe } from '../hooks';
import { homePath } from '../roles';

type Values = ChangePasswordInput & { confirmPassword: string };

const RULE_HINT = `至少 ${PASSWORD_MIN_LENGTH} 位，包含大写字母、小写字母、数字、符号中的至少三类`;

export function ChangePasswordPage() {
  const me = useMe();
  const forced = me.mustChangePassword;
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const logout = useLogout();
  const navigate = useNavigate();

  const onFinish = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: (next) => {
          toastSuccess('密码已修改');
          navigate(homePath(next), { replace: true });
        },
        onError: (err) => showFormError(form, err),
      },
    );

  return (
    <AuthCard title="修改密码">
      {forced && (
        <Alert
          type="warning"
          showIcon
          title="首次登录须修改初始密码"
          description="初始密码由管理员设置，修改后才能使用平台。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item label="当前密码" name="currentPassword" rules={[zodRule(Schema.shape.currentPassword)]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra={RULE_HINT}
          rules={[zodRule(Schema.shape.newPassword)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_r, value?: string) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={change.isPending} style={{ flex: 1 }}>
            确认修改
          </Button>
          {forced ? (
            <Button
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
            >
              退出登录
            </Button>
          ) : (
            <Button onClick={() => navigate(homePath(me))}>返回</Button>
          )}
        </Flex>
      </Form>
    </AuthCard>
  );
}
