import { CERTIFICATIONS, FIGURE_SOURCES, SALES_CHANNELS } from '../../../../shared/domain/sectors';
import { messages } from '../../../../shared/i18n';

// Select options for class records, from the domain lists, labelled from the message table.
const e = messages.progressEnums;
export const certificationOptions = CERTIFICATIONS.map((c) => ({ value: c, label: e.certification[c] }));
export const channelOptions = SALES_CHANNELS.map((c) => ({ value: c, label: e.channel[c] }));
export const sourceOptions = FIGURE_SOURCES.map((s) => ({ value: s, label: e.source[s] }));
