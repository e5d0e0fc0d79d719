import { Registry1764547200000 } from './1764547200000-registry';
import { Partnerships1764633600000 } from './1764633600000-partnerships';
import { Progress1764720000000 } from './1764720000000-progress';
import { ProgressIndexes1764806400000 } from './1764806400000-progress-indexes';
import { Accounts1764892800000 } from './1764892800000-accounts';
import { Audit1764979200000 } from './1764979200000-audit';
import { KemitraanFinished1765065600000 } from './1765065600000-kemitraan-finished';
import { QuerySpeed1765152000000 } from './1765152000000-query-speed';
import { AuditChain1765238400000 } from './1765238400000-audit-chain';
import { ConcurrentEdits1765411200000 } from './1765411200000-concurrent-edits';
import { Sertifikat1765584000000 } from './1765584000000-sertifikat';
import { KegiatanPembinaan1765584000001 } from './1765584000001-kegiatan-pembinaan';
import { Bantuan1765584000002 } from './1765584000002-bantuan';
import { Monev1765584000003 } from './1765584000003-monev';
import { Lampiran1765584000004 } from './1765584000004-lampiran';

// In order. A database that records a migration not in this list comes from a newer app.
export const MIGRATIONS = [Registry1764547200000, Partnerships1764633600000, Progress1764720000000, ProgressIndexes1764806400000, Accounts1764892800000, Audit1764979200000, KemitraanFinished1765065600000, QuerySpeed1765152000000, AuditChain1765238400000, ConcurrentEdits1765411200000,
  Sertifikat1765584000000, KegiatanPembinaan1765584000001, Bantuan1765584000002, Monev1765584000003, Lampiran1765584000004];
