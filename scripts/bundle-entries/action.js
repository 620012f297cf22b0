/* global PLAN_LINT_BUILD_ID -- written by scripts/bundle.js */
import {loadBundle} from './load-bundle.js'

// A GitHub runner starts each job on a fresh machine: no cache to reuse.
const bundle = loadBundle(new URL('./lib/plan-lint.cjs', import.meta.url), {
  build: PLAN_LINT_BUILD_ID,
  load: (specifier) => import(specifier),
  cache: false
})
const {runAction} = await bundle.exports.loadAction()

process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
})
