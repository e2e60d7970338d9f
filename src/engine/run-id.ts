/**
 * Collision-free run ids (semantics §19 h): readable words, the UTC time to the second, and 32 random bits,
 * so two runs started in the same instant cannot clash. An existing id is still refused by the store.
 */
import { randomBytes } from 'node:crypto';

const ADJECTIVES = ['amber', 'brisk', 'calm', 'deft', 'eager', 'fair', 'glad', 'hale', 'keen', 'lucid', 'merry', 'neat', 'proud', 'quick', 'rapid', 'sage', 'tidy', 'vivid', 'warm', 'zesty'];
const NOUNS = ['badger', 'crane', 'dingo', 'egret', 'falcon', 'gecko', 'heron', 'ibis', 'jackal', 'koala', 'lemur', 'marten', 'newt', 'otter', 'panda', 'quail', 'raven', 'stoat', 'tapir', 'vole'];

export function generateRunId(now = new Date()): string {
  const rnd = randomBytes(4);
  const adj = ADJECTIVES[rnd[0]! % ADJECTIVES.length];
  const noun = NOUNS[rnd[1]! % NOUNS.length];
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `${adj}-${noun}-${stamp}-${rnd.toString('hex')}`;
}
