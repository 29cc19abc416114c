import type { App } from 'antd';

type MessageInstance = ReturnType<typeof App.useApp>['message'];

// antd's static `message` cannot see the ConfigProvider theme; the App component hands us its
// instance (see app/FeedbackBridge.tsx) so code outside React (query callbacks) can use it too.
let messageApi: MessageInstance | null = null;

export function setMessageApi(api: MessageInstance | null): void {
  messageApi = api;
}

export function toastError(text: string): void {
  messageApi?.error(text);
}

export function toastSuccess(text: string): void {
  messageApi?.success(text);
}
