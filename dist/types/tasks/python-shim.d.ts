export interface PythonModules {
    /** The folder holding both modules. */
    dir: string;
    /** Module name of runnable_shim.py (binding, calls, reducers, probes, notebooks). */
    shim: string;
    /** Module name of runnable_worker.py (the warm worker's parent). */
    worker: string;
}
/** The Python modules, written to the private temp dir on first use. */
export declare function pythonModules(): PythonModules;
