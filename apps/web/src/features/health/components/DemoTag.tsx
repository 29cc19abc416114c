import { Tag } from 'antd';
import { useIsDemo } from '../hooks';

/** The visible 示例数据 mark UI.md asks for whenever the demo data set is loaded. */
export function DemoTag() {
  if (!useIsDemo()) return null;
  return (
    <Tag color="orange" variant="solid" data-testid="demo-tag" style={{ marginInlineEnd: 0 }}>
      示例数据
    </Tag>
  );
}
