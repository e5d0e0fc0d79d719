import { Layout, Menu, Typography } from 'antd';
import { CalendarOutlined, DashboardOutlined, RiseOutlined, FileProtectOutlined, PlusOutlined, ShopOutlined, TableOutlined, TeamOutlined } from '@ant-design/icons';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { messages } from '../../shared/i18n';
import { DashboardPage } from './pages/DashboardPage';
import { RegistryPage } from './pages/RegistryPage';
import { UmkmDetailPage } from './pages/UmkmDetailPage';
import { UmkmCreatePage, UmkmEditPage } from './pages/UmkmFormPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { KomunitasListPage } from './pages/KomunitasListPage';
import { KomunitasDetailPage } from './pages/KomunitasDetailPage';
import { KomunitasCreatePage, KomunitasEditPage } from './pages/KomunitasFormPage';
import { MitraListPage } from './pages/MitraListPage';
import { MitraDetailPage } from './pages/MitraDetailPage';
import { MitraCreatePage, MitraEditPage } from './pages/MitraFormPage';
import { KemitraanListPage } from './pages/KemitraanListPage';
import { KemitraanDetailPage } from './pages/KemitraanDetailPage';
import { KemitraanCreatePage, KemitraanEditPage } from './pages/KemitraanFormPage';
import { KegiatanListPage } from './pages/KegiatanListPage';
import { KegiatanDetailPage } from './pages/KegiatanDetailPage';
import { KegiatanCreatePage, KegiatanEditPage } from './pages/KegiatanFormPage';
import { NaikKelasPage } from './pages/NaikKelasPage';

const NAV = [
  { key: '/', icon: <DashboardOutlined />, label: messages.nav.dashboard },
  { key: '/umkm', icon: <TableOutlined />, label: messages.nav.registry },
  { key: '/umkm/baru', icon: <PlusOutlined />, label: messages.nav.addUmkm },
  { key: '/komunitas', icon: <TeamOutlined />, label: messages.partnerNav.komunitas },
  { key: '/mitra', icon: <ShopOutlined />, label: messages.partnerNav.mitra },
  { key: '/kemitraan', icon: <FileProtectOutlined />, label: messages.partnerNav.kemitraan },
  { key: '/kegiatan', icon: <CalendarOutlined />, label: messages.partnerNav.kegiatan },
  { key: '/naik-kelas', icon: <RiseOutlined />, label: messages.progressNav.naikKelas },
];
const SECTIONS = ['/komunitas', '/mitra', '/kemitraan', '/kegiatan', '/naik-kelas'];

function selectedKey(pathname: string): string {
  if (pathname === '/umkm/baru') return pathname;
  if (pathname.startsWith('/umkm')) return '/umkm';
  return SECTIONS.find((k) => pathname === k || pathname.startsWith(`${k}/`)) ?? '/';
}

export function App() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '20px 16px 12px' }}>
          <Typography.Title level={5} style={{ margin: 0, color: '#0b6e4f' }}>
            {messages.app.title}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {messages.app.department}
          </Typography.Text>
        </div>
        <nav aria-label={messages.partnerNav.menu}>
          <Menu mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={NAV} onClick={(e) => navigate(e.key)} style={{ borderInlineEnd: 0 }} />
        </nav>
      </Layout.Sider>
      <Layout.Content style={{ padding: 24, background: '#f5f7f6' }}>
        <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/umkm" element={<RegistryPage />} />
            <Route path="/umkm/baru" element={<UmkmCreatePage />} />
            <Route path="/umkm/:id" element={<UmkmDetailPage />} />
            <Route path="/umkm/:id/ubah" element={<UmkmEditPage />} />
            <Route path="/komunitas" element={<KomunitasListPage />} />
            <Route path="/komunitas/baru" element={<KomunitasCreatePage />} />
            <Route path="/komunitas/:id" element={<KomunitasDetailPage />} />
            <Route path="/komunitas/:id/ubah" element={<KomunitasEditPage />} />
            <Route path="/mitra" element={<MitraListPage />} />
            <Route path="/mitra/baru" element={<MitraCreatePage />} />
            <Route path="/mitra/:id" element={<MitraDetailPage />} />
            <Route path="/mitra/:id/ubah" element={<MitraEditPage />} />
            <Route path="/kemitraan" element={<KemitraanListPage />} />
            <Route path="/kemitraan/baru" element={<KemitraanCreatePage />} />
            <Route path="/kemitraan/:id" element={<KemitraanDetailPage />} />
            <Route path="/kemitraan/:id/ubah" element={<KemitraanEditPage />} />
            <Route path="/kegiatan" element={<KegiatanListPage />} />
            <Route path="/kegiatan/baru" element={<KegiatanCreatePage />} />
            <Route path="/kegiatan/:id" element={<KegiatanDetailPage />} />
            <Route path="/kegiatan/:id/ubah" element={<KegiatanEditPage />} />
            <Route path="/naik-kelas" element={<NaikKelasPage />} />
            <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Layout.Content>
    </Layout>
  );
}
