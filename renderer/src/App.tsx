import { Suspense } from 'react';
import { Layout } from 'antd';
import { AppSider } from './components/AppSider';
import { CalendarOutlined, DashboardOutlined, RiseOutlined, FileProtectOutlined, PlusOutlined, ShopOutlined, TableOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { AuditOutlined, RestOutlined } from '@ant-design/icons';
import { GiftOutlined } from '@ant-design/icons';
import { SafetyOutlined } from '@ant-design/icons';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { messages } from '../../shared/i18n';
// The shell and the registry load first; every other page is fetched when first opened.
import { RegistryPage } from './pages/RegistryPage';
import {
  AuditPage,
  BantuanPage,
  SertifikatPage,
  BackupPage,
  ConnectionPage,
  DashboardPage,
  ImportPage,
  KegiatanCreatePage,
  KegiatanDetailPage,
  KegiatanEditPage,
  KegiatanListPage,
  KemitraanCreatePage,
  KemitraanDetailPage,
  KemitraanEditPage,
  KemitraanListPage,
  MonevDuePage,
  KomunitasCreatePage,
  KomunitasDetailPage,
  KomunitasEditPage,
  KomunitasListPage,
  MitraCreatePage,
  MitraDetailPage,
  MitraEditPage,
  MitraListPage,
  NaikKelasPage,
  NotFoundPage,
  OfficeSettingsPage,
  RecycleBinPage,
  ReportPage,
  ReportPrintPage,
  UmkmCreatePage,
  UmkmDetailPage,
  UmkmEditPage,
  UsersPage,
} from './pages/lazyPages';
import { PageLoading } from './components/PageLoading';
import { UserOutlined } from '@ant-design/icons';
import { FileExcelOutlined } from '@ant-design/icons';
import { REPORT_PRINT_PATH } from '../../shared/domain/reportPrint';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { SettingOutlined } from '@ant-design/icons';
import { DatabaseOutlined } from '@ant-design/icons';
import { ScheduleOutlined } from '@ant-design/icons';
import type { Channel } from '../../shared/contract';
import { roleMay } from '../../shared/domain/permissions';
import { UserMenu } from './components/auth/UserMenu';
import { useAuthStatus } from './components/auth/authStatus';

const NAV = [
  { key: '/', icon: <DashboardOutlined />, label: messages.nav.dashboard },
  { key: '/umkm', icon: <TableOutlined />, label: messages.nav.registry },
  { key: '/umkm/baru', icon: <PlusOutlined />, label: messages.nav.addUmkm },
  { key: '/komunitas', icon: <TeamOutlined />, label: messages.partnerNav.komunitas },
  { key: '/mitra', icon: <ShopOutlined />, label: messages.partnerNav.mitra },
  { key: '/kemitraan', icon: <FileProtectOutlined />, label: messages.partnerNav.kemitraan },
  { key: '/monev', icon: <ScheduleOutlined />, label: messages.monevPages.menu },
  { key: '/kegiatan', icon: <CalendarOutlined />, label: messages.partnerNav.kegiatan },
  { key: '/sertifikat', icon: <SafetyOutlined />, label: messages.sertifikatPages.menu },
  { key: '/bantuan', icon: <GiftOutlined />, label: messages.bantuanPages.nav },
  { key: '/naik-kelas', icon: <RiseOutlined />, label: messages.progressNav.naikKelas },
  { key: '/laporan', icon: <FileExcelOutlined />, label: messages.exportPages.nav },
  { key: '/impor', icon: <UploadOutlined />, label: messages.importPages.nav },
  { key: '/audit', icon: <AuditOutlined />, label: messages.auditNav.audit },
  { key: '/sampah', icon: <RestOutlined />, label: messages.auditNav.trash },
  { key: '/pengguna', icon: <UserOutlined />, label: messages.auth.ui.usersNav },
  { key: '/cadangan', icon: <SafetyCertificateOutlined />, label: messages.backupPage.nav },
  { key: '/pengaturan', icon: <SettingOutlined />, label: messages.office.page.nav },
  { key: '/pengaturan/koneksi', icon: <DatabaseOutlined />, label: messages.connection.page.nav },
];
// A menu entry only for the roles that may use its page (main refuses the calls regardless).
const NAV_NEEDS: Record<string, Channel> = {
  '/umkm/baru': 'umkm:create',
  '/impor': 'import:open',
  '/audit': 'audit:list',
  '/sampah': 'trash:list',
  '/pengguna': 'users:list',
  '/cadangan': 'backup:list',
  '/pengaturan': 'office:set',
  '/pengaturan/koneksi': 'connection:save',
};
const SECTIONS = ['/komunitas', '/mitra', '/kemitraan', '/monev', '/kegiatan', '/sertifikat', '/bantuan', '/naik-kelas', '/laporan', '/impor', '/audit', '/sampah', '/pengguna', '/cadangan', '/pengaturan/koneksi', '/pengaturan'];

function selectedKey(pathname: string): string {
  if (pathname === '/umkm/baru') return pathname;
  if (pathname.startsWith('/umkm')) return '/umkm';
  return SECTIONS.find((k) => pathname === k || pathname.startsWith(`${k}/`)) ?? '/';
}

export function App() {
  const location = useLocation();
  const navigate = useNavigate();
  const role = useAuthStatus().data?.user?.role;
  const nav = NAV.filter((item) => !NAV_NEEDS[item.key] || (role !== undefined && roleMay(role, NAV_NEEDS[item.key]!)));
  // The printed report is a document, not a page of the app: no sidebar, no header.
  if (location.pathname === REPORT_PRINT_PATH)
    return (
      <Suspense fallback={<PageLoading />}>
        <ReportPrintPage />
      </Suspense>
    );
  return (
    // hasSider said, not found out by antd in an effect after the first drawing: that drawing laid
    // the page out with the menu above it, and the registry measured its columns that wide.
    <Layout hasSider style={{ minHeight: '100vh' }}>
      <AppSider items={nav} selected={selectedKey(location.pathname)} onNavigate={navigate} />
      <Layout.Content style={{ padding: 24, background: '#f5f7f6' }}>
        <header style={{ marginBottom: 12 }}>
          <UserMenu />
        </header>
        <Suspense fallback={<PageLoading />}>
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
            <Route path="/monev" element={<MonevDuePage />} />
            <Route path="/kegiatan" element={<KegiatanListPage />} />
            <Route path="/kegiatan/baru" element={<KegiatanCreatePage />} />
            <Route path="/kegiatan/:id" element={<KegiatanDetailPage />} />
            <Route path="/kegiatan/:id/ubah" element={<KegiatanEditPage />} />
            <Route path="/sertifikat" element={<SertifikatPage />} />
            <Route path="/bantuan" element={<BantuanPage />} />
            <Route path="/naik-kelas" element={<NaikKelasPage />} />
            <Route path="/laporan" element={<ReportPage />} />
            <Route path="/impor" element={<ImportPage />} />
            <Route path="/audit" element={<AuditPage />} />
            <Route path="/sampah" element={<RecycleBinPage />} />
            <Route path="/pengguna" element={<UsersPage />} />
            <Route path="/cadangan" element={<BackupPage />} />
            <Route path="/pengaturan" element={<OfficeSettingsPage />} />
            <Route path="/pengaturan/koneksi" element={<ConnectionPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
