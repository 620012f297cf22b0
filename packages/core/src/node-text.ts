import type {Nodes} from 'mdast'

/**
 * The text of a node, as `mdast-util-to-string` gives it (literal values, HTML
 * included, and image alt text), walked without recursion: emphasis or
 * blockquotes nested thousands deep (a line of `*` or `>`) must not overflow
 * the stack.
 */
export function textOf(node: Nodes): string {
  let text = ''
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Nodes
    if ('value' in current) text += current.value
    else if ('alt' in current && current.alt) text += current.alt
    else if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes)
    }
  }
  return text
}
