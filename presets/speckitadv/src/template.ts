/**
 * The advanced spec-kit plan (`speckitadv plan`): the newer spec-kit layout
 * plus architecture sections. High-Level Architecture is required; the
 * template's CONDITIONAL sections ("include this section if ...; DELETE this
 * entire section if ...") are kept filled or deleted whole. Section names,
 * field names and placeholder shapes are facts taken from the template.
 *
 * This is the source; the preset ships `template.compiled.ts`, this source
 * validated by `defineTemplate` at build time (`npm run templates`).
 */
import type {TemplateInput, TemplateSection} from '@plan-lint/core'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'

/** The spec-kit sections speckitadv keeps, as spec-kit's preset knows them (aliases included). */
const shared = new Set(['summary', 'technical-context', 'constitution-check', 'project-structure', 'complexity-tracking'])
const specKitSections: TemplateSection[] = specKitTemplate.sections.filter((section) => shared.has(section.id))

/** A subsection the template always shows inside its parent. */
function part(id: string, text: string, extra: Partial<TemplateSection> = {}): TemplateSection {
  return {id, text, level: 3, ...extra}
}

/** A subsection the template says to delete when it does not apply. */
function optionalPart(id: string, text: string, extra: Partial<TemplateSection> = {}): TemplateSection {
  return part(id, text, {requirement: 'optional', allOrNothing: true, ...extra})
}

export const speckitadvTemplateSource: TemplateInput = {
  id: 'speckitadv',
  name: 'advanced spec-kit implementation plan (speckitadv)',
  title: specKitTemplate.title,
  paths: ['(?:^|/)specs/[^/]+/plan\\.md$'],
  detection: {
    sections: [
      'high-level-architecture',
      'component-interaction-diagram',
      'architecture-pattern',
      'component-responsibilities',
      'cross-cutting-concerns',
      'data-architecture',
      'integration-architecture',
      'migration-rollout-plan',
      'risk-assessment'
    ]
  },
  metadata: specKitTemplate.metadata,
  sections: [
    ...specKitSections,
    {
      id: 'high-level-architecture',
      text: 'High-Level Architecture',
      aliases: ['Architecture'],
      level: 2,
      children: [
        part('component-interaction-diagram', 'Component Interaction Diagram', {instructions: ['Purpose: Show how this feature integrates']}),
        part('architecture-pattern', 'Architecture Pattern'),
        part('component-responsibilities', 'Component Responsibilities')
      ]
    },
    {
      id: 'cross-cutting-concerns',
      text: 'Cross-Cutting Concerns',
      level: 2,
      requirement: 'optional',
      allOrNothing: true,
      children: [
        part('error-handling', 'Error Handling'),
        part('security', 'Security'),
        part('observability', 'Observability'),
        optionalPart('caching-strategy', 'Caching Strategy'),
        optionalPart('resilience-patterns', 'Resilience Patterns'),
        optionalPart('api-design', 'API Design'),
        part('configuration', 'Configuration')
      ]
    },
    {
      id: 'data-architecture',
      text: 'Data Architecture',
      level: 2,
      requirement: 'optional',
      allOrNothing: true,
      children: [
        part('data-model', 'Data Model'),
        part('database-schema', 'Database Schema'),
        part('data-flow-diagram', 'Data Flow Diagram', {aliases: ['Data Flow']}),
        part('data-validation', 'Data Validation'),
        optionalPart('data-migration', 'Data Migration')
      ]
    },
    {
      id: 'integration-architecture',
      text: 'Integration Architecture',
      level: 2,
      requirement: 'optional',
      allOrNothing: true,
      children: [
        part('external-dependencies', 'External Dependencies'),
        part('integration-patterns', 'Integration Patterns'),
        part('failure-handling', 'Failure Handling'),
        // "Include contracts for APIs this feature exposes or consumes."
        optionalPart('api-contracts', 'API Contracts')
      ]
    },
    {
      id: 'migration-rollout-plan',
      text: 'Migration/Rollout Plan',
      aliases: ['Migration Plan', 'Rollout Plan', 'Migration and Rollout Plan', 'Migration & Rollout Plan'],
      level: 2,
      requirement: 'optional',
      allOrNothing: true,
      children: [part('backward-compatibility', 'Backward Compatibility'), optionalPart('user-communication', 'User Communication')]
    },
    {
      id: 'risk-assessment',
      text: 'Risk Assessment',
      level: 2,
      requirement: 'optional',
      allOrNothing: true,
      children: [
        part('risks', 'Risks'),
        part('assumptions', 'Assumptions'),
        part('dependencies-blockers', 'Dependencies & Blockers', {aliases: ['Dependencies and Blockers', 'Dependencies']}),
        part('open-questions', 'Open Questions', {requirement: 'optional'})
      ]
    }
  ],
  placeholders: [
    ...specKitTemplate.placeholders,
    {scope: 'text', pattern: '<<[A-Z][A-Z0-9_]*>>', kind: 'template token'},
    // The example diagram's own marker line.
    // No `%` between the two words: a line of `%%Example` repeated would otherwise be scanned once per `%%`.
    {scope: 'text', pattern: '%%\\s*Example\\b[^\\n%]*\\bReplace\\b[^\\n]*', ignoreCase: true, kind: 'template example'},
    // `[High / Medium / Low]`, `[REST / GraphQL / gRPC / WebSocket]`: choose one.
    {scope: 'bracket', pattern: '\\S \\/ \\S', kind: 'template choice list', inCode: false},
    // `[HTTP/gRPC/AMQP]`, `[Team/Person]`, `[src/path/to/component]`.
    {scope: 'bracket', pattern: '^[A-Za-z][A-Za-z-]*(?:\\/[A-Za-z][A-Za-z-]*)+$', kind: 'template choice list', inCode: false},
    // Descriptions of what goes there: `[Component name]`, `[What it does]`,
    // `[Question requiring clarification]`, `[If happens: Execute rollback, ...]`.
    // Two or more words with a lower-case word: plans' own tags (`[P]`,
    // `[NEW]`, `[SC-001, FR-058]`) never are.
    {
      scope: 'bracket',
      pattern: '^(?!NEEDS CLARIFICATION)(?=[^\\n]*\\b[a-z]{3,})[\\p{L}\\d][^\\n"=;{}<>`]*[\\s,:][^\\n"=;{}<>`]*\\p{L}',
      kind: 'template description',
      inCode: false
    },
    // One-word fields of the template's tables and lists.
    {
      scope: 'bracket',
      pattern: '^(?:Date|date|description|Method|Path|High|Medium|Low|Done|Blocked|In Progress|Entity \\d+|Entity Name|Step \\d+|Vendor X|TLS 1\\.3|feature_name)$',
      kind: 'template token'
    },
    // The template's section instructions, as HTML comments.
    {
      scope: 'comment',
      pattern: '^\\s*<!--\\s*(?:REQUIRED SECTION|CONDITIONAL SECTION|DELETE this|Include contracts)',
      kind: 'template instruction comment'
    },
    // Values in the template's example JSON (`"code": "[ERROR_CODE]"`) and SQL (`CREATE TABLE [table_name]`).
    {scope: 'text', pattern: '"\\[[A-Za-z][^\\]"\\n]{0,80}\\]"', kind: 'template value'},
    {
      scope: 'bracket',
      pattern: '^(?:table|table_name|other_table|field|field_name|name|TYPE|CONSTRAINTS)$',
      kind: 'template token'
    }
  ],
  optionLabels: specKitTemplate.optionLabels,
  identifiers: specKitTemplate.identifiers,
  // Its Open Questions are a register: a question with an owner is tracked.
  traceability: {...specKitTemplate.traceability, openQuestions: 'tracked'},
  gates: {
    verdicts: [{section: 'constitution-check', justifiedBy: 'complexity-tracking'}],
    checklists: []
  }
}
