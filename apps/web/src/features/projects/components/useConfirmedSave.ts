import { App } from 'antd';
import { isApiError } from '../../../lib/api';

/**
 * Saves, and when the server answers CONFIRMATION_REQUIRED (a project under 1亿元) asks the user
 * with the server's own message; on 确认 the same save is resent with confirmBelowThreshold: true.
 */
export function useConfirmedSave() {
  const { modal } = App.useApp();
  return <T>(save: (confirmed: boolean) => Promise<T>, onSuccess: (value: T) => void, onError: (err: unknown) => void) => {
    save(false).then(onSuccess, (err: unknown) => {
      if (!(isApiError(err) && err.code === 'CONFIRMATION_REQUIRED')) {
        onError(err);
        return;
      }
      modal.confirm({
        title: '总投资低于 1 亿元',
        content: err.message,
        okText: '确认低于 1 亿元，仍要保存',
        cancelText: '返回修改',
        // resolve either way, so the dialog closes and the form shows any new problem
        onOk: () => save(true).then(onSuccess, onError),
      });
    });
  };
}
