import { LoadingOutlined } from '@ant-design/icons';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { FeedbackBridge } from './FeedbackBridge';
import { createQueryClient } from './queryClient';
import { router } from './routes';
import { theme } from './theme';

// Buttons read exactly as written ("登录", not "登 录"). The plain loading icon, hidden from
// assistive tech, replaces antd's animated one, whose exit animation can stick after a fast request
// and leave "loading" in the button's accessible name.
const BUTTON_CONFIG = { autoInsertSpace: false, loadingIcon: <LoadingOutlined aria-hidden /> };

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={BUTTON_CONFIG}>
      <AntApp>
        <FeedbackBridge />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
