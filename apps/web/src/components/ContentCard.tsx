import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useIsMobile } from '../lib/useIsMobile';

/** The white panel a page's content sits on; tighter padding on phones. */
export function ContentCard({ children }: { children: ReactNode }) {
  const isMobile = useIsMobile();
  return (
    <Card variant="borderless" styles={{ body: { padding: isMobile ? 12 : 24 } }}>
      {children}
    </Card>
  );
}
