import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { type LoginInput, LoginInput as LoginSchema } from '@chainboard/contracts';
import { Alert, Button, Form, Input } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/errors';
import { zodRule } from '../../../lib/zodRule';
import { AuthCard } from '../components/AuthCard';
import { DemoLogins } from '../components/DemoLogins';
import { useLogin } from '../hooks';
import { homePath } from '../roles';

export function LoginPage() {
  const [form] = Form.useForm<LoginInput>();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  const onFinish = (values: LoginInput) =>
    login.mutate(values, {
      onSuccess: (me) => {
        if (me.mustChangePassword) navigate('/change-password', { replace: true });
        else navigate(from && from !== '/login' ? from : homePath(me), { replace: true });
      },
    });

  return (
    <AuthCard title="登录">
      {login.isError && (
        // The server's own words: wrong password, 账户已锁定…, 账户已停用 …
        <Alert type="error" showIcon title={errorMessage(login.error)} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} autoComplete="on">
        <Form.Item label="用户名" name="username" rules={[zodRule(LoginSchema.shape.username)]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[zodRule(LoginSchema.shape.password)]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          登录
        </Button>
      </Form>
      <DemoLogins onPick={({ username, password }) => form.setFieldsValue({ username, password })} />
    </AuthCard>
  );
}
