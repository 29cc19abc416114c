import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/auth/hooks';
import { menuItems, selectedMenuKey } from './menu';

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const selected = selectedMenuKey(location.pathname);
  return (
    <Menu
      mode="inline"
      items={menuItems(me)}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
