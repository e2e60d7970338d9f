/**
 * The YAML safety layer keeps its own duplicate-key check because the `yaml` library's (`uniqueKeys`) is
 * quadratic in a mapping's keys (see src/pipeline/yaml-source.ts). Ours must report every duplicate the
 * library would, at the same key, plus the keys that collide only as JS property names.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Composer, LineCounter, Parser } from 'yaml';
import { ValidationError } from '../../src/errors.js';
import { loadYamlText } from '../../src/pipeline/yaml-source.js';

/** Positions (line:column) of the keys the library calls duplicate when it checks them itself. */
function libraryDuplicates(text: string): string[] {
  const lc = new LineCounter();
  const tokens = [...new Parser(lc.addNewLine).parse(text)];
  const docs = [...new Composer({ uniqueKeys: true, merge: true, schema: 'core' }).compose(tokens, true, text.length)];
  return docs[0]!.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => {
    const p = lc.linePos(e.pos[0]);
    return `${p.line}:${p.col}`;
  });
}

function ourDuplicates(text: string): string[] {
  try {
    return loadYamlText(text, 'x.yaml').issues.filter((i) => i.message.startsWith('duplicate ')).map((i) => `${i.line}:${i.column}`);
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.filter((i) => i.message.startsWith('duplicate ')).map((i) => `${i.line}:${i.column}`);
    throw e;
  }
}

describe('duplicate keys', () => {
  it('every duplicate the library finds, we find at the same key (random nested mappings)', () => {
    const key = fc.constantFrom('a', 'b', 'c', '"a"', "'b'", '1', '"1"', 'true', 'null', '~', '<<');
    const value = fc.constantFrom('1', 'x', '{}', '[1]');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value, fc.boolean()), { minLength: 1, maxLength: 12 }), (pairs) => {
        // a flat mapping and the same pairs nested one level down in a flow mapping
        const lines = pairs.map(([k, v]) => `${k}: ${k === '<<' ? '{}' : v}`);
        const text = `${lines.join('\n')}\nnested: {${pairs.map(([k, v]) => `${k}: ${k === '<<' ? '{}' : v}`).join(', ')}}\n`;
        const lib = libraryDuplicates(text);
        const ours = ourDuplicates(text);
        for (const at of lib) expect(ours).toContain(at);
      }),
      { numRuns: 300 },
    );
  });

  it("says where the key was first defined, and treats 1 and '1' (one JS property) as the same key", () => {
    expect(() => loadYamlText("a: 1\nb: 2\na: 3\n", 'x.yaml')).not.toThrow();
    expect(loadYamlText("a: 1\nb: 2\na: 3\n", 'x.yaml').issues).toEqual([
      { file: 'x.yaml', line: 3, column: 1, endLine: 3, endColumn: 2, path: 'a', message: "duplicate key 'a' (first defined at line 1)" },
    ]);
    expect(libraryDuplicates('a: 1\na: 2\n')).toEqual(['2:1']); // the helper sees what the library reports
    expect(libraryDuplicates("1: a\n'1': b\n")).toEqual([]);
    expect(ourDuplicates("1: a\n'1': b\n")).toEqual(['2:1']);
  });

  it('merge keys may repeat (as in the library)', () => {
    const text = 'base: &b {x: 1}\nmore: &m {y: 2}\nboth:\n  <<: *b\n  <<: *m\n';
    expect(libraryDuplicates(text)).toEqual([]);
    expect(ourDuplicates(text)).toEqual([]);
    expect(loadYamlText(text, 'x.yaml').value).toEqual({ base: { x: 1 }, more: { y: 2 }, both: { x: 1, y: 2 } });
  });
});
