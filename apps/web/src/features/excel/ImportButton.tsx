import { DownOutlined, UploadOutlined } from '@ant-design/icons';
import type { ImportResult } from '@chainboard/contracts';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { ImportDialog, type ImportKind } from './ImportDialog';

/**
 * 导入 on a list page: one kind opens the dialog directly; several (企业名录, 经营数据 …) show a menu.
 * Pass only the kinds the user may import.
 */
export function ImportButton({ kinds, onImported }: { kinds: ImportKind[]; onImported?: (result: ImportResult) => void }) {
  const [open, setOpen] = useState<ImportKind | null>(null);
  if (kinds.length === 0) return null;
  const only = kinds.length === 1 ? kinds[0] : undefined;
  return (
    <>
      {only ? (
        <Button icon={<UploadOutlined aria-hidden />} onClick={() => setOpen(only)}>
          导入
        </Button>
      ) : (
        <Dropdown
          trigger={['click']}
          menu={{
            items: kinds.map((k) => ({ key: k.importUrl, label: `导入${k.label}` })),
            onClick: ({ key }) => setOpen(kinds.find((k) => k.importUrl === key) ?? null),
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />}>
            导入 <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      )}
      <ImportDialog kind={open} onClose={() => setOpen(null)} onImported={onImported} />
    </>
  );
}
