// A tiny element builder: every string child becomes a text node, so data from articles is never parsed as markup.

type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  title?: string;
  type?: string;
  role?: string;
  id?: string;
  /** Extra attributes (aria-*, data-*); values are set as attributes, never parsed as HTML. */
  attrs?: Record<string, string>;
  onClick?: (ev: MouseEvent) => void;
}

/** Creates an element with properties and children; strings are appended with `document.createTextNode`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.className) el.className = props.className;
    if (props.title !== undefined) el.title = props.title;
    if (props.id) el.id = props.id;
    if (props.role) el.setAttribute('role', props.role);
    if (props.type) el.setAttribute('type', props.type);
    for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
    if (props.onClick) el.addEventListener('click', props.onClick as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A colour swatch; the colour comes from our own palette (types.ts), set through the CSSOM, not markup. */
export function swatch(color: string, shape: 'dot' | 'line' = 'dot'): HTMLSpanElement {
  const s = h('span', { className: `swatch swatch-${shape}`, attrs: { 'aria-hidden': 'true' } });
  s.style.setProperty('--swatch', color);
  return s;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`kg/explorer: missing #${id} in index.html`);
  return el as T;
}

/** Display name of a class or predicate: `PrivateMilitaryCompany` → `Private military company`. */
export function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
