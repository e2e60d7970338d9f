/**
 * Error classes are branded where they are declared, and `instanceof` means "is this class or a subclass":
 * across two copies of src/errors.ts (the Action and the CLI bundles) and never by a sibling's brand.
 */
import { describe, expect, it } from '@jest/globals';
import * as errors from '../../src/errors.js';

type ErrorClass = new (...a: never[]) => Error;
const classes = (Object.entries(errors) as [string, unknown][]).filter(
  (e): e is [string, ErrorClass] => typeof e[1] === 'function' && /Error$/.test(e[0]) && (e[1] as ErrorClass).prototype instanceof Error,
);
// instanceof and name depend on the prototype only, so no constructor arguments are needed.
const make = (C: new (...a: never[]) => Error): Error => Object.create(C.prototype) as Error;

describe('error brands', () => {
  it('every exported error class has a brand of its own (name survives minifiers)', () => {
    expect(classes.length).toBeGreaterThan(15);
    for (const [name, C] of classes) expect(make(C).name).toBe(name);
  });

  it('no error is an instance of a sibling class (a UsageError is not a RunLogInUseError)', () => {
    expect(new errors.UsageError('x')).not.toBeInstanceOf(errors.RunLogInUseError);
    for (const [a, A] of classes) {
      for (const [b, B] of classes) {
        if (a === b) continue;
        const related = A.prototype instanceof B || B === errors.RunnableError && A.prototype instanceof errors.RunnableError;
        expect({ pair: `${a} instanceof ${b}`, is: make(A) instanceof B }).toEqual({ pair: `${a} instanceof ${b}`, is: related });
      }
    }
  });

  it('an error from another copy of the module (another bundle) matches by brand', async () => {
    const other = (await import('../../src/errors.js?copy=2' as string)) as typeof errors;
    expect(other.RunLogInUseError).not.toBe(errors.RunLogInUseError);
    const e = new other.RunLogInUseError('r', 'pid 1', '/x/Owner.lock');
    expect(e).toBeInstanceOf(errors.RunLogInUseError);
    expect(e).toBeInstanceOf(errors.RunnableError);
    expect(e).not.toBeInstanceOf(errors.UsageError);
  });

  it('a subclass declared without a brand still works with plain prototype semantics', () => {
    class MyError extends errors.TaskError {}
    expect(new MyError('boom')).toBeInstanceOf(errors.TaskError);
    expect(new errors.TaskError('boom')).not.toBeInstanceOf(MyError);
    expect(new errors.UsageError('boom')).not.toBeInstanceOf(MyError);
  });
});
