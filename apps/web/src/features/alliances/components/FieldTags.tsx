import { COOPERATION_FIELD_LABELS, type CooperationField } from '@chainboard/contracts';
import { Flex, Tag } from 'antd';

export function FieldTags({ fields }: { fields: CooperationField[] }) {
  return (
    <Flex wrap gap={4}>
      {fields.map((f) => (
        <Tag key={f} style={{ marginInlineEnd: 0 }}>
          {COOPERATION_FIELD_LABELS[f]}
        </Tag>
      ))}
    </Flex>
  );
}

export function PilotTag({ pilot }: { pilot: boolean }) {
  return pilot ? (
    <Tag color="blue" style={{ marginInlineEnd: 0 }}>
      试点
    </Tag>
  ) : null;
}
