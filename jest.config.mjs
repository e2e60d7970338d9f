// ESM TypeScript tests, transformed by swc (fast; type checking is `npm run typecheck`).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  // Workflow commands that in-process code prints (::debug::, ::add-mask::) stay out of the suite's output.
  setupFiles: ['<rootDir>/scripts/jest-quiet-workflow-commands.mjs'],
  testTimeout: 60000,
  // Real processes and servers: 2 workers match the 2-core machines CI runs on.
  maxWorkers: 2,
};
