import { PDF_WORD_IMAGE } from '../../documents/api';
import { DocumentTable } from '../../documents/DocumentTable';
import { useProblemDocuments, useUploadProblemDocument } from '../hooks';

/** 附件: the evidence and replies filed with a problem; `work` offers 上传附件. */
export function ProblemAttachments({ problemId, work }: { problemId: number; work: boolean }) {
  const { data, isLoading } = useProblemDocuments(problemId);
  const upload = useUploadProblemDocument(problemId);
  const docs = [...(data ?? [])].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  return (
    <DocumentTable
      documents={docs}
      loading={isLoading}
      upload={upload}
      canUpload={work}
      noun="附件"
      emptyHint="（说明材料、照片、答复文件等）"
      files={PDF_WORD_IMAGE}
    />
  );
}
