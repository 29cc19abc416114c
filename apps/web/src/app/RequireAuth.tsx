import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMeQuery } from '../features/auth/hooks';
import { MeContext } from '../features/auth/MeContext';
import { isApiError } from '../lib/api';
import { errorMessage } from '../lib/errors';
import { PageLoading } from './PageLoading';

export const CHANGE_PASSWORD_PATH = '/change-password';

/** Lets a request through only with a session; a user with an initial password must change it first. */
export function RequireAuth() {
  const me = useMeQuery();
  const location = useLocation();

  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
    }
    return (
      <Result
        status="error"
        title="暂时无法打开平台"
        subTitle={errorMessage(me.error)}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  if (me.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return (
    <MeContext.Provider value={me.data}>
      <Outlet />
    </MeContext.Provider>
  );
}
