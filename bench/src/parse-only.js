#!/usr/bin/env node
/**
 * The parse-only floor: what plan-lint does to read and parse files, and
 * nothing else. The same steps as the `plan-lint` command: the same glob
 * expansion (tinyglobby), then unified-engine with remark-parse as the
 * processor and the settings the CLI passes (no configuration search, no
 * output), so the engine's own cost per file (vfile reading, its queue,
 * trees kept until the run ends) is in the floor too. What plan-lint costs
 * on top of this is its own: rules, the plan model, cross-document reads,
 * configuration and the report.
 *
 * Usage: node parse-only.js <glob|file...>; prints `files <n>` on stdout.
 */
import path from 'node:path'
import remarkParse from 'remark-parse'
import {glob} from 'tinyglobby'
import {unified} from 'unified'
import {engine} from 'unified-engine'

const cwd = process.cwd()
const files = []
for (const input of process.argv.slice(2)) {
  if (/[*?{[]/.test(input)) {
    for (const match of await glob(input, {cwd, absolute: true, onlyFiles: true})) files.push(path.resolve(match))
  } else files.push(path.resolve(cwd, input))
}
files.sort()

engine(
  {
    processor: unified().use(remarkParse),
    cwd,
    files,
    extensions: ['md', 'markdown'],
    detectConfig: false,
    silentlyIgnore: true,
    out: false,
    output: false,
    quiet: true,
    reporter: () => '',
    streamError: {write: () => true}
  },
  (error, code, context) => {
    if (error) throw error
    process.stdout.write(`files ${context?.files.length ?? 0}\n`)
    process.exitCode = code
  }
)
