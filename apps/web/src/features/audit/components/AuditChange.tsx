import type { AuditEntry } from '@chainboard/contracts';
import { Col, Row, Typography } from 'antd';

function asJson(value: unknown): string {
  return value === null || value === undefined ? '（无）' : JSON.stringify(value, null, 2);
}

/** Top-level keys whose values differ between before and after, to point the eye. */
function changedKeys(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]));
}

/** before / after of one audit entry, side by side (stacked on phones). */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const changed = changedKeys(entry.before, entry.after);
  return (
    <>
      {changed.length > 0 && (
        <Typography.Paragraph>
          变更字段：<Typography.Text code>{changed.join('、')}</Typography.Text>
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 8]}>
        <Col xs={24} md={12}>
          <Typography.Text strong>变更前</Typography.Text>
          <pre className="json-block">{asJson(entry.before)}</pre>
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>变更后</Typography.Text>
          <pre className="json-block">{asJson(entry.after)}</pre>
        </Col>
      </Row>
    </>
  );
}
