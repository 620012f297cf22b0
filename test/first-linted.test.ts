/**
 * `CliIo.firstLinted`: the bundle writes its compile cache when the first
 * run of files (64) has been linted, not at the end of a long run (by then
 * V8 has dropped the compiled code of start-up functions). The hook is
 * called once, before the second run of files is read, and not at all when
 * no file could be linted.
 */
import {writeFileSync} from 'node:fs'
import {afterAll, describe, expect, it} from 'vitest'
import {runInProcess} from './helpers/in-process.js'
import {cleanPlan, debrisPlan} from './helpers/plans.js'
import {removeTempProjects, tempProject} from './helpers/project.js'

afterAll(removeTempProjects)

interface Report {
  files: Array<{path: string; messages: unknown[]}>
}


describe('firstLinted', () => {
  it('is called once, after the first run of files and before the next one is read', async () => {
    const name = (index: number) => `specs/${String(index).padStart(3, '0')}-x/plan.md`
    const project = tempProject(Object.fromEntries(Array.from({length: 130}, (_, index) => [name(index), cleanPlan])))
    let calls = 0
    const firstLinted = () => {
      calls++
      // The third run of files has not been read yet: this is what it will lint.
      writeFileSync(project.path(name(129)), debrisPlan)
    }
    const result = await runInProcess(['--format', 'json', 'specs'], project.root, {env: {}, firstLinted})
    expect(result.code).toBe(1)
    expect(calls).toBe(1)
    const report = JSON.parse(result.output) as Report
    const findings = new Map(report.files.map((file) => [file.path, file.messages.length]))
    expect(findings.size).toBe(130)
    expect(findings.get(name(0))).toBe(0)
    expect(findings.get(name(129))).toBeGreaterThan(0)
  })

  it('is not called when no file could be linted', async () => {
    const project = tempProject({'.remarkrc.json': '{"plugins": [', 'specs/001-x/plan.md': cleanPlan})
    let calls = 0
    const result = await runInProcess(['specs'], project.root, {env: {}, firstLinted: () => calls++})
    expect(result.code).toBe(2)
    expect(calls).toBe(0)
  })
})
