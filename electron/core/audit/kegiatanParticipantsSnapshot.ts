import type { Scope } from '../scope';

/**
 * An activity's participants as the audit trail records them (issue 15): who takes part, each
 * day's mark and the certificate numbers, one line each, so a change shows as lines added and
 * removed. Names only: NIK and phone stay out of the trail.
 */
export async function participantLines(ctx: Scope, id: number): Promise<{ participants: string[]; attendance: string[]; certificates: string[] }> {
  const p = await ctx.kegiatanPeserta.participants(id);
  const who = (x: (typeof p.participants)[number]) => `${x.businessName && x.kind === 'umkm' ? x.businessName : x.name} (${x.key})`;
  return {
    participants: p.participants.map(who),
    attendance: p.participants.flatMap((x) => Object.entries(x.attendance).map(([day, status]) => `${day} ${who(x)}: ${status}`)).sort(),
    certificates: p.participants.flatMap((x) => (x.certificateNumber ? [`${who(x)}: ${x.certificateNumber}`] : [])),
  };
}
