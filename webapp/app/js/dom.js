/**
 * Building the screens. Every text goes into the page as text: nothing here hands a string to the HTML parser of
 * the page, and a release body (HTML the portal sanitised) is copied element by element from an inert document.
 */

/** An element: h('a', {href: '?office=pakistan', class: 'x'}, 'text', child, [more children]). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, ''), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false));
  return element;
}

const KEPT = new Set(['P', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'SUB', 'SUP', 'SMALL', 'CODE', 'SPAN', 'DIV', 'UL', 'OL',
  'LI', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD',
  'FIGURE', 'FIGCAPTION', 'HR', 'A', 'IMG']);
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'SVG', 'MATH']);
const SAFE_LINK = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i;
const OWN_IMAGE = /^\/(?!\/)/;

/**
 * A release body as nodes: the formatting, links, tables and images of an article, nothing else. The portal
 * sanitises bodies already; this keeps the app safe should anything else ever reach it. A heading of the first level
 * becomes one of the second: the release title is the screen's only h1.
 */
export function richText(html) {
  const fragment = document.createDocumentFragment();
  copy(new DOMParser().parseFromString(html, 'text/html').body, fragment);
  return fragment;
}

function copy(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.data);
    } else if (node.nodeType === Node.ELEMENT_NODE && !DROPPED.has(node.tagName)) {
      const tag = node.tagName === 'H1' ? 'H2' : node.tagName;
      if (tag === 'IMG' && !OWN_IMAGE.test(node.getAttribute('src') || '')) {
        // The app shows the portal's own images only (its Content-Security-Policy would block any other).
        continue;
      }
      if (!KEPT.has(tag)) {
        copy(node, to);
        continue;
      }
      const element = document.createElement(tag);
      keepAttributes(node, element);
      copy(node, element);
      to.append(element);
    }
  }
}

function keepAttributes(from, to) {
  const keep = (name, test = () => true) => {
    const value = from.getAttribute(name);
    if (value !== null && test(value.trim())) {
      to.setAttribute(name, value.trim());
    }
  };
  keep('lang');
  keep('dir', value => value === 'rtl' || value === 'ltr');
  if (to.tagName === 'A') {
    keep('href', value => SAFE_LINK.test(value));
  } else if (to.tagName === 'IMG') {
    keep('src', value => OWN_IMAGE.test(value));
    keep('alt');
    keep('width', value => /^\d+$/.test(value));
    keep('height', value => /^\d+$/.test(value));
    to.setAttribute('loading', 'lazy');
    if (!to.hasAttribute('alt')) {
      to.setAttribute('alt', '');
    }
  } else if (to.tagName === 'TD' || to.tagName === 'TH') {
    keep('colspan', value => /^\d+$/.test(value));
    keep('rowspan', value => /^\d+$/.test(value));
  }
}
