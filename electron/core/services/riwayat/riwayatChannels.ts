import type { ChannelBindings } from '../../dispatch/binding';
import { writeOutgoing } from '../../files/writeOutgoing';
import { exportRiwayat, riwayatFileName } from './riwayatExport';
import { pembinaanFigures } from './pembinaanFigures';
import { RiwayatService } from './riwayatService';

export const riwayatChannels: ChannelBindings<'riwayat:list' | 'riwayat:export' | 'pembinaan:figures'> = {
  'riwayat:list': (input, ctx) => new RiwayatService(ctx.tx.em).list(input.umkmId, input.kinds),
  'riwayat:export': async (input, ctx) => {
    // Read first: an unknown UMKM is refused before any file is made.
    const history = await new RiwayatService(ctx.tx.em).list(input.umkmId, input.kinds);
    const umkm = await ctx.umkm.get(input.umkmId);
    return writeOutgoing(ctx, riwayatFileName(input.umkmId), (path) => exportRiwayat(path, history, umkm, input.kinds));
  },
  'pembinaan:figures': (input, ctx) => pembinaanFigures(ctx.tx.em, input),
};
