import { CHAIN_STATUS_LABELS, type ChainStatus } from '@chainboard/contracts';
import { Tag } from 'antd';
import { CHAIN_STATUS_COLORS } from '../labels';

export function ChainStatusTag({ status }: { status: ChainStatus }) {
  return <Tag color={CHAIN_STATUS_COLORS[status]}>{CHAIN_STATUS_LABELS[status]}</Tag>;
}
