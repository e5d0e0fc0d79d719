import { ATTENDANCE_STATUSES, activityDays, type AttendanceStatus } from '../../../../shared/domain/kegiatan';
import { WalkInFields, type ImportParticipantsResult } from '../../../../shared/contract';
import { formatDate, isValidIsoDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { KegiatanPesertaEntity, KegiatanUmkmEntity, UmkmEntity } from '../../db/entities';
import type { KegiatanPesertaService, WalkInAt } from '../../services/kegiatanPesertaService';
import { fieldsError, throwIfAny } from '../../services/queryHelpers';
import { joinTarget } from '../../services/partnershipQueries';
import { cellText } from '../read/cellText';
import type { CellValue, WorkbookData } from '../read/types';
import type { EntityManager } from 'typeorm';

// Participants (and their attendance) of one activity from a workbook: the sheet of the
// participants' export, or any sheet with a "Nama" column. Columns by their header: NIK, Nama,
// No. HP, Nama usaha, No. sertifikat, and one per day of the activity headed by its date
// (23/05/2023 or a date cell) holding H / I / T. A row is matched to a participant already there
// (by NIK, else by the same name of a walk-in without NIK) and updated; else added. All or nothing.

const im = messages.kegiatanImport;
const MAX_ROWS = 5000;

type Field = 'nik' | 'name' | 'phone' | 'businessName' | 'certificateNumber';
const HEADERS: Record<Field, string[]> = {
  nik: ['nik', 'no ktp', 'nomor induk kependudukan'],
  name: ['nama', 'nama peserta', 'nama lengkap', 'nama pemilik'],
  phone: ['no hp', 'no. hp', 'hp', 'telepon', 'no telepon', 'nomor hp', 'no wa', 'whatsapp'],
  businessName: ['nama usaha', 'usaha', 'nama umkm'],
  certificateNumber: ['no sertifikat', 'no. sertifikat', 'nomor sertifikat', 'sertifikat'],
};
const norm = (s: string) => s.toLowerCase().replace(/[.:]/g, ' ').replace(/\s+/g, ' ').trim();
const FIELD_OF = new Map(Object.entries(HEADERS).flatMap(([field, names]) => names.map((n) => [norm(n), field as Field])));

const MARKS: Record<string, AttendanceStatus> = {
  h: 'hadir',
  hadir: 'hadir',
  '1': 'hadir',
  v: 'hadir',
  '✓': 'hadir',
  i: 'izin',
  izin: 'izin',
  s: 'izin',
  t: 'tidak_hadir',
  'tidak hadir': 'tidak_hadir',
  tidak_hadir: 'tidak_hadir',
  '0': 'tidak_hadir',
  a: 'tidak_hadir',
  '-': 'tidak_hadir',
};

/** A header cell that names a day: a date cell, 23/05/2023, or 2023-05-23. */
function headerDay(v: CellValue): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const t = cellText(v).trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : t;
  return isValidIsoDate(iso) ? iso : null;
}

interface Layout {
  headerIndex: number;
  columns: Partial<Record<Field, number>>;
  days: Array<{ col: number; day: string; header: string }>;
}

function findLayout(rows: Array<{ row: number; cells: CellValue[] }>): Layout | null {
  for (let i = 0; i < Math.min(rows.length, 15); i++) {
    const columns: Partial<Record<Field, number>> = {};
    const days: Layout['days'] = [];
    rows[i]!.cells.forEach((v, col) => {
      const field = FIELD_OF.get(norm(cellText(v)));
      if (field && columns[field] === undefined) columns[field] = col;
      const day = headerDay(v);
      if (day) days.push({ col, day, header: cellText(v) || formatDate(day) });
    });
    if (columns.name !== undefined) return { headerIndex: i, columns, days };
  }
  return null;
}

/** Reads, checks and writes the participants of activity `kegiatanId` from `workbook`. */
export async function importParticipants(em: EntityManager, svc: KegiatanPesertaService, kegiatanId: number, workbook: WorkbookData): Promise<ImportParticipantsResult> {
  const k = await svc.activity(kegiatanId, true);
  const sheet = workbook.sheets.find((s) => !s.hidden && findLayout(s.rows)) ?? workbook.sheets.find((s) => findLayout(s.rows));
  const layout = sheet ? findLayout(sheet.rows) : null;
  if (!sheet || !layout) throw fieldsError({ fileId: im.noHeader });
  const activity = activityDays(k.date, k.endDate);
  const fields: Record<string, string> = {};
  for (const d of layout.days) if (!activity.includes(d.day)) fields[`column${d.col}`] = fill(im.dayColumnOutside, { column: d.header, day: formatDate(d.day) });
  throwIfAny(fields);

  const body = sheet.rows.slice(layout.headerIndex + 1).filter((r) => r.cells.some((c) => cellText(c).trim() !== ''));
  if (body.length > MAX_ROWS) throw fieldsError({ fileId: fill(im.tooManyRows, { max: MAX_ROWS }) });
  const refuse = (row: number, message: string) => {
    fields[`row${row}`] ??= fill(im.rowRefused, { row, message });
  };
  const parsed: Array<{ row: number; walkIn: ReturnType<typeof WalkInFields.parse>; marks: Array<{ day: string; status: AttendanceStatus }> }> = [];
  const firstNik = new Map<string, number>();
  for (const r of body) {
    const get = (f: Field) => {
      const col = layout.columns[f];
      return col === undefined ? undefined : cellText(r.cells[col] ?? null).trim() || undefined;
    };
    const input = { nik: get('nik'), name: get('name') ?? '', phone: get('phone'), businessName: get('businessName'), certificateNumber: get('certificateNumber') };
    if (!input.name) {
      refuse(r.row, im.nameMissing);
      continue;
    }
    const ok = WalkInFields.safeParse(input);
    if (!ok.success) {
      const issue = ok.error.issues[0]!;
      refuse(r.row, `${messages.pesertaFields[String(issue.path[0]) as Field] ?? ''}: ${issue.message}`);
      continue;
    }
    const marks: Array<{ day: string; status: AttendanceStatus }> = [];
    for (const d of layout.days) {
      const text = norm(cellText(r.cells[d.col] ?? null));
      if (!text) continue;
      const status = MARKS[text] ?? (ATTENDANCE_STATUSES as readonly string[]).find((s) => s === text.replace(' ', '_'));
      if (!status) refuse(r.row, fill(im.badMark, { value: cellText(r.cells[d.col] ?? null) }));
      else marks.push({ day: d.day, status: status as AttendanceStatus });
    }
    if (ok.data.nik) {
      const first = firstNik.get(ok.data.nik);
      if (first !== undefined) refuse(r.row, fill(im.nikTwiceInFile, { nik: ok.data.nik, first }));
      else firstNik.set(ok.data.nik, r.row);
    }
    parsed.push({ row: r.row, walkIn: ok.data, marks });
  }
  if (Object.keys(fields).length) throw fieldsError(fields);

  // Who is already there: UMKM by their owner's NIK, walk-ins by NIK or (without one) by name.
  const umkmRows: Array<{ umkmId: number; nik: string }> = await em
    .createQueryBuilder(KegiatanUmkmEntity, 'ku')
    .innerJoin(joinTarget(UmkmEntity), 'u', 'u.id = ku.umkmId')
    .select('ku.umkmId', 'umkmId')
    .addSelect('u.nik', 'nik')
    .where('ku.kegiatanId = :id', { id: k.id })
    .getRawMany();
  const umkmByNik = new Map(umkmRows.map((u) => [u.nik, Number(u.umkmId)]));
  const walkIns = await em.find(KegiatanPesertaEntity, { where: { kegiatanId: k.id } });
  const walkByNik = new Map(walkIns.filter((p) => p.nik).map((p) => [p.nik!, p.id]));
  const walkByName = new Map(walkIns.filter((p) => !p.nik).map((p) => [norm(p.name), p.id]));

  let updated = 0;
  const fresh: Array<WalkInAt & { marks: (typeof parsed)[number]['marks'] }> = [];
  const marked: Array<{ ref: { umkmId?: number; pesertaId?: number }; marks: (typeof parsed)[number]['marks']; row: number }> = [];
  for (const p of parsed) {
    const w = p.walkIn;
    const umkmId = w.nik ? umkmByNik.get(w.nik) : undefined;
    const pesertaId = w.nik ? walkByNik.get(w.nik) : walkByName.get(norm(w.name));
    if (umkmId !== undefined) {
      if (w.certificateNumber) await svc.updateOne(k, { umkmId }, { certificateNumber: w.certificateNumber });
      marked.push({ ref: { umkmId }, marks: p.marks, row: p.row });
      updated++;
    } else if (pesertaId !== undefined) {
      const changes = Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined));
      await svc.updateOne(k, { pesertaId }, changes);
      marked.push({ ref: { pesertaId }, marks: p.marks, row: p.row });
      updated++;
    } else fresh.push({ ...w, field: `row${p.row}`, marks: p.marks });
  }
  const made = await svc.addParticipants(
    k,
    [],
    fresh.map(({ marks: _m, ...w }) => w),
  );
  // Those added: a walk-in whose NIK is an active UMKM's joined as that UMKM, in the order given.
  const byNikNow = new Map(
    (
      await em
        .createQueryBuilder(KegiatanUmkmEntity, 'ku')
        .innerJoin(joinTarget(UmkmEntity), 'u', 'u.id = ku.umkmId')
        .select('ku.umkmId', 'umkmId')
        .addSelect('u.nik', 'nik')
        .where('ku.kegiatanId = :id', { id: k.id })
        .getRawMany<{ umkmId: number; nik: string }>()
    ).map((u) => [u.nik, Number(u.umkmId)]),
  );
  let nextWalkIn = 0;
  for (const w of fresh) {
    const umkmId = w.nik ? byNikNow.get(w.nik) : undefined;
    if (umkmId !== undefined && made.umkmIds.includes(umkmId)) marked.push({ ref: { umkmId }, marks: w.marks, row: 0 });
    else marked.push({ ref: { pesertaId: made.pesertaIds[nextWalkIn++]! }, marks: w.marks, row: 0 });
  }
  const byDay = new Map<string, Array<{ umkmId?: number; pesertaId?: number; status: AttendanceStatus; field: string }>>();
  for (const m of marked) for (const d of m.marks) byDay.set(d.day, [...(byDay.get(d.day) ?? []), { ...m.ref, status: d.status, field: `row${m.row}` }]);
  const marks = await svc.mark(
    k,
    [...byDay].map(([day, list]) => ({ day, marks: list })),
  );
  await svc.stamp(k.id);
  return { added: fresh.length, updated, marks };
}
