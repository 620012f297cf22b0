#!/usr/bin/env node
/* global PLAN_LINT_BUILD_ID -- written by scripts/bundle.js */
import {existsSync} from 'node:fs'
import {loadBundle} from './load-bundle.js'

// The root package.json names this file as its bin, so `npx plan-lint` in a
// checkout of the plan-lint repository lands here: with the workspaces built,
// run them, the code being worked on. Installed from the packed package
// (pre-commit) or copied anywhere else, only the bundled copy is there.
// Either is loaded only when chosen: a run compiles one copy of plan-lint.
const workspaceCli = new URL('../packages/cli/dist/cli.js', import.meta.url)
const bundled = existsSync(workspaceCli)
  ? undefined
  : loadBundle(new URL('./lib/plan-lint.cjs', import.meta.url), {
      build: PLAN_LINT_BUILD_ID,
      load: (specifier) => import(specifier)
    })
const {run} = bundled ? bundled.exports : await import(workspaceCli.href)

const argv = process.argv.slice(2)
process.exitCode = await run(argv, {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
  progress: process.stderr,
  env: process.env,
  // Written while what the first files' linting compiled is all there (see CliIo).
  firstLinted: () => bundled?.saveCache({complete: true})
})

// A run that linted (exit 0 or 1) compiled what the next run will need.
const linted =
  (process.exitCode === 0 || process.exitCode === 1) &&
  argv[0] !== 'init' &&
  !argv.some((argument) => argument === '-h' || argument === '--help' || argument === '-v' || argument === '--version')
bundled?.saveCache({complete: linted})
