import { z } from 'zod';
import { fill, messages } from '../i18n';

const v = messages.validation;

// One Indonesian error map for every schema, so main, the CLI and the form say the same thing.
export function indonesianError(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return v.notInteger;
      return issue.input === undefined || issue.input === null ? v.required : v.invalidType;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? v.required : fill(v.tooShort, { min: Number(issue.minimum) });
      if (issue.origin === 'number') return fill(v.numberTooSmall, { min: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return fill(messages.kemitraanValidation.listTooShort, { min: Number(issue.minimum) });
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return fill(v.tooLong, { max: Number(issue.maximum) });
      if (issue.origin === 'number') return fill(v.numberTooBig, { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return fill(messages.kemitraanValidation.listTooLong, { max: Number(issue.maximum) });
      return undefined;
    case 'invalid_value':
      return issue.input === undefined || issue.input === null || issue.input === '' ? v.required : v.invalidChoice;
    case 'invalid_format':
      return issue.format === 'email' ? v.invalidEmail : v.invalidType;
    case 'unrecognized_keys':
      return fill(v.unknownKey, { key: issue.keys.join(', ') });
    default:
      return undefined;
  }
}

let installed = false;
export function installIndonesianErrors(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: indonesianError });
}

installIndonesianErrors();

/**
 * Flattens zod issues to the contract's field map: first message per path wins. An update's
 * changes are named as the record's own fields ("endDate", not "changes.endDate"), where its form
 * shows them.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    // A key the changes do not know is the record's, as it would be on a new record ("_").
    const ofRecord = issue.path[0] === 'changes' && (issue.path.length > 1 || issue.code === 'unrecognized_keys');
    const path = ofRecord ? issue.path.slice(1) : issue.path;
    const key = path.length ? path.map(String).join('.') : '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
