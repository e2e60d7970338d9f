/**
 * The Python side of the python, async-python and notebook runners and of map reducers, embedded as a
 * string so the bundles need no extra files. It is written once per process to the private temp dir and
 * run as `python3 <shim> <request.json>` (see python.ts for why a file and not `-c`).
 *
 * Protocol: the request is a JSON file; the result is a JSON file whose path the request names (a private
 * channel: the user's stdout/stderr are never parsed). The shim never prints anything itself except a
 * failure's traceback to stderr (and async-python stream events to stdout).
 *
 * Keep this source free of backticks and dollar-brace sequences (it lives in a template literal).
 */
export declare const PYTHON_SHIM_SOURCE: string;
