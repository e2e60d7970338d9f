import { describe, expect, it } from '@jest/globals';
import { RunnableError, ValidationError, formatIssue } from '../../src/errors.js';

describe('errors', () => {
  it('formats issues as file:line:column and keeps instanceof across the hierarchy', () => {
    const e = new ValidationError([{ file: 'p.yaml', line: 3, column: 5, path: 'dag.start_at', message: 'required' }], 'p.yaml');
    expect(e).toBeInstanceOf(RunnableError);
    expect(e.name).toBe('ValidationError');
    expect(formatIssue(e.issues[0]!)).toBe('p.yaml:3:5: dag.start_at: required');
    expect(new Error('x')).not.toBeInstanceOf(RunnableError);
  });
});
