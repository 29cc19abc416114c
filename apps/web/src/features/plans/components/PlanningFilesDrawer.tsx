import { Drawer, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useIsMobile } from '../../../lib/useIsMobile';
import { PDF_WORD } from '../../documents/api';
import { DocumentTable } from '../../documents/DocumentTable';
import type { PlanningObligation } from '../api';
import { usePlanningFiles, useUploadPlanningFile } from '../hooks';

/** The files of one given planning document; its owner uploads more. */
export function PlanningFilesDrawer({ obligation, onClose }: { obligation: PlanningObligation | null; onClose: () => void }) {
  const isMobile = useIsMobile();
  const doc = obligation?.document ?? null;
  return (
    <Drawer title="规划文件附件" open={doc !== null} onClose={onClose} size={isMobile ? '100%' : 640} destroyOnHidden>
      {obligation && doc && <FilesBody obligation={obligation} documentId={doc.id} />}
    </Drawer>
  );
}

function FilesBody({ obligation, documentId }: { obligation: PlanningObligation; documentId: number }) {
  const { data, isLoading } = usePlanningFiles(documentId);
  const upload = useUploadPlanningFile(documentId);
  const doc = obligation.document;
  const files = [...(data ?? [])].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  return (
    <DocumentTable
      documents={files}
      loading={isLoading}
      upload={upload}
      canUpload={obligation.canSubmit}
      noun="文件"
      emptyHint="（PDF 或 Word）"
      dialogTitle="上传规划文件"
      files={PDF_WORD}
    >
      <Typography.Text strong>{doc?.title}</Typography.Text>
      <Typography.Text type="secondary">
        {obligation.ownerName}
        {obligation.chainName ? ` · ${obligation.chainName}` : ''} · 印发 {doc?.issuedOn} · 报送 {formatDateTime(doc?.submittedAt)}
      </Typography.Text>
    </DocumentTable>
  );
}
