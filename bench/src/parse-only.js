/**
 * The parse-only floor: what plan-lint does to read and parse files, and
 * nothing else. The same steps as the `plan-lint` command: the same glob
 * expansion (tinyglobby), then unified-engine with remark-parse as the
 * processor, in the same runs of 64 files, with the settings the CLI passes
 * (no configuration search, no output), so the engine's own cost per file
 * (vfile reading, its queue, trees kept until a run of 64 ends) is in the
 * floor too. Like plan-lint, it keeps a file's text only to the end of its
 * run of 64. What plan-lint costs on top of this is its own: rules, the
 * plan model, cross-document reads, configuration and the report.
 *
 * `main(['<glob|file>', ...])` prints `files <n>` on stdout and returns the
 * exit status. The benchmark runs it as plan-lint's bundle runs: one
 * CommonJS script loaded through the same compile cache (run.js).
 */
import path from 'node:path'
import remarkParse from 'remark-parse'
import {glob} from 'tinyglobby'
import {unified} from 'unified'
import {engine} from 'unified-engine'

/**
 * plan-lint hands unified-engine its files in runs of 64 (`engineBatch` in
 * packages/cli/src/cli.ts); the floor does too, so that the engine's own
 * cost, which grows with the number of files in one run, is the same on
 * both sides.
 */
const engineBatch = 64

function runBatch(batch, cwd) {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified().use(remarkParse),
        cwd,
        files: batch,
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
        if (error) reject(error)
        else resolve({code, files: context?.files ?? []})
      }
    )
  })
}

export async function main(argv) {
  const cwd = process.cwd()
  const files = []
  for (const input of argv) {
    if (/[*?{[]/.test(input)) {
      for (const match of await glob(input, {cwd, absolute: true, onlyFiles: true})) files.push(path.resolve(match))
    } else files.push(path.resolve(cwd, input))
  }
  files.sort()
  const linted = []
  let status = 0
  for (let start = 0; start < files.length; start += engineBatch) {
    const {code, files: done} = await runBatch(files.slice(start, start + engineBatch), cwd)
    // As plan-lint does: a linted file's text is not kept to the end of the run.
    for (const file of done) file.value = ''
    linted.push(...done)
    status = Math.max(status, code ?? 0)
  }
  process.stdout.write(`files ${linted.length}\n`)
  return status
}
