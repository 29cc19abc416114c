import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Vendor code is split by library so no single chunk carries all of antd + React;
// pages themselves are split by React.lazy in src/app/routes.tsx.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 25 },
  { name: 'icons', test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/, priority: 22 },
  // antd parts the frame needs at start; parts only pages use (Table, DatePicker …) stay with them.
  {
    name: 'antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|@emotion|stylis|dayjs)[\\/]/,
    tags: ['$initial' as const],
    priority: 20,
  },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 10 },
];

// The API the dev and preview servers pass /api to; VITE_API_TARGET points them at another port.
const apiTarget = process.env.VITE_API_TARGET ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
