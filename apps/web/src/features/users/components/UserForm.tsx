import { type User, UserInput } from '@chainboard/contracts';
import { Form, type FormInstance, Input } from 'antd';
import { zodRule } from '../../../lib/zodRule';
import { PASSWORD_HINT } from '../../auth/passwordHint';
import { OrganisationSelect } from './OrganisationSelect';

export type UserFormValues = { username: string; displayName: string; organisationId: number; password?: string };

const field = UserInput.shape;

type Props = {
  id: string;
  user: User | null;
  onSubmit: (values: UserFormValues, form: FormInstance<UserFormValues>) => void;
};

/** 新增 asks for an initial password; 编辑 cannot change the username. */
export function UserForm({ id, user, onSubmit }: Props) {
  const [form] = Form.useForm<UserFormValues>();
  return (
    <Form
      id={id}
      form={form}
      layout="vertical"
      initialValues={user ? { username: user.username, displayName: user.displayName, organisationId: user.organisationId } : {}}
      onFinish={(values) => onSubmit(values, form)}
    >
      <Form.Item
        label="用户名"
        name="username"
        required={!user}
        rules={user ? [] : [zodRule(field.username)]}
        extra={user ? '用户名创建后不能修改' : '3-32 位字母、数字或 . _ -，以字母开头'}
      >
        <Input disabled={user !== null} maxLength={32} autoComplete="off" />
      </Form.Item>
      <Form.Item label="姓名" name="displayName" required rules={[zodRule(field.displayName)]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label="单位" name="organisationId" required rules={[zodRule(field.organisationId, '请选择单位')]}>
        <OrganisationSelect placeholder="请选择" />
      </Form.Item>
      {!user && (
        <Form.Item
          label="初始密码"
          name="password"
          required
          rules={[zodRule(field.password)]}
          extra={`${PASSWORD_HINT}；用户首次登录须修改`}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </Form>
  );
}
