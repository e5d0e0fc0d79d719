import { In, type EntityManager } from 'typeorm';
import type { AuditChanges, LampiranOpenResult } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import type { EntitySnapshot } from '../../audit/snapshots';
import { LampiranEntity } from '../../db/entities/lampiran';
import { lampiranOf } from './lampiranChannels';

const ownerLabel = (kind: string, id: number) => `${messages.lampiran.owners[kind as keyof typeof messages.lampiran.owners] ?? kind} #${id}`;

/** An attachment as the trail compares it: what it is and where it hangs, not its bytes. */
export const lampiranSnapshot: EntitySnapshot = {
  entity: LampiranEntity as unknown as EntitySnapshot['entity'],
  read: async (ctx, id) => {
    const { id: _id, createdAt: _c, createdBy: _b, hasThumbnail: _t, ...rest } = await lampiranOf(ctx).get(id);
    return rest;
  },
  name: (s) => fill(messages.lampiran.recordName, { file: String(s.fileName), owner: ownerLabel(String(s.owner), Number(s.ownerId)) }),
};

/** "KTP Bu Ani.jpg (UMKM #27)": each attachment by its file and the record it is on. */
export async function lampiranNames(em: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const rows = await em.find(LampiranEntity, { select: { id: true, fileName: true, ownerKind: true, ownerId: true }, where: { id: In(ids) } });
  return new Map(rows.map((r) => [r.id, fill(messages.lampiran.recordName, { file: r.fileName, owner: ownerLabel(r.ownerKind, r.ownerId) })]));
}

/** The trail's line of an attachment opened or downloaded: which file, of which record, how large. */
export function lampiranDisclosure(input: { id: number }, r: LampiranOpenResult) {
  return {
    action: 'export' as const,
    entity: 'lampiran' as const,
    summary: fill(messages.lampiran.opened, { file: r.file.name, id: input.id }),
    changes: { exportFile: [null, r.file.name], exportSize: [null, r.file.size] } as AuditChanges,
  };
}
