// Jest setup (jest.config.mjs): code under test that runs in the test process (@actions/core, @actions/artifact
// inside the Action's modules) writes workflow commands such as `::debug::` and `::add-mask::` to stdout. On a
// terminal they are noise; in a GitHub job they would act on the job. Those lines are dropped from the test
// process's own stdout; what child processes print is captured by the tests and untouched.
const COMMAND = /^::(debug|add-mask|notice|warning|error|group|endgroup|save-state|set-output|stop-commands)(\s[^:]*)?::/;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = function (chunk, encoding, cb) {
  if (typeof chunk === 'string' && chunk.includes('::')) {
    const kept = chunk.split(/(?<=\n)/).filter((line) => !COMMAND.test(line)).join('');
    if (kept !== chunk) {
      if (!kept) {
        const done = typeof encoding === 'function' ? encoding : cb;
        if (done) queueMicrotask(() => done());
        return true;
      }
      return write(kept, encoding, cb);
    }
  }
  return write(chunk, encoding, cb);
};
