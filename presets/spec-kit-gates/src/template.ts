/**
 * The numbered spec-kit plan with quality gates, in its two layouts:
 *
 * - `objective` (the template's v1.x): `## 1. OBJECTIVE` .. `## 10. REFERENCES`,
 *   metadata as a list under `### Metadata`;
 * - `summary` (its v2.x, "plan-core"): YAML front matter, anchor comments,
 *   `## 1. SUMMARY` .. `## 7. ROLLBACK PLAN`, then unnumbered level add-ons
 *   (`## L2: PHASE DEPENDENCIES`, `## L3: CRITICAL PATH`) that are not checked.
 *
 * Section names, placeholder shapes and gate names are facts taken from the
 * templates; requirements follow what real plans of each layout keep.
 *
 * This is the source; the preset ships `template.compiled.ts`, this source
 * validated by `defineTemplate` at build time (`npm run templates`).
 */
import type {TemplateInput, TemplateSection} from '@plan-lint/core'

function child(id: string, text: string, extra: Partial<TemplateSection> = {}): TemplateSection {
  return {id, text, level: 3, ...extra}
}

function optionalChild(id: string, text: string, extra: Partial<TemplateSection> = {}): TemplateSection {
  return child(id, text, {requirement: 'optional', ...extra})
}

/** Definition of Ready is due before work starts; Definition of Done when it ends. */
const qualityGateChildren: TemplateSection[] = [
  child('definition-of-ready', 'Definition of Ready (DoR)', {aliases: ['Definition of Ready', 'DoR']}),
  child('definition-of-done', 'Definition of Done (DoD)', {aliases: ['Definition of Done', 'DoD']})
]

const gates: TemplateInput['gates'] = {
  verdicts: [],
  checklists: [
    {section: 'definition-of-ready', stage: 'planning'},
    {section: 'definition-of-done', stage: 'implementation'}
  ]
}

/** Placeholders both layouts share. */
const sharedPlaceholders: TemplateInput['placeholders'] = [
  {scope: 'bracket', pattern: '\\be\\.g\\.|^example:', ignoreCase: true, kind: 'template example'},
  {scope: 'bracket', pattern: '^YOUR_VALUE_HERE\\b', kind: 'template token'},
  {scope: 'bracket', pattern: '^OPTIONAL:', kind: 'template instruction'},
  {scope: 'bracket', pattern: '^#{3}-feature(?:-name)?$', kind: 'feature number placeholder'},
  {scope: 'bracket', pattern: '^(?:FEATURE|AREA|DATE|NAME|X|Y|Z)$', kind: 'template token'},
  // `[Names]`, `[Team]`, `[Green/Yellow/Red]`, `[Time estimate]`: the template's table and list slots.
  {
    scope: 'bracket',
    pattern:
      '^(?:Names?|Name\\/Role|Team|Team\\/Individual|Company|Source|Date|Date\\/Cadence|Time estimate|Purpose|Impact|Impact description|Mitigation plan|Green\\/Yellow\\/Red|Internal\\/External|System\\/API|System\\/Library|Service\\/API|Library\\/Tool|Tools|Component \\d+|Core feature \\d+|Key feature \\d+|Step \\d+|Link to spec\\.md|Link additional docs|Architecture diagrams|API documentation|Design mockups|None \\| List tasks marked with \\[P\\]|List tasks marked with \\[P\\]|P0 \\| P1 \\| P2 \\| P3|Development \\| Staging \\| Production-like)$',
    kind: 'template token'
  },
  // Descriptions of what goes there: `[Signals to stop/rollback]`, `[Conditions requiring rollback]`.
  {
    scope: 'bracket',
    pattern:
      '^(?:Extract from feature spec|Document the selected structure|Signals to |Recovery procedure|Conditions (?:that )?requir|How to |Brief description|If applicable|Cadence|Acceptance criteria checklist|Issue tracker|APM tool|Load testing|Monitoring|Coverage tool|PR metrics|Checklist|Step \\d|single\\/web\\/mobile|domain-specific|if applicable|same as backend|platform-specific structure|current need|specific problem|why .{1,80} insufficient|Components\\/functions|API endpoints\\/flows|User journeys|Jest\\/pytest|MVC \\||2-3 sentences|Phase 0 review|Local \\+ CI|CI on PR)',
    kind: 'template instruction'
  },
  {scope: 'bracket', pattern: '^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$', kind: 'template token', inCode: false},
  // `[None | List tasks marked with [P]]`: brackets nest, so the whole slot is matched as text.
  {scope: 'text', pattern: '\\[(?:None \\| )?List tasks marked with \\[P\\]\\]', kind: 'template instruction'},
  {scope: 'comment', pattern: 'ACTION REQUIRED|REPLACE SAMPLE CONTENT', kind: 'template instruction comment'}
]

const optionLabels: TemplateInput['optionLabels'] = [
  {pattern: '^#*\\s*\\[REMOVE IF UNUSED\\]\\s*Option\\s+\\d+', ignoreCase: true},
  {pattern: '^#*\\s*Option\\s+\\d+:\\s*(?:Single project|Web application|Mobile \\+ API)', ignoreCase: true}
]

const traceability: TemplateInput['traceability'] = {
  spec: {fields: ['Spec', 'Specification'], conventions: ['spec.md']}
}

/** A layout of the family: its own sections, everything else shared. */
function layout(id: string, name: string, detection: string[], sections: TemplateSection[]): TemplateInput {
  return {
    id,
    name,
    title: {pattern: '^(?:implementation )?plan\\b', ignoreCase: true},
    detection: {sections: detection},
    numbering: {level: 2},
    sections,
    placeholders: sharedPlaceholders,
    optionLabels,
    traceability,
    gates
  }
}

/** Layout `objective`: the seed template, ten numbered sections. */
export const specKitGatesTemplateSource: TemplateInput = layout(
  'spec-kit-gates',
  'numbered spec-kit plan with quality gates (1. OBJECTIVE .. 10. REFERENCES)',
  ['objective', 'quality-gates', 'definition-of-ready', 'definition-of-done', 'implementation-phases', 'success-metrics', 'communication-review'],
  [
    {
      id: 'objective',
      text: '1. OBJECTIVE',
      level: 2,
      children: [
        optionalChild('metadata', 'Metadata'),
        optionalChild('input', 'Input'),
        child('summary', 'Summary'),
        optionalChild('technical-context', 'Technical Context')
      ]
    },
    // Plans of the template's first versions and its "Level 1" minimal plans
    // have no quality gates or structure section: those are not required.
    {
      id: 'quality-gates',
      text: '2. QUALITY GATES',
      level: 2,
      requirement: 'optional',
      instructions: ['GATE: Must pass before Phase 0 research'],
      children: [
        ...qualityGateChildren,
        optionalChild('rollback-guardrails', 'Rollback Guardrails'),
        optionalChild('complexity-tracking', 'Constitution Check (Complexity Tracking)', {
          aliases: ['Constitution Check', 'Complexity Tracking'],
          allowEmpty: true,
          instructions: ['Fill ONLY if Constitution Check has violations']
        })
      ]
    },
    {
      id: 'project-structure',
      text: '3. PROJECT STRUCTURE',
      level: 2,
      requirement: 'optional',
      children: [
        optionalChild('architecture-overview', 'Architecture Overview'),
        optionalChild('documentation', 'Documentation (This Feature)', {aliases: ['Documentation']}),
        optionalChild('source-code', 'Source Code (Repository Root)', {aliases: ['Source Code']}),
        optionalChild('structure-decision', 'Structure Decision')
      ]
    },
    {id: 'implementation-phases', text: '4. IMPLEMENTATION PHASES', aliases: ['IMPLEMENTATION STEPS', 'EXECUTION PHASES'], level: 2},
    {id: 'testing-strategy', text: '5. TESTING STRATEGY', level: 2, requirement: 'optional'},
    {id: 'success-metrics', text: '6. SUCCESS METRICS', aliases: ['SUCCESS CRITERIA'], level: 2},
    {id: 'risks-mitigations', text: '7. RISKS & MITIGATIONS', aliases: ['RISKS AND MITIGATIONS', 'RISKS'], level: 2, requirement: 'optional'},
    {id: 'dependencies', text: '8. DEPENDENCIES', level: 2, requirement: 'optional'},
    {id: 'communication-review', text: '9. COMMUNICATION & REVIEW', aliases: ['COMMUNICATION AND REVIEW'], level: 2, requirement: 'optional'},
    {id: 'references', text: '10. REFERENCES', aliases: ['RELATED DOCUMENTS'], level: 2, requirement: 'optional'}
  ]
)

/** Layout `summary`: the newer plan-core template, seven numbered sections. */
export const specKitGatesSummaryTemplateSource: TemplateInput = layout(
  'spec-kit-gates-summary',
  'numbered spec-kit plan with quality gates (1. SUMMARY .. 7. ROLLBACK PLAN)',
  ['summary', 'quality-gates', 'definition-of-ready', 'definition-of-done', 'architecture', 'implementation-phases', 'rollback-plan'],
  [
    {
      id: 'summary',
      text: '1. SUMMARY',
      level: 2,
      children: [optionalChild('technical-context', 'Technical Context'), optionalChild('overview', 'Overview')]
    },
    {id: 'quality-gates', text: '2. QUALITY GATES', level: 2, children: qualityGateChildren},
    {
      id: 'architecture',
      text: '3. ARCHITECTURE',
      level: 2,
      children: [optionalChild('pattern', 'Pattern'), optionalChild('key-components', 'Key Components'), optionalChild('data-flow', 'Data Flow')]
    },
    {id: 'implementation-phases', text: '4. IMPLEMENTATION PHASES', level: 2},
    {id: 'testing-strategy', text: '5. TESTING STRATEGY', level: 2},
    {id: 'dependencies', text: '6. DEPENDENCIES', level: 2},
    {id: 'rollback-plan', text: '7. ROLLBACK PLAN', level: 2}
  ]
)
