/**
 * Configuration errors through the real command line (docs/reliability.md):
 * each exits 2 with one line on stderr that names the configuration file,
 * the rule or plugin and the option path where there is one, and what was
 * expected. The lines are pinned in full: they are what users read.
 *
 * Also in cli.test.ts, with looser checks: a malformed `.remarkrc.json`, a
 * missing plugin, a bad template and an unknown key for a rule, a rule that
 * throws, `--preset nope`.
 */
import {afterAll, describe, it, type ExpectStatic} from 'vitest'
import {linesOf, runCli, type CliResult} from './helpers/cli.js'
import {debrisPlan} from './helpers/plans.js'
import {removeTempProjects, tempProject} from './helpers/project.js'

afterAll(removeTempProjects)

const presetIds = '`auto`, `spec-kit`, `speckitadv`, `spec-kit-gates`, `spec-plan`, `technical-plan`'

/** Exit 2, nothing on stdout, exactly `line` on stderr. */
function expectError(expect: ExpectStatic, result: CliResult, line: string | RegExp): void {
  expect(result.code, result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).not.toMatch(/\n\s+at /)
  const lines = linesOf(result.stderr)
  expect(lines, result.stderr).toHaveLength(1)
  if (typeof line === 'string') expect(lines[0]).toBe(line)
  else expect(lines[0]).toMatch(line)
}

/** Lint a plan in a project with these files, the workspace packages installed. */
function lintWith(files: Record<string, string>, args: string[] = ['debris-plan.md'], cwd = ''): Promise<CliResult> {
  const project = tempProject({'debris-plan.md': debrisPlan, ...files}).linkPackages()
  return runCli(args, project.path(cwd))
}

/** A `.remarkrc.mjs` that loads one rule of @plan-lint/rules with the spec-kit template and more options. */
function ruleConfig(rule: string, config: string): Record<string, string> {
  return {
    '.remarkrc.mjs': [
      "import {specKitTemplate} from 'remark-preset-plan-spec-kit'",
      `import {${rule}} from '@plan-lint/rules'`,
      `export default {plugins: [[${rule}, ${config}]]}`,
      ''
    ].join('\n')
  }
}

describe.concurrent('unknown preset', () => {
  it('--preset nope', async ({expect}) => {
    expectError(expect, await lintWith({}, ['--preset', 'nope', 'debris-plan.md']), `plan-lint: Unknown preset \`nope\`, expected one of ${presetIds}`)
  })

  it('{preset: "nope"} for remarkPlanLint in .remarkrc.mjs', async ({expect}) => {
    const result = await lintWith({
      '.remarkrc.mjs': "import {remarkPlanLint} from 'plan-lint'\nexport default {plugins: [[remarkPlanLint, {preset: 'nope'}]]}\n"
    })
    expectError(
      expect,
      result,
      `plan-lint: \`.remarkrc.mjs\`: Invalid options for \`remarkPlanLint\`: at \`preset\`: unknown preset \`nope\`, expected one of ${presetIds}`
    )
  })

  it('an unknown option for remarkPlanLint', async ({expect}) => {
    const result = await lintWith({
      '.remarkrc.mjs': "import {remarkPlanLint} from 'plan-lint'\nexport default {plugins: [[remarkPlanLint, {presett: 'spec-kit'}]]}\n"
    })
    expectError(
      expect,
      result,
      'plan-lint: `.remarkrc.mjs`: Invalid options for `remarkPlanLint`: at `presett`: unknown key, expected `preset`, `unrecognised`'
    )
  })
})

describe.concurrent('rule options', () => {
  it('an unknown option', async ({expect}) => {
    const result = await lintWith(ruleConfig('planSectionOrder', "['warn', {template: specKitTemplate, unknownKey: 1}]"))
    expectError(
      expect,
      result,
      'plan-lint: `.remarkrc.mjs`: Invalid options for `plan-section-order`: at `unknownKey`: unknown key, expected `template`'
    )
  })

  it('an option of the wrong type', async ({expect}) => {
    const result = await lintWith(ruleConfig('planSuccessCriteriaTraced', "['error', {template: specKitTemplate, families: 'FR'}]"))
    expectError(
      expect,
      result,
      'plan-lint: `.remarkrc.mjs`: Invalid options for `plan-success-criteria-traced`: at `families`: Invalid input: expected array, received string'
    )
  })

  it('an option value out of its set', async ({expect}) => {
    const result = await lintWith(ruleConfig('planGatesPassed', "['error', {template: specKitTemplate, stage: 'done'}]"))
    expectError(
      expect,
      result,
      'plan-lint: `.remarkrc.mjs`: Invalid options for `plan-gates-passed`: at `stage`: Invalid option: expected one of "planning"|"implementation"'
    )
  })

  it('a severity unified-lint-rule does not know', async ({expect}) => {
    const [word, number] = await Promise.all([
      lintWith(ruleConfig('planSectionOrder', "['fatal', {template: specKitTemplate}]")),
      lintWith(ruleConfig('planSectionOrder', '[3, {template: specKitTemplate}]'))
    ])
    for (const [result, severity] of [
      [word, 'fatal'],
      [number, '3']
    ] as const) {
      expectError(
        expect,
        result,
        `plan-lint: \`.remarkrc.mjs\`: Invalid severity \`${severity}\` for \`plan-section-order\`, expected \`off\`, \`warn\`, \`error\` (or 0, 1, 2)`
      )
    }
  })

  it('a template option that fails the template schema', async ({expect}) => {
    const result = await lintWith(
      ruleConfig('planRequiredSections', "['error', {template: {...specKitTemplate, sections: [{id: 'goal', text: 'Goal', level: 7, colour: 'red'}]}}]")
    )
    expectError(
      expect,
      result,
      'plan-lint: `.remarkrc.mjs`: Invalid options for `plan-required-sections`: at `template`: invalid template: at `sections[0].level`: Too big: expected number to be <=6; at `sections[0].colour`: unknown key'
    )
  })

  it('a configuration in a parent folder is named from the working folder', async ({expect}) => {
    const result = await lintWith(
      {...ruleConfig('planSectionOrder', "['warn', {template: specKitTemplate, unknownKey: 1}]"), 'sub/dir/debris-plan.md': debrisPlan},
      ['debris-plan.md'],
      'sub/dir'
    )
    expectError(expect, result, /^plan-lint: `\.\.\/\.\.\/\.remarkrc\.mjs`: Invalid options for `plan-section-order`: at `unknownKey`/)
  })
})

describe.concurrent('templates built in the configuration', () => {
  it('defineTemplate with an invalid template', async ({expect}) => {
    const result = await lintWith({
      '.remarkrc.mjs': [
        "import {defineTemplate} from '@plan-lint/core'",
        "import {createPreset, planRequiredSections} from '@plan-lint/rules'",
        "const template = defineTemplate({id: 'team-plan', name: 'team plan', sections: [{id: 'goal', text: 'Goal', level: 'two'}]})",
        "export default createPreset('team-plan', template, [[planRequiredSections, 'error']])",
        ''
      ].join('\n')
    })
    expectError(
      expect,
      result,
      'plan-lint: Cannot parse file `.remarkrc.mjs`: Cannot import `.remarkrc.mjs`: Invalid template: at `sections[0].level`: Invalid input: expected number, received string'
    )
  })

  it('templatePreset with an invalid template', async ({expect}) => {
    const result = await lintWith({
      '.remarkrc.mjs': [
        "import {templatePreset} from 'plan-lint'",
        "export default templatePreset({id: 'team-plan', name: 'team plan', sections: [{id: 'goal', text: 'Goal', level: 2, requirement: 'sometimes'}]})",
        ''
      ].join('\n')
    })
    expectError(
      expect,
      result,
      /^plan-lint: Cannot parse file `\.remarkrc\.mjs`: Cannot import `\.remarkrc\.mjs`: Invalid template: at `sections\[0\]\.requirement`: Invalid option: expected one of "required"\|/
    )
  })

  it('createPreset with a template that is not one', async ({expect}) => {
    const result = await lintWith({
      '.remarkrc.mjs': [
        "import {createPreset, planNoPlaceholders} from '@plan-lint/rules'",
        "export default createPreset('team-plan', {id: 'team-plan', sections: 'none'}, [[planNoPlaceholders, 'error']])",
        ''
      ].join('\n')
    })
    expectError(
      expect,
      result,
      'plan-lint: `.remarkrc.mjs`: Invalid options for `plan-no-placeholders`: at `template`: invalid template: at `name`: Invalid input: expected string, received undefined; at `sections`: Invalid input: expected array, received string'
    )
  })
})

describe.concurrent('configuration files that do not load', () => {
  it('a malformed .remarkrc.json', async ({expect}) => {
    const result = await lintWith({'.remarkrc.json': '{\n  "plugins": [\n    "remark-preset-plan-spec-kit"\n    "oops"\n  ]\n}\n'})
    expectError(expect, result, /^plan-lint: Cannot parse file `\.remarkrc\.json`: Expected ',' or ']' after array element in JSON at position \d+/)
  })

  it('a .remarkrc.js with a syntax error', async ({expect}) => {
    const result = await lintWith({'.remarkrc.js': 'export default {plugins: [\n'})
    expectError(expect, result, /^plan-lint: Cannot parse file `\.remarkrc\.js`: Cannot import `\.remarkrc\.js`: \S/)
  })

  it('a .remarkrc.js that throws', async ({expect}) => {
    const result = await lintWith({'.remarkrc.js': "throw new Error('TEAM_CONFIG is not set')\n"})
    expectError(expect, result, 'plan-lint: Cannot parse file `.remarkrc.js`: Cannot import `.remarkrc.js`: TEAM_CONFIG is not set')
  })

  it('a plugin that is not installed, from .remarkrc.json and from package.json', async ({expect}) => {
    const [rc, manifest] = await Promise.all([
      lintWith({'.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-nothing-here']})}),
      lintWith({'package.json': JSON.stringify({name: 'x', private: true, remarkConfig: {plugins: ['remark-preset-plan-nothing-here']}})})
    ])
    expectError(expect, rc, /^plan-lint: `\.remarkrc\.json`: Cannot find module `remark-preset-plan-nothing-here`/)
    expectError(expect, manifest, /^plan-lint: `package\.json`: Cannot find module `remark-preset-plan-nothing-here`/)
  })
})
