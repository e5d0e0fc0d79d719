// Every page but the registry is loaded when first opened: the first screen parses only the shell
// and the registry, and charts (recharts), the import wizard, reports and the admin pages follow on
// demand. Each page module keeps its named export; lazy() wants a default one.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A page loaded on first render; `preload` fetches its code ahead (the module is loaded once). */
type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

function page<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyPage {
  return Object.assign(
    lazy(async () => ({ default: (await load())[name] as ComponentType })),
    { preload: load },
  );
}

export const DashboardPage = page(() => import('./DashboardPage'), 'DashboardPage');
export const UmkmDetailPage = page(() => import('./UmkmDetailPage'), 'UmkmDetailPage');
export const UmkmCreatePage = page(() => import('./UmkmFormPage'), 'UmkmCreatePage');
export const UmkmEditPage = page(() => import('./UmkmFormPage'), 'UmkmEditPage');
export const KomunitasListPage = page(() => import('./KomunitasListPage'), 'KomunitasListPage');
export const KomunitasDetailPage = page(() => import('./KomunitasDetailPage'), 'KomunitasDetailPage');
export const KomunitasCreatePage = page(() => import('./KomunitasFormPage'), 'KomunitasCreatePage');
export const KomunitasEditPage = page(() => import('./KomunitasFormPage'), 'KomunitasEditPage');
export const MitraListPage = page(() => import('./MitraListPage'), 'MitraListPage');
export const MitraDetailPage = page(() => import('./MitraDetailPage'), 'MitraDetailPage');
export const MitraCreatePage = page(() => import('./MitraFormPage'), 'MitraCreatePage');
export const MitraEditPage = page(() => import('./MitraFormPage'), 'MitraEditPage');
export const KemitraanListPage = page(() => import('./KemitraanListPage'), 'KemitraanListPage');
export const KemitraanDetailPage = page(() => import('./KemitraanDetailPage'), 'KemitraanDetailPage');
export const KemitraanCreatePage = page(() => import('./KemitraanFormPage'), 'KemitraanCreatePage');
export const KemitraanEditPage = page(() => import('./KemitraanFormPage'), 'KemitraanEditPage');
export const KegiatanListPage = page(() => import('./KegiatanListPage'), 'KegiatanListPage');
export const KegiatanDetailPage = page(() => import('./KegiatanDetailPage'), 'KegiatanDetailPage');
export const KegiatanCreatePage = page(() => import('./KegiatanFormPage'), 'KegiatanCreatePage');
export const KegiatanEditPage = page(() => import('./KegiatanFormPage'), 'KegiatanEditPage');
export const NaikKelasPage = page(() => import('./NaikKelasPage'), 'NaikKelasPage');
export const ReportPage = page(() => import('./ReportPage'), 'ReportPage');
export const ReportPrintPage = page(() => import('./ReportPrintPage'), 'ReportPrintPage');
export const ImportPage = page(() => import('./ImportPage'), 'ImportPage');
export const AuditPage = page(() => import('./AuditPage'), 'AuditPage');
export const RecycleBinPage = page(() => import('./RecycleBinPage'), 'RecycleBinPage');
export const UsersPage = page(() => import('./UsersPage'), 'UsersPage');
export const BackupPage = page(() => import('./BackupPage'), 'BackupPage');
export const OfficeSettingsPage = page(() => import('./OfficeSettingsPage'), 'OfficeSettingsPage');
export const ConnectionPage = page(() => import('./ConnectionPage'), 'ConnectionPage');
export const BantuanPage = page(() => import('./BantuanPage'), 'BantuanPage');
export const SertifikatPage = page(() => import('./SertifikatPage'), 'SertifikatPage');
export const NotFoundPage = page(() => import('./NotFoundPage'), 'NotFoundPage');
export const MonevDuePage = page(() => import('./MonevDuePage'), 'MonevDuePage');
