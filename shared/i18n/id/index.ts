import { registry } from './registry';
import { kemitraan } from './kemitraan';
import { kemitraanPages } from './kemitraanPages';
import { progress } from './progress';
import { progressPages } from './progressPages';
import { excel } from './excel';
import { auth } from './auth';
import { backup } from './backup';

// Every string the app shows, in Bahasa Indonesia, one file per area; an English table can
// follow with the same keys.
export const id = { ...registry, ...kemitraan, ...kemitraanPages, ...progress, ...progressPages, ...excel, ...auth, ...backup } as const;
export type Messages = typeof id;
