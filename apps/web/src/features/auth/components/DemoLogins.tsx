import { Flex, Typography, theme } from 'antd';
import type { DemoLogin } from '../api';
import { useDemoLogins } from '../hooks';

/** Demo accounts as clickable rows that fill the login form; nothing when not in demo mode. */
export function DemoLogins({ onPick }: { onPick: (login: DemoLogin) => void }) {
  const { data } = useDemoLogins();
  const { token } = theme.useToken();
  if (!data || data.length === 0) return null;
  return (
    <Flex vertical style={{ marginTop: 16 }}>
      <Typography.Text type="secondary" style={{ marginBottom: 4 }}>
        示例账号（点击填入）
      </Typography.Text>
      {data.map((login) => (
        <Flex
          key={login.username}
          justify="space-between"
          gap={8}
          role="button"
          tabIndex={0}
          data-testid={`demo-login-${login.username}`}
          onClick={() => onPick(login)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') onPick(login);
          }}
          style={{ cursor: 'pointer', padding: '8px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Typography.Text>{login.label}</Typography.Text>
          <Typography.Text type="secondary">{login.username}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
