import { registry } from './registry';
import { kemitraan } from './kemitraan';
import { kemitraanPages } from './kemitraanPages';
import { progress } from './progress';
import { progressPages } from './progressPages';
import { excel } from './excel';
import { importEngine } from './importEngine';
import { cli } from './cli';
import { importPages } from './importPages';
import { excelImport } from './excelImport';
import { auth } from './auth';
import { backup } from './backup';
import { audit } from './audit';
import { exportMessages } from './exports';
import { office } from './office';
import { reportPrint } from './reportPrint';
import { connection } from './connection';
import { edits } from './edits';
import { transfer } from './transfer';
import { takenKeys } from './takenKeys';
import { funding } from './funding';
import { sertifikat } from './sertifikat';
import { lampiran } from './lampiran';
import { monev } from './monev';
import { bantuan } from './bantuan';
import { kegiatanPembinaan } from './kegiatanPembinaan';
import { riwayat } from './riwayat';
import { joinAreas } from '../joinAreas';

// Every string the app shows, in Bahasa Indonesia, one file per area, each area owning its
// namespaces (the top-level keys); an English table can follow with the same keys.
export const AREAS = [registry, kemitraan, kemitraanPages, progress, progressPages, excel, importEngine, cli, importPages, excelImport, auth, audit, backup, exportMessages, office, reportPrint, connection, edits, transfer, takenKeys, funding, lampiran, monev, bantuan, kegiatanPembinaan, sertifikat, riwayat] as const;
export const id = joinAreas(registry, kemitraan, kemitraanPages, progress, progressPages, excel, importEngine, cli, importPages, excelImport, auth, audit, backup, exportMessages, office, reportPrint, connection, edits, transfer, takenKeys, funding, lampiran, monev, bantuan, kegiatanPembinaan, sertifikat, riwayat);
export type Messages = typeof id;
