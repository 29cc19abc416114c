import type { ThemeConfig } from 'antd';

/** A calm government blue: a deep header, a white menu, a light grey page. */
export const PRIMARY = '#1f5fa6';
export const HEADER_BG = '#17467d';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorInfo: PRIMARY,
    colorLink: PRIMARY,
    borderRadius: 4,
  },
  components: {
    Layout: {
      headerBg: HEADER_BG,
      headerHeight: 56,
      headerPadding: '0 16px',
      siderBg: '#ffffff',
      bodyBg: '#f3f5f8',
    },
  },
};
