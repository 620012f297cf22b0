#!/usr/bin/env node
import {run} from '../dist/cli.js'

const code = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
  progress: process.stderr,
  env: process.env
})
process.exitCode = code
