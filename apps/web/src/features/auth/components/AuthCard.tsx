import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { DemoTag } from '../../health/components/DemoTag';

/** The centred card used by the login and password pages, outside the main frame. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: 'linear-gradient(180deg, #17467d 0, #f3f5f8 320px)' }}
    >
      <Flex vertical align="center" gap={4} style={{ marginBottom: 20 }}>
        <Typography.Title level={3} style={{ color: '#fff', margin: 0, textAlign: 'center' }}>
          产业链链长制工作平台
        </Typography.Title>
        <DemoTag />
      </Flex>
      <Card title={title} style={{ width: '100%', maxWidth: 400 }}>
        {children}
      </Card>
    </Flex>
  );
}
