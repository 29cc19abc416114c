import type { HistoryEntry } from '@chainboard/contracts';
import { Drawer } from 'antd';
import { HistoryList } from '../../../components/HistoryList';
import { useIsMobile } from '../../../lib/useIsMobile';

/** 变更记录 of one record, in a drawer beside the list. */
export function HistoryDrawer({
  title,
  open,
  onClose,
  entries,
  loading,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  entries: HistoryEntry[] | undefined;
  loading: boolean;
}) {
  const isMobile = useIsMobile();
  return (
    <Drawer title={title} open={open} onClose={onClose} size={isMobile ? '100%' : 560} destroyOnHidden>
      <HistoryList entries={entries} loading={loading} />
    </Drawer>
  );
}
