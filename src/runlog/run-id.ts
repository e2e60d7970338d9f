/**
 * Run ids, one module, one rule. A run id becomes a file or folder name in every store, an artifact name
 * and an Argo label, so it is checked once, the same way everywhere: letters, digits, '.', '_' and '-',
 * starting with a letter or digit, at most 200 characters (so never '.', '..', a path or a NUL).
 * New ids (semantics §19 h) are readable words, the UTC time to the second and 32 random bits, so two runs
 * started in the same instant cannot clash; an existing id is still refused by the store.
 */
import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors.js';

const RULE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function isValidRunId(runId: unknown): runId is string {
  return typeof runId === 'string' && RULE.test(runId);
}

export function checkRunId(runId: string): void {
  if (!isValidRunId(runId)) {
    throw new UsageError(
      `invalid run id '${String(runId).slice(0, 80)}': use letters, digits, '.', '_' and '-' (at most 200, starting with a letter or digit)`,
    );
  }
}

const ADJECTIVES = ['amber', 'brisk', 'calm', 'deft', 'eager', 'fair', 'glad', 'hale', 'keen', 'lucid', 'merry', 'neat', 'proud', 'quick', 'rapid', 'sage', 'tidy', 'vivid', 'warm', 'zesty'];
const NOUNS = ['badger', 'crane', 'dingo', 'egret', 'falcon', 'gecko', 'heron', 'ibis', 'jackal', 'koala', 'lemur', 'marten', 'newt', 'otter', 'panda', 'quail', 'raven', 'stoat', 'tapir', 'vole'];

export function generateRunId(now = new Date()): string {
  const rnd = randomBytes(4);
  const adj = ADJECTIVES[rnd[0]! % ADJECTIVES.length];
  const noun = NOUNS[rnd[1]! % NOUNS.length];
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `${adj}-${noun}-${stamp}-${rnd.toString('hex')}`;
}
