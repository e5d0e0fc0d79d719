import { z } from 'zod';
import { fill, messages } from '../i18n';
import { checkKbli, checkNib, checkNik, checkNpwp, digitsOnly } from '../domain/identifiers';
import { normalisePhone } from '../domain/phone';
import { isValidIsoDate, todayIso } from '../format/date';
import { parseRupiahDigits } from '../format/rupiah';
import './zodMessages';

// Field builders shared by every entity's schema. Forms send '' for an untouched optional input:
// it means "no value", and is stored as null.
const v = messages.validation;

// A NUL is in no text a clerk types; PostgreSQL refuses it in any text and SQLite reads some
// strings only up to it, so it is dropped from optional texts (filters among them) on both engines.
const withoutNul = (x: unknown) => (typeof x === 'string' ? x.replaceAll('\u0000', '') : x);
const blankToUndefined = (x: unknown) => (typeof x === 'string' && x.trim() === '' ? undefined : x === null ? undefined : x);

export const requiredText = (max: number, min = 1) => z.string().trim().min(min).max(max);

export const optionalText = (max: number) => z.preprocess((x) => blankToUndefined(withoutNul(x)), z.string().trim().max(max).optional());

export const MAX_RUPIAH = 1_000_000_000_000_000; // Rp 1 kuadriliun: far above any UMKM, below 2^53.

/** Whole rupiah: a number, or digits as clerks type them ("1.500.000"). */
export const money = z.preprocess(
  (x) => {
    const b = blankToUndefined(x);
    return typeof b === 'string' ? (parseRupiahDigits(b) ?? b) : b;
  },
  z.number({ error: v.money }).int({ error: v.money }).min(0, { error: v.money }).max(MAX_RUPIAH).optional(),
);

export const optionalInt = (min: number, max: number, message?: string) =>
  z.preprocess(
    (x) => {
      const b = blankToUndefined(x);
      return typeof b === 'string' && /^\d+$/.test(b.trim()) ? Number(b) : b;
    },
    z
      .number(message ? { error: message } : undefined)
      .int(message ? { error: message } : undefined)
      .min(min, message ? { error: message } : undefined)
      .max(max, message ? { error: message } : undefined)
      .optional(),
  );

export const isoDate = z
  .string()
  .trim()
  .refine(isValidIsoDate, { error: v.date });

export const pastOrTodayDate = isoDate.refine((d) => d <= todayIso(), { error: v.dateInFuture });

export const optionalPastDate = z.preprocess(blankToUndefined, pastOrTodayDate.optional());

export const nik = z
  .string()
  .transform(digitsOnly)
  .superRefine((val, ctx) => {
    const problem = checkNik(val);
    if (problem) ctx.addIssue({ code: 'custom', message: v.nik[problem] });
  });

export const optionalNib = z.preprocess(
  blankToUndefined,
  z.string().transform(digitsOnly).refine(checkNib, { error: v.nib }).optional(),
);

export const optionalNpwp = z.preprocess(
  blankToUndefined,
  z.string().transform(digitsOnly).refine(checkNpwp, { error: v.npwp }).optional(),
);

export const optionalKbli = z.preprocess(blankToUndefined, z.string().trim().refine(checkKbli, { error: v.kbli }).optional());

export const optionalPhone = z.preprocess(
  blankToUndefined,
  z
    .string()
    .transform((val, ctx) => {
      const r = normalisePhone(val);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: v.phone[r.problem] });
      return z.NEVER;
    })
    .optional(),
);

export const optionalEmail = z.preprocess(blankToUndefined, z.string().trim().toLowerCase().pipe(z.email()).optional());

const digitStringToNumber = (x: unknown) => (typeof x === 'string' && /^\d{1,15}$/.test(x.trim()) ? Number(x) : x);

/** A row id: a positive integer, or its digits (the command line passes text). */
export const id = z.preprocess(digitStringToNumber, z.number().int().positive());

/**
 * The version of a record a clerk's form opened (each record several clerks edit has one, one up
 * with every change): a save or delete naming it is refused once the record has another.
 */
export const version = z.number().int().positive();

export const foundedYear = () => optionalInt(1900, new Date().getFullYear(), fill(v.foundedYear));
