import { describe, expect, it } from 'vitest';
import { messages } from '../../shared/i18n';
import { AREAS } from '../../shared/i18n/id';
import { joinAreas } from '../../shared/i18n/joinAreas';

describe('the message table', () => {
  it('gives every namespace to exactly one area', () => {
    const seen = new Map<string, number>();
    AREAS.forEach((area, i) => {
      for (const key of Object.keys(area)) {
        expect(seen.has(key), `namespace "${key}" in areas ${seen.get(key)} and ${i}`).toBe(false);
        seen.set(key, i);
      }
    });
    expect(Object.keys(messages).sort()).toEqual([...seen.keys()].sort());
  });

  it('refuses to compile two areas with the same namespace', () => {
    const a = { nav: { home: 'Beranda' } } as const;
    // @ts-expect-error -- "nav" is defined twice: typecheck fails if joinAreas ever accepts it
    const joined = joinAreas(a, { nav: { back: 'Kembali' } } as const);
    // At run time the later area would silently win: the reason it must not compile.
    expect(Object.keys(joined)).toEqual(['nav']);
    expect(joinAreas(a, { app: { title: 'X' } } as const).nav.home).toBe('Beranda');
  });
});
