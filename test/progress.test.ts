/**
 * The progress line of long runs (packages/cli/src/progress.ts): drawn on a
 * terminal only, never in CI, in a pipe or for machine-readable reports;
 * counted per linted file through the engine run. In-process, with a fake
 * terminal and a fake clock: nothing here depends on timing.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {run} from '../packages/cli/dist/cli.js'
import {createProgress, progressMinimumFiles, type ProgressTarget} from '../packages/cli/dist/progress.js'
import {VFile} from 'vfile'
import {cleanPlan, debrisPlan} from './helpers/plans.js'
import {removeTempProjects, tempProject} from './helpers/project.js'

afterAll(removeTempProjects)

class FakeTerminal implements ProgressTarget {
  readonly writes: string[] = []
  constructor(
    readonly isTTY = true,
    readonly columns = 120
  ) {}
  write(text: string): boolean {
    this.writes.push(text)
    return true
  }
}

const erase = '\r\u001B[K'

function fileWith(findings: number, infos = 0): VFile {
  const file = new VFile({path: 'plan.md', value: ''})
  for (let index = 0; index < findings; index++) file.message('finding')
  for (let index = 0; index < infos; index++) file.info('note')
  return file
}

describe('createProgress', () => {
  const base = {env: {}, format: 'stylish', total: progressMinimumFiles}

  it('draws on a terminal, for the stylish report, for a run of many files', () => {
    expect(createProgress({...base, target: new FakeTerminal()})).toBeDefined()
  })

  it('stays silent in CI, in a pipe, for machine reports and for short runs', () => {
    expect(createProgress({...base, target: new FakeTerminal(), env: {CI: 'true'}})).toBeUndefined()
    expect(createProgress({...base, target: new FakeTerminal(), env: {CI: '1'}})).toBeUndefined()
    expect(createProgress({...base, target: new FakeTerminal(false)})).toBeUndefined()
    expect(createProgress({...base, target: undefined})).toBeUndefined()
    for (const format of ['json', 'sarif', 'github']) {
      expect(createProgress({...base, target: new FakeTerminal(), format})).toBeUndefined()
    }
    expect(createProgress({...base, target: new FakeTerminal(), total: progressMinimumFiles - 1})).toBeUndefined()
  })

  it('counts files and findings (not infos), redraws at most once per interval, and erases the line at the end', () => {
    const terminal = new FakeTerminal()
    let clock = 0
    const shown = createProgress({...base, target: terminal, total: 40, interval: 100, now: () => clock})
    if (!shown) throw new Error('expected a progress line')
    shown.fileDone(fileWith(2, 1))
    expect(terminal.writes).toEqual([`${erase}plan-lint: 1/40 files, 2 findings`])
    clock = 50
    shown.fileDone(fileWith(1))
    expect(terminal.writes).toHaveLength(1)
    clock = 150
    shown.fileDone(fileWith(0))
    expect(terminal.writes.at(-1)).toBe(`${erase}plan-lint: 3/40 files, 3 findings`)
    for (let index = 3; index < 40; index++) shown.fileDone(fileWith(0))
    expect(terminal.writes.at(-1)).toBe(`${erase}plan-lint: 40/40 files, 3 findings`)
    shown.finish()
    expect(terminal.writes.at(-1)).toBe(erase)
  })

  it('fits the line in the terminal width', () => {
    const terminal = new FakeTerminal(true, 20)
    const progress = createProgress({...base, target: terminal})
    progress?.fileDone(fileWith(1))
    expect(terminal.writes[0]?.replace(erase, '').length).toBeLessThan(20)
  })
})

describe('the progress line in a run of the CLI', () => {
  const files = progressMinimumFiles + 5
  const project = tempProject(
    Object.fromEntries(
      Array.from({length: files}, (_, index) => [`specs/${String(index).padStart(3, '0')}-x/plan.md`, index % 2 ? debrisPlan : cleanPlan])
    )
  )

  async function lint(args: string[], terminal: FakeTerminal, env: Record<string, string> = {}) {
    let stdout = ''
    let stderr = ''
    const code = await run(args, {
      cwd: project.root,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      color: false,
      progress: terminal,
      env
    })
    return {code, stdout, stderr}
  }

  it('counts every linted file with its findings, then erases itself before the report', async () => {
    const terminal = new FakeTerminal()
    const result = await lint(['specs'], terminal)
    expect(result.code).toBe(1)
    const lines = terminal.writes.filter((text) => text !== erase)
    expect(lines[0]).toMatch(/^\r\u001B\[Kplan-lint: 1\/25 files, \d+ findings?$/)
    const last = lines.at(-1) ?? ''
    expect(last).toMatch(/^\r\u001B\[Kplan-lint: 25\/25 files, \d+ findings$/)
    const findings = Number(/(\d+) findings$/.exec(last)?.[1])
    const reported = /(\d+) messages/.exec(result.stdout)?.[1]
    expect(findings).toBe(Number(reported))
    expect(terminal.writes.at(-1)).toBe(erase)
  })

  it('draws nothing in CI, for JSON, or when stderr is not a terminal', async () => {
    for (const [args, terminal, env] of [
      [['specs'], new FakeTerminal(), {CI: 'true'}],
      [['--format', 'json', 'specs'], new FakeTerminal(), {}],
      [['specs'], new FakeTerminal(false), {}]
    ] as const) {
      const result = await lint([...args], terminal, env)
      expect(result.code).toBe(1)
      expect(terminal.writes).toEqual([])
    }
  })
})
