import type { ThemeConfig } from 'antd';

// System fonts only: the app works offline, with nothing fetched from a CDN.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b6e4f',
    borderRadius: 6,
    fontFamily: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Roboto, Arial, sans-serif",
  },
  components: {
    Menu: { itemSelectedBg: '#e3f2ec', itemSelectedColor: '#0b6e4f' },
  },
};

export const CLASS_COLORS = { mikro: '#69b1ff', kecil: '#52c41a', menengah: '#fa8c16', besar: '#cf1322' } as const;
