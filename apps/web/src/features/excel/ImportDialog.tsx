import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import {
  type ImportProblem,
  type ImportResult,
  lastEndedQuarter,
  periodLabel,
  periodRange,
  quarterOf,
  XLSX_CONTENT_TYPE,
} from '@chainboard/contracts';
import { Alert, Button, Flex, Modal, Select, Table, type TableColumnsType, Typography, Upload, type UploadFile } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { requestRaw } from '../../lib/api';
import { errorMessage, showError } from '../../lib/errors';
import { toastSuccess } from '../../lib/feedback';
import { useIsMobile } from '../../lib/useIsMobile';
import { downloadFile } from './download';

export type ImportKind = {
  /** What is imported, for the title and messages: 企业名录, 经营数据 … */
  label: string;
  /** POST target, e.g. /api/enterprises/import; the template is at the same base + /template unless given. */
  importUrl: string;
  templateUrl?: string;
  /** Extra lines under the template link: what the sheet holds, who may import it. */
  hint?: string;
  /** The sheet is a ledger of a quarter (台账所属期): the user picks it, and what it records takes effect from it. */
  period?: boolean;
};

type Props = {
  kind: ImportKind | null;
  onClose: () => void;
  /** Called after rows were written, to refresh lists. */
  onImported?: (result: ImportResult) => void;
};

const MAX_BYTES = 20 * 1024 * 1024;

const templateOf = (kind: ImportKind) => kind.templateUrl ?? kind.importUrl.replace(/\/import$/, '/template');

const problemColumns: TableColumnsType<ImportProblem & { key: number }> = [
  { title: '行号', dataIndex: 'row', width: 64 },
  { title: '列', dataIndex: 'column', width: 120 },
  { title: '问题', dataIndex: 'message' },
];

/** The quarters a ledger may report, newest first: this quarter back to five years ago. */
function ledgerQuarters(today: string): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  let q = quarterOf(today);
  for (let i = 0; i < 24; i++) {
    out.push({ value: q, label: `${periodLabel(q)}（${q}）` });
    q = lastEndedQuarter(periodRange(q).start);
  }
  return out;
}

/** Uploads the workbook as the raw request body, as the import endpoints expect. */
async function upload(kind: ImportKind, file: File, validOnly: boolean, period: string | null): Promise<ImportResult> {
  const query = new URLSearchParams();
  if (validOnly) query.set('mode', 'validOnly');
  if (period) query.set('period', period);
  const response = await requestRaw('POST', `${kind.importUrl}${query.size ? `?${query}` : ''}`, {
    body: file,
    contentType: XLSX_CONTENT_TYPE,
    accept: 'application/json',
  });
  return (await response.json()) as ImportResult;
}

function Summary({ result }: { result: ImportResult }) {
  const { total, valid, written, problems } = result;
  if (written > 0 && problems.length === 0) {
    return <Alert type="success" showIcon title={`导入成功：共 ${total} 行，已写入 ${written} 行`} />;
  }
  if (written > 0) {
    return (
      <Alert
        type="warning"
        showIcon
        title={`已写入有效的 ${written} 行`}
        description={`共 ${total} 行，其中 ${total - valid} 行有问题未导入，见下方问题清单。`}
      />
    );
  }
  if (total === 0) return <Alert type="warning" showIcon title="表格中没有数据行" description="请按模板第一行的列名填写后再导入。" />;
  return (
    <Alert
      type="error"
      showIcon
      title={`未导入：${problems.length} 处问题`}
      description={
        valid > 0
          ? `共 ${total} 行，其中 ${valid} 行有效。可以修正后重新导入，或只导入有效的 ${valid} 行。`
          : `共 ${total} 行，均有问题。请按问题清单修正后重新导入。`
      }
    />
  );
}

function ImportBody({ kind, onImported }: { kind: ImportKind; onImported?: (result: ImportResult) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState<'upload' | 'validOnly' | 'template' | 'report' | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  const [period, setPeriod] = useState<string>(() => lastEndedQuarter(today));

  const run = async (validOnly: boolean) => {
    if (!file) return;
    setBusy(validOnly ? 'validOnly' : 'upload');
    setUploadError(null);
    try {
      const next = await upload(kind, file, validOnly, kind.period ? period : null);
      setResult(next);
      if (next.written > 0) {
        toastSuccess(`${kind.label}已导入 ${next.written} 行`);
        onImported?.(next);
      }
    } catch (err) {
      setUploadError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const download = async (what: 'template' | 'report') => {
    setBusy(what);
    try {
      if (what === 'template') await downloadFile(templateOf(kind), { fallbackName: `${kind.label}导入模板.xlsx` });
      else
        await downloadFile('/api/import-report', {
          method: 'POST',
          json: { problems: result?.problems ?? [] },
          fallbackName: '导入问题清单.xlsx',
        });
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };

  const fileList: UploadFile[] = file ? [{ uid: 'picked', name: file.name, size: file.size, status: 'done' }] : [];
  const canOnlyValid = result !== null && result.written === 0 && result.valid > 0 && result.problems.length > 0;

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Text>
          第一步：
          <Button
            type="link"
            icon={<DownloadOutlined aria-hidden />}
            loading={busy === 'template'}
            onClick={() => void download('template')}
            style={{ paddingInline: 4 }}
          >
            下载导入模板
          </Button>
          ，按列名填写（带 * 的列必填）。
        </Typography.Text>
        {kind.hint && <Typography.Text type="secondary">{kind.hint}</Typography.Text>}
      </Flex>
      {kind.period && (
        <Flex vertical gap={4}>
          <Typography.Text id="ledger-period-label">台账所属期</Typography.Text>
          <Select
            aria-labelledby="ledger-period-label"
            value={period}
            options={ledgerQuarters(today)}
            onChange={(v) => {
              setPeriod(v);
              setResult(null);
            }}
            style={{ maxWidth: 280 }}
          />
          <Typography.Text type="secondary">
            台账中的企业自 {periodRange(period).start} 起计入所属产业链；默认为最近一个已结束的季度，可按台账实际所属季度修改。
          </Typography.Text>
        </Flex>
      )}
      <div>
        <Typography.Text>第二步：选择填好的 .xlsx 文件</Typography.Text>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          maxCount={1}
          fileList={fileList}
          beforeUpload={(picked) => {
            if (!picked.name.toLowerCase().endsWith('.xlsx')) {
              setUploadError('请选择 .xlsx 格式的文件（Excel 2007 及以后）');
              return Upload.LIST_IGNORE;
            }
            if (picked.size > MAX_BYTES) {
              setUploadError('文件超过 20 MB，请拆分后分批导入');
              return Upload.LIST_IGNORE;
            }
            setFile(picked);
            setResult(null);
            setUploadError(null);
            return false; // keep it here; it is sent as the raw body on 开始导入
          }}
          onRemove={() => {
            setFile(null);
            setResult(null);
          }}
          style={{ marginTop: 8 }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">点击或拖入 .xlsx 文件</p>
          <p className="ant-upload-hint">一次一个文件，不超过 20 MB</p>
        </Upload.Dragger>
      </div>
      {uploadError && <Alert type="error" showIcon title={uploadError} />}
      <Flex gap={8} wrap>
        <Button
          type="primary"
          icon={<UploadOutlined aria-hidden />}
          disabled={!file}
          loading={busy === 'upload'}
          onClick={() => void run(false)}
        >
          开始导入
        </Button>
        {canOnlyValid && (
          <Button loading={busy === 'validOnly'} onClick={() => void run(true)}>
            只导入有效的 {result.valid} 行
          </Button>
        )}
        {result && result.problems.length > 0 && (
          <Button icon={<DownloadOutlined aria-hidden />} loading={busy === 'report'} onClick={() => void download('report')}>
            下载问题清单
          </Button>
        )}
      </Flex>
      {result && <Summary result={result} />}
      {result?.period && result.written > 0 && (
        <Typography.Text type="secondary">
          按台账所属期{periodLabel(result.period)}导入：企业自 {result.placedFrom} 起计入所属产业链。
        </Typography.Text>
      )}
      {result && result.problems.length > 0 && (
        <Table
          size="small"
          aria-label="导入问题"
          columns={problemColumns}
          dataSource={result.problems.map((p, i) => ({ ...p, key: i }))}
          pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => `共 ${n} 处问题`, size: 'small' }}
        />
      )}
    </Flex>
  );
}

/**
 * 导入: download the template, pick an .xlsx, upload it; the result shows counts and each problem
 * (行号/列/问题), with 下载问题清单 and, when some rows are valid, 只导入有效的 N 行.
 */
export function ImportDialog({ kind, onClose, onImported }: Props) {
  const isMobile = useIsMobile();
  return (
    <Modal
      title={kind ? `导入${kind.label}` : '导入'}
      open={kind !== null}
      onCancel={onClose}
      footer={<Button onClick={onClose}>关闭</Button>}
      width={isMobile ? '100%' : 720}
      style={isMobile ? { top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 } : undefined}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {kind && <ImportBody kind={kind} onImported={onImported} />}
    </Modal>
  );
}
