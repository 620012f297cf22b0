/**
 * Timing whole processes: wall time from spawn to exit, and the peak
 * resident set size the process reports itself (see record-rss.js).
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const recorder = new URL('./record-rss.js', import.meta.url).href
const scratch = mkdtempSync(path.join(os.tmpdir(), 'plan-lint-bench-rss-'))
process.on('exit', () => rmSync(scratch, {recursive: true, force: true}))
let runs = 0

/**
 * Run `node <args>` in `cwd`: `{ms, rssKiB, code, stdout, stderr}`. Output
 * goes to pipes (not a terminal), as in CI or a pre-commit hook.
 */
export function timeNode(args, {cwd, env = {}, timeoutMs = 30 * 60_000} = {}) {
  const rssFile = path.join(scratch, `rss-${++runs}`)
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', recorder, ...args], {
      cwd,
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env, PLAN_LINT_BENCH_RSS: rssFile},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const stdout = []
    const stderr = []
    child.stdout.on('data', (chunk) => stdout.push(chunk))
    child.stderr.on('data', (chunk) => stderr.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const ms = performance.now() - started
      clearTimeout(timer)
      let rssKiB
      try {
        rssKiB = Number(readFileSync(rssFile, 'utf8'))
      } catch {
        rssKiB = undefined
      }
      resolve({ms, rssKiB, code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8')})
    })
  })
}

/** Median, minimum and maximum of a list of numbers. */
export function summary(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return {median: undefined, min: undefined, max: undefined, n: 0}
  const middle = sorted.length >> 1
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return {median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length}
}

/** Run a Node script in a child process that prints one JSON document on stdout. */
export async function runJsonScript(script, args, options = {}) {
  const result = await timeNode([...(options.nodeArgs ?? []), fileURLToPath(new URL(script, import.meta.url)), ...args], options)
  if (result.code !== 0) {
    throw new Error(`${script} failed (exit ${result.code ?? result.signal}): ${result.stderr.trim().split('\n').slice(-5).join('\n')}`)
  }
  return JSON.parse(result.stdout)
}
