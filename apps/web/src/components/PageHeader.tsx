import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title line: the name, its tags, and the main actions on the right (wrapping on phones). */
export function PageHeader({ title, tags, actions }: { title: ReactNode; tags?: ReactNode; actions?: ReactNode }) {
  return (
    <Flex align="center" justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
      <Flex align="center" wrap gap={8} style={{ minWidth: 0 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {tags}
      </Flex>
      {actions && (
        <Flex wrap gap={8}>
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
