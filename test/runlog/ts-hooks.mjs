// Lets plain `node --experimental-transform-types --import ./ts-hooks.mjs x.ts` run the project's TypeScript
// sources: relative `./x.js` imports resolve to `./x.ts` when no `.js` file exists (the repo's convention).
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      if ((specifier.startsWith('./') || specifier.startsWith('../')) && specifier.endsWith('.js')) {
        return nextResolve(specifier.slice(0, -3) + '.ts', context);
      }
      throw err;
    }
  },
});
