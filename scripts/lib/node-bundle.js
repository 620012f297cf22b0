/**
 * esbuild settings for a self-contained ESM bundle that runs on Node: the
 * shipped CLI and Action (scripts/bundle.js), the template compiler's
 * scratch bundles (scripts/compile-templates.js) and the benchmark's
 * parse-only floor (bench/src/run.js), so each is built the same way.
 */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Node 20 has RegExp `v` flags (V8 11.3); esbuild would rewrite them as
  // `new RegExp(...)`, compiled eagerly at load (string-width's emoji pattern: 15 ms).
  supported: {'regexp-set-notation': true},
  // Dependencies written in CommonJS call `require`: give ESM output one.
  banner: {js: "import {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);"},
  logLevel: 'warning'
}
