import { Button, Drawer, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useIsMobile } from '../lib/useIsMobile';

type Props = {
  title: string;
  open: boolean;
  onClose: () => void;
  /** id of the <Form> inside; the 保存 button submits it through the HTML form attribute. */
  formId: string;
  saving: boolean;
  children: ReactNode;
};

/**
 * A form in a drawer: full width on phones; content is destroyed on close so the next open
 * starts clean; a click on the mask does not close it, so typing is never lost by accident.
 */
export function FormDrawer({ title, open, onClose, formId, saving, children }: Props) {
  const isMobile = useIsMobile();
  return (
    <Drawer
      title={title}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 560}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" htmlType="submit" form={formId} loading={saving}>
            保存
          </Button>
        </Flex>
      }
    >
      {children}
    </Drawer>
  );
}
