import { Grid } from 'antd';

/** True below the md breakpoint (phones, 375 px). Unknown (first render) counts as desktop. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
