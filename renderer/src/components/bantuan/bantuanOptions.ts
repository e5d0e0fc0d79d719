import { BANTUAN_KINDS } from '../../../../shared/domain/bantuan';
import { FUND_SOURCES } from '../../../../shared/domain/funding';
import { messages } from '../../../../shared/i18n';

export const bantuanKindOptions = BANTUAN_KINDS.map((k) => ({ value: k, label: messages.bantuanKind[k] }));
export const fundSourceOptions = FUND_SOURCES.map((s) => ({ value: s, label: messages.fundSource[s] }));
