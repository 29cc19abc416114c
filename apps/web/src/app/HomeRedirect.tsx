import { Navigate } from 'react-router';
import { useMe } from '../features/auth/hooks';
import { homePath } from '../features/auth/roles';

export function HomeRedirect() {
  return <Navigate to={homePath(useMe())} replace />;
}
