/**
 * Preloaded (`node --import`) into every process the benchmark times: on
 * exit, writes the process's peak resident set size (`maxRSS`, in KiB, from
 * getrusage) to the file named by `PLAN_LINT_BENCH_RSS`. The process itself
 * reports its own peak, so nothing polls it from outside.
 */
import {writeFileSync} from 'node:fs'
import process from 'node:process'

const target = process.env.PLAN_LINT_BENCH_RSS
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS))
  })
}
