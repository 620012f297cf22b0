import {type PlanRulePlugin, type Template} from '@plan-lint/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkLint from 'remark-lint'
import type {Plugin, Preset} from 'unified'

declare module 'vfile' {
  interface DataMap {
    /** Which plan-lint preset linted the file (`undefined`: none recognised). */
    planLint: {preset: string | undefined}
  }
}

/** Records the preset on the file so reports can say which one ran. */
export const presetMarker: Plugin<[{id: string | undefined}]> = function (options) {
  return (_, file) => {
    file.data.planLint = {preset: options.id}
  }
}

export type PresetRuleSetting = 'error' | 'warn' | 'off'

export interface PlanPreset extends Preset {
  /** Preset id (`spec-kit`, ...). */
  id: string
  template: Template
  /** Severity of each rule in this preset. */
  severities: Record<string, PresetRuleSetting>
}

/**
 * A remark preset: remark-frontmatter, remark-lint (for disable comments),
 * and each rule with the template as its option, at the given severity.
 */
export function createPreset(
  id: string,
  template: Template,
  rules: Array<[PlanRulePlugin, PresetRuleSetting]>
): PlanPreset {
  const severities: Record<string, PresetRuleSetting> = {}
  const plugins: Preset['plugins'] = [remarkFrontmatter, remarkLint, [presetMarker, {id}]]
  for (const [rule, severity] of rules) {
    severities[rule.meta.id] = severity
    if (severity === 'off') continue
    plugins.push([rule, [severity, {template}]])
  }
  return {id, template, severities, plugins}
}
