export { downloadFile, fileNameFrom, saveBlob } from './download';
export { ExportButton } from './ExportButton';
export { ImportButton } from './ImportButton';
export { ImportDialog, type ImportKind } from './ImportDialog';
