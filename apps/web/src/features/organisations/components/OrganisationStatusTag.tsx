import { Tag } from 'antd';

export function OrganisationStatusTag({ retired }: { retired: boolean }) {
  return retired ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>;
}
