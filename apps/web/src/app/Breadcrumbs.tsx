import { Breadcrumb } from 'antd';
import { Link, useMatches } from 'react-router';
import { isCrumbHandle } from './crumbs';

/** Breadcrumbs from the matched routes' handles; shown on inner pages only (two levels or more). */
export function Breadcrumbs() {
  const crumbs = useMatches().flatMap((match) =>
    isCrumbHandle(match.handle) ? [{ id: match.id, pathname: match.pathname, params: match.params, ...match.handle }] : [],
  );
  if (crumbs.length < 2) return null;

  const items = crumbs.map((crumb, index) => {
    const title = typeof crumb.crumb === 'function' ? crumb.crumb(crumb.params) : crumb.crumb;
    const isLink = crumb.link && index < crumbs.length - 1;
    return { key: crumb.id, title: isLink ? <Link to={crumb.pathname}>{title}</Link> : title };
  });

  return <Breadcrumb items={items} style={{ marginBottom: 12 }} />;
}
