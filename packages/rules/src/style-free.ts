import type {TemplateInput} from '@plan-lint/core'

/**
 * Placeholder shapes that are template debris in any plan, whatever its
 * style: used when no template style is recognised. Open-question lists are
 * not read: without a template, a heading named `Open Questions` may be a
 * discussion log rather than a gate.
 *
 * This is the source; the rules ship `style-free.compiled.ts`, this source
 * validated by `defineTemplate` at build time (`npm run templates`).
 */
export const styleFreeTemplateSource: TemplateInput = {
  id: 'style-free',
  name: 'any plan',
  placeholders: [
    {scope: 'bracket', pattern: '^e\\.g\\.,', ignoreCase: true, kind: 'template example'},
    {scope: 'bracket', pattern: '^#{3}-', kind: 'feature number placeholder'},
    {scope: 'bracket', pattern: '^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$', kind: 'template token'},
    {scope: 'text', pattern: '<<[A-Z][A-Z0-9_]*>>', kind: 'template token'},
    {scope: 'comment', pattern: 'ACTION REQUIRED', kind: 'template instruction comment'}
  ],
  traceability: {openQuestions: false}
}
