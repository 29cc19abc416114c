import type { AuditVerifyResult } from '@chainboard/contracts';
import { Modal, Result, Typography } from 'antd';

/** The outcome of 校验完整性: green when the hash chain holds, the broken entries in red otherwise. */
export function VerifyResultModal({ result, onClose }: { result: AuditVerifyResult | null; onClose: () => void }) {
  return (
    <Modal title="完整性校验结果" open={result !== null} onCancel={onClose} footer={null} width={640}>
      {result?.ok && <Result status="success" title="审计日志完整" subTitle={`已校验 ${result.checked} 条记录，未发现篡改或缺失。`} />}
      {result && !result.ok && (
        <>
          <Result
            status="error"
            title={`发现 ${result.problems.length} 处问题`}
            subTitle={`已校验 ${result.checked} 条记录。请保全现场并报告安全管理员。`}
          />
          <ul style={{ maxHeight: 320, overflow: 'auto', margin: 0, paddingInlineStart: 20 }}>
            {result.problems.map((problem) => (
              <li key={`${problem.id}-${problem.problem}`}>
                <Typography.Text type="danger">
                  {/* id 0: a problem of the trail as a whole (its head or checkpoint), not of one row */}
                  {problem.id > 0 ? `记录 #${problem.id}：` : '审计日志：'}
                  {problem.problem}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}
