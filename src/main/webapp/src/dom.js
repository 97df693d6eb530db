// Small DOM helpers: elements are built with textContent only, so no API text is ever parsed as HTML.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/**
 * The text with each span [start, end) wrapped in a <mark> (offsets in UTF-16 code units, as the API
 * gives them). Overlapping spans keep the first; make(span, text) builds each mark.
 */
export function highlighted(text, spans, make) {
  const out = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    out.push(text.slice(at, span.start), make(span, text.slice(span.start, span.end)));
    at = span.end;
  }
  out.push(text.slice(at));
  return out;
}
