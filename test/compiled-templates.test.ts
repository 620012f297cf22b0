/**
 * The built-in presets ship their templates compiled (template.compiled.ts,
 * written by scripts/compile-templates.js): each must be exactly what
 * `defineTemplate` returns for its source today, so the start-up time saved
 * by not validating them again costs no correctness. Templates users write
 * are still validated when a configuration loads them.
 */
import {compiledTemplate, defineTemplate, PlanLintConfigError, type TemplateInput} from '@plan-lint/core'
import {templatePreset} from '@plan-lint/rules'
import {describe, expect, it} from 'vitest'
import * as specKitGatesCompiled from '../presets/spec-kit-gates/src/template.compiled.js'
import * as specKitGates from '../presets/spec-kit-gates/src/template.js'
import * as specKitCompiled from '../presets/spec-kit/src/template.compiled.js'
import * as specKit from '../presets/spec-kit/src/template.js'
import * as specPlanCompiled from '../presets/spec-plan/src/template.compiled.js'
import * as specPlan from '../presets/spec-plan/src/template.js'
import * as speckitadvCompiled from '../presets/speckitadv/src/template.compiled.js'
import * as speckitadv from '../presets/speckitadv/src/template.js'
import * as technicalPlanCompiled from '../presets/technical-plan/src/template.compiled.js'
import * as technicalPlan from '../presets/technical-plan/src/template.js'

const pairs: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
  ['spec-kit', specKit, specKitCompiled],
  ['spec-plan', specPlan, specPlanCompiled],
  ['speckitadv', speckitadv, speckitadvCompiled],
  ['spec-kit-gates', specKitGates, specKitGatesCompiled],
  ['technical-plan', technicalPlan, technicalPlanCompiled]
]

describe('compiled built-in templates', () => {
  for (const [id, sources, compiled] of pairs) {
    it(`${id}: every source has a compiled copy equal to defineTemplate(source), key for key`, () => {
      const names = Object.keys(sources).filter((name) => name.endsWith('Source'))
      expect(names.length).toBeGreaterThan(0)
      expect(Object.keys(compiled).sort()).toEqual(names.map((name) => name.slice(0, -'Source'.length)).sort())
      for (const name of names) {
        const expected = defineTemplate(sources[name] as TemplateInput)
        const actual = compiled[name.slice(0, -'Source'.length)]
        // JSON text: same keys in the same order, same values (the compiled
        // copy is written as JSON, so `undefined` fields are absent in both).
        expect(JSON.stringify(actual, null, 2)).toBe(JSON.stringify(expected, null, 2))
        expect(Object.isFrozen(actual)).toBe(true)
      }
    })
  }

  it('a compiled template is accepted as a rule option without validating it again', () => {
    const template = specKitCompiled.specKitTemplate
    // The same object back: rules share it by identity.
    expect(compiledTemplate(template)).toBe(template)
    expect(defineTemplate(template)).toBe(template)
  })

  it('a template a user writes is still validated, patterns included', () => {
    const unsafe = {...specKitCompiled.specKitTemplate, placeholders: [{scope: 'text', pattern: '(a+)+$', kind: 'x'}]}
    expect(() => defineTemplate(unsafe as TemplateInput)).toThrow(/exponential time/)
    expect(() => templatePreset(unsafe as TemplateInput)).toThrow(PlanLintConfigError)
  })
})
