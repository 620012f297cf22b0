/**
 * `remarkPlanLint`'s `unrecognised` option: where "no template style
 * recognised" is said (the language server passes `plans`).
 */
import {remarkPlanLint} from 'plan-lint'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

async function styleMessages(path: string, unrecognised?: 'info' | 'plans' | 'off'): Promise<number> {
  const file = new VFile({path, value: '# Notes\n\nNothing of a template here.\n'})
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlanLint, unrecognised ? {unrecognised} : {})
  await processor.run(processor.parse(file), file)
  return file.messages.filter((message) => message.ruleId === 'plan-style').length
}

describe('remarkPlanLint unrecognised', () => {
  it('says it on every file by default', async () => {
    expect(await styleMessages('README.md')).toBe(1)
    expect(await styleMessages('specs/001-x/plan.md')).toBe(1)
  })

  it('with `plans`, only on files named like plans', async () => {
    expect(await styleMessages('README.md', 'plans')).toBe(0)
    expect(await styleMessages('docs/notes.md', 'plans')).toBe(0)
    expect(await styleMessages('specs/001-x/plan.md', 'plans')).toBe(1)
    expect(await styleMessages('docs/FEAT-014-plan.md', 'plans')).toBe(1)
  })

  it('with `off`, never', async () => {
    expect(await styleMessages('specs/001-x/plan.md', 'off')).toBe(0)
  })
})
