/** The argo executor config: runnable 0.50's shape (snake or camel keys, unknown keys rejected) and the seed's. */
import { expect, test } from '@jest/globals';
import { argoExecutorConfigSchema, parseArgoExecutorConfig } from '../../src/config/argo.js';

test('0.50 shape in snake_case and camelCase normalises to the same config', () => {
  const snake = parseArgoExecutorConfig({ pvc_for_runnable: 'pvc', secret_from_k8s: 's', defaults: { image: 'i', image_pull_policy: 'Always', retry_strategy: { backOff: { duration: '1' } } }, argo_workflow: { spec: { service_account_name: 'sa' } } });
  const camel = parseArgoExecutorConfig({ pvcForRunnable: 'pvc', secretFromK8s: 's', defaults: { image: 'i', imagePullPolicy: 'Always', retryStrategy: { backoff: { duration: '1' } } }, argoWorkflow: { spec: { serviceAccountName: 'sa' } } });
  expect(snake).toEqual(camel);
  expect(snake.defaults.retryStrategy).toEqual({ backoff: { duration: '1' } });
  expect(parseArgoExecutorConfig(snake)).toEqual(snake); // idempotent
});

test('unknown keys, two spellings and a missing image are rejected', () => {
  expect(argoExecutorConfigSchema().safeParse({ defaults: { image: 'i' }, bogus: 1 }).success).toBe(false);
  expect(argoExecutorConfigSchema().safeParse({ defaults: { image: 'i', node_selector: {}, nodeSelector: {} } }).success).toBe(false);
  expect(argoExecutorConfigSchema().safeParse({ defaults: { image: 'i', gpu: 1 } }).success).toBe(false);
  expect(argoExecutorConfigSchema().safeParse({}).success).toBe(false);
});

test("the seed's shape maps onto 0.50's", () => {
  const c = parseArgoExecutorConfig({ image: 'runnable:demo', service_account_name: 'default-editor', persistent_volumes: [{ name: 'magnus-volume', mount_path: '/mnt' }] });
  expect(c.defaults.image).toBe('runnable:demo');
  expect(c.argoWorkflow.spec?.serviceAccountName).toBe('default-editor');
  expect(c.customVolumes).toEqual([{ mountPath: '/mnt', persistentVolumeClaim: { claimName: 'magnus-volume' } }]);
});
