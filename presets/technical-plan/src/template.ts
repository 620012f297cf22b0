/**
 * The "Technical Plan" template: a problem, goals, alternatives as
 * `### Option A/B/C` of which exactly one is marked chosen, a detailed design,
 * checklists, success metrics, a timeline and open questions. Its
 * placeholders are mostly unbracketed (`Goal 1`, `X days`, `YYYY-MM-DD`).
 * Files of this style are often stored with broken encoding (UTF-8 read as
 * Windows-1252: `âœ…` for ✅), which the chosen-option check reads as intended.
 * Section names, field names and placeholder shapes are facts taken from the
 * template.
 *
 * This is the source; the preset ships `template.compiled.ts`, this source
 * validated by `defineTemplate` at build time (`npm run templates`).
 */
import type {TemplateInput, TemplateSection} from '@plan-lint/core'

function section(id: string, text: string, extra: Partial<TemplateSection> = {}): TemplateSection {
  return {id, text, level: 2, ...extra}
}

function optional(id: string, text: string, extra: Partial<TemplateSection> = {}): TemplateSection {
  return section(id, text, {requirement: 'optional', ...extra})
}

export const technicalPlanTemplateSource: TemplateInput = {
  id: 'technical-plan',
  name: 'technical plan (Option A/B/C)',
  title: {pattern: '^technical plan\\s*[:：—–-]', ignoreCase: true},
  detection: {
    sections: ['problem-statement', 'non-goals', 'architecture-decision', 'detailed-design', 'implementation-steps', 'success-metrics']
  },
  metadata: [
    {name: 'Spec', aliases: ['Specification'], required: true, format: 'any'},
    {name: 'Created', required: true, format: 'date'},
    {name: 'Last Updated', aliases: ['Updated'], format: 'date'}
  ],
  sections: [
    section('problem-statement', 'Problem Statement', {aliases: ['Problem']}),
    section('goals', 'Goals'),
    optional('non-goals', 'Non-Goals', {aliases: ['Non Goals', 'Out of Scope']}),
    section('architecture-decision', 'Architecture Decision', {aliases: ['Architecture Decisions', 'Options Considered']}),
    section('detailed-design', 'Detailed Design', {aliases: ['Design']}),
    section('implementation-steps', 'Implementation Steps', {aliases: ['Implementation Plan', 'Implementation Phases']}),
    optional('dependencies', 'Dependencies'),
    section('testing-strategy', 'Testing Strategy', {aliases: ['Testing']}),
    optional('monitoring', 'Monitoring & Observability', {aliases: ['Monitoring and Observability', 'Observability']}),
    optional('performance', 'Performance Considerations', {aliases: ['Performance']}),
    optional('security', 'Security Considerations', {aliases: ['Security']}),
    optional('accessibility', 'Accessibility'),
    optional('rollout-plan', 'Rollout Plan', {aliases: ['Rollout']}),
    section('rollback-plan', 'Rollback Plan', {aliases: ['Rollback']}),
    section('success-metrics', 'Success Metrics'),
    optional('timeline', 'Timeline'),
    optional('open-questions', 'Open Questions'),
    optional('references', 'References')
  ],
  placeholders: [
    {scope: 'bracket', pattern: '\\be\\.g\\.', ignoreCase: true, kind: 'template example'},
    {
      scope: 'bracket',
      pattern:
        '^(?:Feature Name|Approach \\d+|describe|What problem are we solving\\?.*|How this would work|Why we chose this option|Component Diagram or Description|List any changes to existing APIs|How will state be managed\\?.*)$',
      kind: 'template instruction'
    },
    {scope: 'text', pattern: '\\bSPEC-X{2,}\\b', kind: 'template token'},
    {scope: 'text', pattern: '\\bYYYY-MM-DD\\b', kind: 'date placeholder'},
    // A list item or table cell that is only a numbered slot: `Goal 1`, `Pro 2`, `Question 1?`, `Library A`.
    {scope: 'text', pattern: '^(?:Goal|Pro|Con|Milestone|Step) \\d+$', kind: 'template slot'},
    // `Question 1?` is also an open question (plan-rqs-resolved) until checked off.
    {scope: 'text', pattern: '^(?:\\[[ xX]\\][ \\t]+)?Question \\d+\\?$', kind: 'template slot'},
    // In a list item, or a table cell (a table is one block without remark-gfm).
    {
      scope: 'text',
      // The first letters guard the lookbehind, which would otherwise scan back from every position of a run of spaces.
      pattern: '(?=[LMSC])(?<=(?:^|\\n|\\|)[ \\t]*)(?:Library|Module|Service|Component) [A-Z](?=[ \\t]*(?:\\||\\n|$))',
      kind: 'template slot'
    },
    // The template's example names: `feature-x`, `feature_x_enabled`, `NEW_FEATURE_API_KEY=xxx`.
    // The first letter up front lets the engine skip to each `f`: case-insensitive, the pattern alone is tried at every position (4x slower).
    {scope: 'text', pattern: '(?=[fF])\\bfeature[-_]x(?![A-Za-z0-9])', ignoreCase: true, kind: 'template example'},
    {scope: 'text', pattern: '(?<==)x{3,}\\b', kind: 'template example'},
    {scope: 'text', pattern: '^(?:Module X must be completed first|Service Y must be available|What we\'re NOT trying to solve|Out of scope items)$', kind: 'template slot'},
    // Number slots: `X days`, `X requests/sec`, `< Yms`, `X%`, `< Z%`.
    {scope: 'text', pattern: '\\b[XYZ] (?:days?|weeks?|hours?|requests?\\/sec)\\b', kind: 'number placeholder'},
    {scope: 'text', pattern: '<\\s?[XYZ]\\s?ms\\b', kind: 'number placeholder'},
    {scope: 'text', pattern: '(?<![\\w.])[XYZ]%', kind: 'number placeholder'},
    // Links whose target the template leaves as `(link)`, reported whole.
    {scope: 'text', pattern: '\\[[^\\[\\]\\n]{1,120}\\]\\(link\\)', kind: 'link placeholder'}
  ],
  options: {
    section: 'architecture-decision',
    heading: '^Option\\s+[A-Z0-9]+\\b',
    // ✅ and ✔, also as their broken-encoding forms (`âœ…`, `âœ”`).
    chosen: '✅|✔|☑|âœ…|âœ”|\\((?:chosen|selected)\\)',
    rationale: {text: 'Decision Rationale', pattern: '\\b(?:decision )?rationale\\b|\\bwhy (?:we )?chose\\b'}
  },
  traceability: {
    // `**Spec:** SPEC-214` names the spec; a link or `{name}-spec.md` beside the plan is read.
    spec: {fields: ['Spec', 'Specification'], conventions: ['{name}-spec.md', 'spec.md']}
  }
}
