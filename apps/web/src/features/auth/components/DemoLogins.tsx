import { List, Typography } from 'antd';
import type { DemoLogin } from '../api';
import { useDemoLogins } from '../hooks';

/** Demo accounts as clickable rows that fill the login form; nothing when not in demo mode. */
export function DemoLogins({ onPick }: { onPick: (login: DemoLogin) => void }) {
  const { data } = useDemoLogins();
  if (!data || data.length === 0) return null;
  return (
    <List
      size="small"
      header={<Typography.Text type="secondary">示例账号（点击填入）</Typography.Text>}
      dataSource={data}
      style={{ marginTop: 16 }}
      renderItem={(login) => (
        <List.Item
          onClick={() => onPick(login)}
          style={{ cursor: 'pointer' }}
          data-testid={`demo-login-${login.username}`}
        >
          <Typography.Text>{login.label}</Typography.Text>
          <Typography.Text type="secondary" copyable={false}>
            {login.username}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
