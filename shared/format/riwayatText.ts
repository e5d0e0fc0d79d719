import type { RiwayatItem } from '../contract/riwayat';
import { fill, messages } from '../i18n';
import { formatDate } from './date';
import { formatRupiah } from './rupiah';

const t = messages.riwayatText;

/** A certificate's kind as a clerk names it; "lainnya" by the name the clerk gave. */
function certName(i: Extract<RiwayatItem, { kind: 'sertifikat' }>): string {
  return i.certKind === 'lainnya' && i.kindOther ? i.kindOther : messages.sertifikatEnums.kind[i.certKind];
}

const parts = (xs: Array<string | false | null | undefined>) => xs.filter((x): x is string => typeof x === 'string' && x !== '').join('; ');

/**
 * One item of a UMKM's history in words: what happened (title), its particulars (detail) and its
 * value in rupiah where it has one. The tab, the workbook and the command line all say it so.
 */
export function riwayatText(i: RiwayatItem): { title: string; detail: string; value: number | null } {
  switch (i.kind) {
    case 'sertifikat':
      return {
        title: fill(t.certTitle, { cert: certName(i), step: t.steps[i.step] }),
        detail: parts([
          // The number and the issuer belong to the issued certificate, not to its application.
          i.step === 'terbit' && i.number && fill(t.certNumber, { number: i.number }),
          i.step === 'terbit' && i.issuer && fill(t.certIssuer, { issuer: i.issuer }),
          i.step === 'terbit' && i.validUntil && fill(t.certValidUntil, { date: formatDate(i.validUntil) }),
          i.programme && fill(t.certProgramme, { programme: i.programme }),
          i.step === 'ditolak' && i.refusalReason && fill(t.certRefused, { reason: i.refusalReason }),
        ]),
        value: null,
      };
    case 'kegiatan':
      return {
        title: fill(t.kegiatanTitle, { kind: messages.kegiatanKind[i.activityKind], name: i.name }),
        detail: parts([i.endDate && i.endDate !== i.date && fill(t.kegiatanDays, { from: formatDate(i.date), to: formatDate(i.endDate) }), i.venue && fill(t.kegiatanVenue, { venue: i.venue })]),
        value: null,
      };
    case 'bantuan':
      return {
        title: fill(t.bantuanTitle, { kind: messages.bantuanKind[i.bantuanKind], item: i.item }),
        detail: parts([
          fill(t.bantuanSource, { source: messages.fundSource[i.fundSource] }),
          i.programme && fill(t.bantuanProgramme, { programme: i.programme }),
          i.handoverNumber && fill(t.bantuanBast, { number: i.handoverNumber }),
          !i.handed && fill(t.bantuanNotHanded, { year: i.year }),
        ]),
        value: i.value,
      };
    case 'kemitraan': {
      const supports = i.supports.map((s) => {
        const args = { kind: messages.kemitraanEnums.support[s.kind], description: s.description };
        return s.value ? fill(messages.umkmProgress.supportItemValue, { ...args, value: formatRupiah(s.value) }) : fill(messages.umkmProgress.supportItem, args);
      });
      return {
        title: fill(t.kemitraanTitle, { number: i.number, partner: i.partnerName }),
        detail: parts([
          messages.kemitraanEnums.status[i.status],
          i.komunitasName && fill(t.kemitraanVia, { komunitas: i.komunitasName }),
          i.endDate ? fill(t.kemitraanPeriod, { from: formatDate(i.startDate), to: formatDate(i.endDate) }) : fill(t.kemitraanOpenEnd, { from: formatDate(i.startDate) }),
          ...supports,
        ]),
        value: i.supports.some((s) => s.value !== null) ? i.supports.reduce((sum, s) => sum + (s.value ?? 0), 0) : null,
      };
    }
    case 'monev':
      return {
        title: fill(t.monevTitle, { number: i.kemitraanNumber, partner: i.partnerName }),
        detail: parts([
          messages.monevEnums.method[i.method],
          i.officer && fill(t.monevOfficer, { officer: i.officer }),
          ...i.products.map((p) => fill(t.monevProduct, { product: p.product, sales: p.sales ? messages.monevEnums.sales[p.sales] : t.noValue })),
          i.nextStep && fill(t.monevNext, { step: i.nextStep }),
        ]),
        value: null,
      };
  }
}
