import { type ChangePasswordInput, ChangePasswordInput as Schema } from '@chainboard/contracts';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { AuthCard } from '../components/AuthCard';
import { useChangePassword, useMe, useSignOut } from '../hooks';
import { PASSWORD_HINT } from '../passwordHint';
import { homePath } from '../roles';

type Values = ChangePasswordInput & { confirmPassword: string };

export function ChangePasswordPage() {
  const me = useMe();
  const forced = me.mustChangePassword;
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const { signOut } = useSignOut();
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
        <Form.Item label="新密码" name="newPassword" extra={PASSWORD_HINT} rules={[zodRule(Schema.shape.newPassword)]}>
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
          {forced ? <Button onClick={signOut}>退出登录</Button> : <Button onClick={() => navigate(homePath(me))}>返回</Button>}
        </Flex>
      </Form>
    </AuthCard>
  );
}
