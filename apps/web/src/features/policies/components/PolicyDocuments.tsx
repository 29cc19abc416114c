import { PDF_WORD } from '../../documents/api';
import { DocumentTable } from '../../documents/DocumentTable';
import { usePolicyDocuments, useUploadPolicyDocument } from '../hooks';

/** 政策文件: the policy's original text and its annexes. */
export function PolicyDocuments({ policyId, work }: { policyId: number; work: boolean }) {
  const { data, isLoading } = usePolicyDocuments(policyId);
  const upload = useUploadPolicyDocument(policyId);
  return (
    <DocumentTable
      documents={data}
      loading={isLoading}
      upload={upload}
      canUpload={work}
      noun="政策文件"
      emptyHint="（原文、解读等）"
      files={PDF_WORD}
    />
  );
}
