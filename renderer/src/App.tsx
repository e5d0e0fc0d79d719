import { Layout, Menu, Typography } from 'antd';
import { DashboardOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { messages } from '../../shared/i18n';
import { DashboardPage } from './pages/DashboardPage';
import { RegistryPage } from './pages/RegistryPage';
import { UmkmDetailPage } from './pages/UmkmDetailPage';
import { UmkmCreatePage, UmkmEditPage } from './pages/UmkmFormPage';
import { NotFoundPage } from './pages/NotFoundPage';

const NAV = [
  { key: '/', icon: <DashboardOutlined />, label: messages.nav.dashboard },
  { key: '/umkm', icon: <TableOutlined />, label: messages.nav.registry },
  { key: '/umkm/baru', icon: <PlusOutlined />, label: messages.nav.addUmkm },
];

function selectedKey(pathname: string): string {
  if (pathname === '/umkm/baru') return pathname;
  if (pathname.startsWith('/umkm')) return '/umkm';
  return '/';
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
        <nav aria-label="Menu utama">
          <Menu mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={NAV} onClick={(e) => navigate(e.key)} style={{ borderInlineEnd: 0 }} />
        </nav>
      </Layout.Sider>
      <Layout.Content style={{ padding: 24, background: '#f5f7f6' }}>
        <main>
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/umkm" element={<RegistryPage />} />
            <Route path="/umkm/baru" element={<UmkmCreatePage />} />
            <Route path="/umkm/:id" element={<UmkmDetailPage />} />
            <Route path="/umkm/:id/ubah" element={<UmkmEditPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </main>
      </Layout.Content>
    </Layout>
  );
}
