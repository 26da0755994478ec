/** Tiny DOM helpers: every text goes in through textContent, never as HTML. */
type Child = Node | string;

/**
 * A child may be a list (a table's rows, a list's items): appended one by one, never spread into a
 * call, whose argument count is bounded (SPEC 12).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) {
    if (Array.isArray(child)) for (const c of child as readonly Child[]) append(node, c);
    else append(node, child as Child);
  }
  return node;
}

function append(node: Element, child: Child): void {
  node.append(typeof child === 'string' ? document.createTextNode(child) : child);
}

export function replace(parent: Element, ...children: (Node | readonly Node[])[]): void {
  parent.replaceChildren();
  for (const child of children) {
    if (Array.isArray(child)) for (const c of child as readonly Node[]) parent.append(c);
    else parent.append(child as Node);
  }
}
