import type { Me } from '@chainboard/contracts';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../features/auth/hooks';

/** Shows a page only to users whose roles allow it; the server checks again on every call. */
export function RequireRole({ allow, children }: { allow: (me: Me) => boolean; children: ReactNode }) {
  const me = useMe();
  const navigate = useNavigate();
  if (allow(me)) return children;
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的角色不能使用此功能。如需使用，请联系安全管理员授权。"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回首页
        </Button>
      }
    />
  );
}
