import { App } from 'antd';
import { useEffect } from 'react';
import { setMessageApi } from '../lib/feedback';

/** Hands antd's themed message instance to lib/feedback for use outside components. */
export function FeedbackBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    setMessageApi(message);
    return () => setMessageApi(null);
  }, [message]);
  return null;
}
