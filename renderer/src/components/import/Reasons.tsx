import { Button, Flex, Typography } from 'antd';
import type { PreviewRow } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';

const t = messages.importPages;
// antd's warning text colour, for a warning that is also a link.
const WARNING = '#d48806';

/**
 * Why a row is refused (and what was read with a guess), beside its status so it is in view however
 * wide the sheet is. A problem at a cell names its column and jumps to it, with its editor open.
 */
export function Reasons({ row, labels, canJump, onJump }: { row: PreviewRow; labels: Record<string, string>; canJump: (field: string) => boolean; onJump: (field: string) => void }) {
  const issues = [...row.issues].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
  if (issues.length === 0) return null;
  return (
    <Flex vertical gap={4} align="start" data-reasons={row.row}>
      {issues.map((i, n) => {
        const label = i.field ? (labels[i.field] ?? i.field) : null;
        const text = label ? `${label}: ${i.message}` : i.message;
        if (i.field && canJump(i.field)) {
          const field = i.field;
          return (
            <Button
              key={n}
              type="link"
              size="small"
              danger={i.level === 'error'}
              style={{ fontSize: 12, whiteSpace: 'normal', height: 'auto', padding: 0, textAlign: 'left', color: i.level === 'warning' ? WARNING : undefined }}
              title={fill(t.reasonGoTo, { field: label ?? field, row: row.row })}
              onClick={() => onJump(field)}
            >
              {text}
            </Button>
          );
        }
        return (
          <Typography.Text key={n} type={i.level === 'error' ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
            {text}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}
