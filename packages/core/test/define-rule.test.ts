import {defineRule, isOffConfig, PlanLintConfigError, templateRuleOptions} from '@plan-lint/core'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const rule = defineRule({
  id: 'plan-demo',
  description: 'Demo',
  options: templateRuleOptions,
  messages: {found: ({text}: {text: string}) => `Unexpected \`${text}\`, expected nothing`},
  check({tree, report}) {
    report('found', {text: 'x'}, tree.children[0])
  }
})
const template = {id: 'demo', name: 'demo'}

async function lint(config: unknown) {
  const processor = unified().use(remarkParse).use(rule, config)
  const file = new VFile({path: 'plan.md', value: '# x\n'})
  await processor.run(processor.parse(file), file)
  return file.messages
}

describe('defineRule', () => {
  it('turned off in any way remark users write it, needs no options and reports nothing', async () => {
    for (const off of [['off'], [0, {}], [false], ['off', {template}]]) {
      expect(isOffConfig(off)).toBe(true)
      expect(await lint(off)).toEqual([])
    }
  })

  it('follows unified-lint-rule severities', async () => {
    const [warning] = await lint([1, {template}])
    const [error] = await lint(['error', {template}])
    expect(warning?.fatal).toBe(false)
    expect(error?.fatal).toBe(true)
    expect(error).toMatchObject({ruleId: 'plan-demo', source: 'remark-lint', reason: 'Unexpected `x`, expected nothing'})
  })

  it('rejects bad options when the processor is configured, naming rule and option path', () => {
    const configure = (config: unknown) => () => unified().use(remarkParse).use(rule, config).freeze()
    expect(configure({template, extra: 1})).toThrow(PlanLintConfigError)
    expect(configure({template, extra: 1})).toThrow(/Invalid options for `plan-demo`: .*extra/)
    expect(configure(['error', {template: {id: 'Bad Id', name: 'x'}}])).toThrow(/at `template`: invalid template: at `id`/)
    expect(configure([1])).toThrow(/at `template`/)
    // unified-lint-rule reads a bare severity as options: say so.
    expect(configure('off')).toThrow(/got the severity `off` where options go, expected `\["off", options\]`/)
    expect(configure('error')).toThrow(/got the severity `error`/)
  })
})
