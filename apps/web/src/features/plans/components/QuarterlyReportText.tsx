import { QuarterlyReportTextInput } from '@chainboard/contracts';
import { Button, Flex, Form, Input, Tag, Typography } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { formatDateTime } from '../../../lib/format';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import type { QuarterlyReport } from '../api';
import { useSaveQuarterlyReportText } from '../hooks';
import { canEditQuarterlyReport } from '../permissions';

const field = QuarterlyReportTextInput.shape;
type Values = { overview?: string; nextSteps?: string };

/** The report's words: a draft from the figures until the office saves its own; the figures stay computed. */
export function QuarterlyReportText({ report }: { report: QuarterlyReport }) {
  const me = useMe();
  const editable = canEditQuarterlyReport(me);
  const [form] = Form.useForm<Values>();
  const save = useSaveQuarterlyReportText(report.period);
  const { text } = report;
  const state = text.savedAt ? (
    <Tag color="green">
      已保存（{formatDateTime(text.savedAt)}，{text.savedBy ?? '—'}）
    </Tag>
  ) : (
    <Tag>系统草稿</Tag>
  );

  if (!editable)
    return (
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>总体情况</Typography.Text>
          {state}
        </Flex>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{text.overview}</Typography.Paragraph>
        <Typography.Text strong>下一步工作安排</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{text.nextSteps}</Typography.Paragraph>
      </Flex>
    );

  return (
    <Form
      key={`${report.period}-${text.savedAt ?? 'draft'}`}
      form={form}
      layout="vertical"
      initialValues={{ overview: text.overview, nextSteps: text.nextSteps }}
      onFinish={(v) =>
        save.mutate(
          { overview: v.overview ?? '', nextSteps: v.nextSteps ?? '' },
          { onSuccess: () => toastSuccess('已保存报告文字'), onError: (err) => showFormError(form, err) },
        )
      }
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        {state}
        <Typography.Text type="secondary">文字可修改，数字始终按记录计算</Typography.Text>
      </Flex>
      <Form.Item label="总体情况" name="overview" required rules={[zodRule(field.overview)]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={20000} showCount />
      </Form.Item>
      <Form.Item label="下一步工作安排" name="nextSteps" required rules={[zodRule(field.nextSteps)]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={20000} showCount />
      </Form.Item>
      <Flex justify="end">
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存文字
        </Button>
      </Flex>
    </Form>
  );
}
