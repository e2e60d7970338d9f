/**
 * What submit/poll use of @kubernetes/client-node. kube.ts loads this module with `import()` (never at
 * start-up); naming these here, instead of importing the package's whole namespace, lets the bundler drop
 * the rest of the generated client (every other API group and model): 17 MB of bundle less.
 * (package.json's `overrides` gives the client undici 7: undici 8 needs Node >= 22.19, we support 20.19.)
 */
export { CustomObjectsApi, KubeConfig, PatchStrategy, setHeaderOptions, Watch } from '@kubernetes/client-node';
