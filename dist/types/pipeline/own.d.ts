/**
 * Setting a property named by the user (`__proto__` included) as an own data property, never through the
 * prototype setter.
 */
export declare function setOwn<T>(obj: Record<string, T>, key: string, value: T): void;
