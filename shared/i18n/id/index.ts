import { registry } from './registry';
import { kemitraan } from './kemitraan';
import { kemitraanPages } from './kemitraanPages';
import { progress } from './progress';
import { progressPages } from './progressPages';
import { excel } from './excel';
import { importEngine } from './importEngine';
import { importCli } from './importCli';
import { importPages } from './importPages';
import { excelImport } from './excelImport';
import { auth } from './auth';
import { backup } from './backup';
import { audit } from './audit';
import { exportMessages } from './exports';

// Every string the app shows, in Bahasa Indonesia, one file per area; an English table can
// follow with the same keys.
export const id = { ...registry, ...kemitraan, ...kemitraanPages, ...progress, ...progressPages, ...excel, ...importEngine, ...importCli, ...importPages, ...excelImport, ...auth, ...audit, ...backup, ...exportMessages } as const;
export type Messages = typeof id;
