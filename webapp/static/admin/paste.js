/*
 * What a paste into the rich-text editor keeps: paragraphs, headings, lists, quotes, tables, links, bold and italic,
 * and images already on the portal. Everything else a word processor or a web page puts on the clipboard (fonts,
 * colours, sizes, classes, Word's mso-* styles and conditional comments, Google Docs' wrappers) is left behind.
 * Both functions return HTML for the editor to read with its own schema, which drops whatever these leave.
 */

/** Attributes kept, by element; every other attribute goes. */
const KEPT_ATTRIBUTES = {
    A: ['href'],
    IMG: ['src', 'alt'],
    OL: ['start'],
    TD: ['colspan', 'rowspan'],
    TH: ['colspan', 'rowspan'],
};

/** Elements dropped with what they hold. */
const DROPPED = 'style, script, meta, link, title, xml, template, noscript, iframe, object, embed, svg, math';

/** Where a pasted element's style attribute is read from. */
const STYLE = 'data-pasted-style';

/** The page's own heading is level 1: pasted headings start at level 2 and end at level 4. */
const FIRST_LEVEL = 2;
const LAST_LEVEL = 4;

/**
 * HTML from the clipboard (Word, Google Docs, a web page) with only what the portal's rich text can hold, and how many
 * images it had that are not on the portal (a document's own pictures, which the portal cannot show: they are left out).
 */
export function cleanPastedHtml(html, origin = location.origin) {
    // An inert document: nothing in it loads or runs. Its style sheets are dropped and its style attributes renamed
    // first: they are read as text below, and the page's Content-Security-Policy would report each one refused.
    const doc = new DOMParser().parseFromString(html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
        .replace(/(<[a-z][^>]*?\s)style(\s*=)/gi, `$1${STYLE}$2`), 'text/html');
    const body = doc.body;
    removeComments(body);
    body.querySelectorAll(DROPPED).forEach(element => element.remove());
    // Word's own elements (<o:p>, <v:shape>, <w:...>) carry nothing a reader sees.
    [...body.getElementsByTagName('*')].filter(element => element.tagName.includes(':')).forEach(element => element.remove());
    unwrapGoogleDocsWrapper(body);
    wordListsToLists(doc);
    stylesToBoldAndItalic(doc);
    headingsFromLevelTwo(doc);
    let imagesLeftOut = 0;
    body.querySelectorAll('img').forEach(image => {
        if (!isPortalAddress(image.getAttribute('src'), origin)) {
            image.remove();
            imagesLeftOut++;
        }
    });
    body.querySelectorAll('p').forEach(paragraph => {
        if (isBlank(paragraph)) {
            paragraph.remove();
        }
    });
    for (const element of body.getElementsByTagName('*')) {
        const kept = KEPT_ATTRIBUTES[element.tagName] || [];
        [...element.attributes].filter(attribute => !kept.includes(attribute.name))
            .forEach(attribute => element.removeAttribute(attribute.name));
    }
    return { html: body.innerHTML, imagesLeftOut };
}

/**
 * Plain text (an e-mail, a text file) as HTML: blocks separated by blank lines are paragraphs, lines starting with
 * "-", "*" or "•" a bulleted list, lines starting with "1." or "1)" a numbered one. A line on its own is a paragraph
 * of its own, except in a block wrapped at a fixed width, as e-mails often are, whose lines make one paragraph.
 */
export function plainTextToHtml(text) {
    const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
    return blocks.map(block => blockToHtml(block.split('\n').filter(line => line.trim() !== ''))).join('');
}

const BULLET = /^\s*[-*•◦▪–]\s+/;
const NUMBER = /^\s*(\d{1,6})[.)]\s+/;

function blockToHtml(lines) {
    let html = '';
    let prose = [];
    let list = null;
    const flushProse = () => {
        html += proseToHtml(prose);
        prose = [];
    };
    const flushList = () => {
        if (list) {
            const start = list.kind === 'ol' && list.start !== 1 ? ` start="${list.start}"` : '';
            html += `<${list.kind}${start}>${list.items.map(item => `<li><p>${escape(item)}</p></li>`).join('')}</${list.kind}>`;
            list = null;
        }
    };
    for (const line of lines) {
        const bullet = BULLET.exec(line);
        const number = bullet ? null : NUMBER.exec(line);
        const kind = bullet ? 'ul' : number ? 'ol' : null;
        if (kind) {
            flushProse();
            if (!list || list.kind !== kind) {
                flushList();
                list = { kind, start: number ? Number(number[1]) : 1, items: [] };
            }
            list.items.push(line.slice((bullet || number)[0].length).trim());
        } else if (list && /^\s+/.test(line)) {
            // An indented line goes on with the item above it.
            list.items[list.items.length - 1] += ' ' + line.trim();
        } else {
            flushList();
            prose.push(line.trim());
        }
    }
    flushProse();
    flushList();
    return html;
}

/** Lines of a block wrapped at a fixed width (each but the last 50 to 80 characters long) make one paragraph. */
function proseToHtml(lines) {
    if (lines.length === 0) {
        return '';
    }
    const wrapped = lines.length > 1 && lines.slice(0, -1).every(line => line.length >= 50 && line.length <= 80);
    const paragraphs = wrapped ? [lines.join(' ')] : lines;
    return paragraphs.map(paragraph => `<p>${escape(paragraph)}</p>`).join('');
}

function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function removeComments(root) {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) {
        comments.push(walker.currentNode);
    }
    comments.forEach(comment => comment.remove());
}

/** Google Docs wraps what is copied in a <b style="font-weight:normal">, which is not bold. */
function unwrapGoogleDocsWrapper(body) {
    body.querySelectorAll('b[id^="docs-internal-guid"]').forEach(unwrap);
}

/** The declarations of an element's style attribute, by property (read as text: nothing is applied). */
function styles(element) {
    const declarations = {};
    (element.getAttribute(STYLE) || '').split(';').forEach(declaration => {
        const colon = declaration.indexOf(':');
        if (colon > 0) {
            declarations[declaration.slice(0, colon).trim().toLowerCase()] = declaration.slice(colon + 1).trim().toLowerCase();
        }
    });
    return declarations;
}

/**
 * Word writes a list as paragraphs, each with "mso-list: l<list> level<n>" in its style and its bullet or number as text
 * in a span marked "mso-list: Ignore". They become real lists, nested by level, numbered where the marker is a number.
 */
function wordListsToLists(doc) {
    // The lists being written: the last one at the first level, and the open ones, from the first level down.
    let root = null;
    let open = [];
    for (const paragraph of [...doc.body.querySelectorAll('p')]) {
        const match = /l\d+\s+level(\d+)/.exec(styles(paragraph)['mso-list'] || '');
        if (!match) {
            continue;
        }
        const level = Number(match[1]);
        const markerElement = [...paragraph.querySelectorAll('span')].find(span => /ignore/.test(styles(span)['mso-list'] || ''));
        const marker = markerElement ? markerElement.textContent.replace(/[\s\u00a0]/g, '') : '';
        markerElement?.remove();
        const number = /^(\d+)[.)]?$/.exec(marker);
        const kind = number || /^[a-z]{1,4}[.)]$/i.test(marker) ? 'OL' : 'UL';
        if (!root || paragraph.previousElementSibling !== root) {
            root = null;
            open = [];
        }
        while (open.length && open[open.length - 1].level > level) {
            open.pop();
        }
        if (open.length && open[open.length - 1].level === level && open[open.length - 1].list.tagName !== kind) {
            open.pop();
        }
        if (!open.length || open[open.length - 1].level < level) {
            const list = doc.createElement(kind);
            if (number && number[1] !== '1') {
                list.setAttribute('start', number[1]);
            }
            if (open.length) {
                open[open.length - 1].list.lastElementChild.appendChild(list);
            } else {
                paragraph.before(list);
                root = list;
            }
            open.push({ level, list });
        }
        const item = doc.createElement('li');
        const text = item.appendChild(doc.createElement('p'));
        text.append(...paragraph.childNodes);
        open[open.length - 1].list.appendChild(item);
        paragraph.remove();
    }
}

/** Bold and italic set by a style (Google Docs, Word's spans) become <strong> and <em>; other styles go. */
function stylesToBoldAndItalic(doc) {
    for (const element of [...doc.body.querySelectorAll(`[${STYLE}]`)]) {
        const style = styles(element);
        const weight = style['font-weight'];
        const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
        const italic = style['font-style'] === 'italic' || style['font-style'] === 'oblique';
        const unbolded = (element.tagName === 'B' || element.tagName === 'STRONG') && (weight === 'normal' || Number(weight) > 0 && Number(weight) < 600);
        if (unbolded) {
            unwrap(element);
            continue;
        }
        if (isBlockElement(element)) {
            continue;
        }
        wrapContent(element, doc, bold && !['B', 'STRONG'].includes(element.tagName) ? 'strong' : null);
        wrapContent(element, doc, italic && !['I', 'EM'].includes(element.tagName) ? 'em' : null);
    }
}

function wrapContent(element, doc, tag) {
    if (tag) {
        const wrapper = doc.createElement(tag);
        wrapper.append(...element.childNodes);
        element.appendChild(wrapper);
    }
}

/** Headings keep their order below the page's title: with a level 1 among them, each goes one level down. */
function headingsFromLevelTwo(doc) {
    const headings = [...doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const shift = headings.some(heading => heading.tagName === 'H1') ? 1 : 0;
    for (const heading of headings) {
        const level = Math.min(LAST_LEVEL, Math.max(FIRST_LEVEL, Number(heading.tagName[1]) + shift));
        if (`H${level}` !== heading.tagName) {
            const renamed = doc.createElement(`h${level}`);
            renamed.append(...heading.childNodes);
            heading.replaceWith(renamed);
        }
    }
}

function isBlockElement(element) {
    return /^(P|DIV|H[1-6]|LI|UL|OL|TABLE|TBODY|THEAD|TFOOT|TR|TD|TH|BLOCKQUOTE|BODY)$/.test(element.tagName);
}

function isBlank(paragraph) {
    return paragraph.textContent.replace(/[\s\u00a0]/g, '') === '' && !paragraph.querySelector('img');
}

/** Whether an image's address is on the portal: only those show on the public site, which loads nothing from elsewhere. */
function isPortalAddress(src, origin) {
    if (!src) {
        return false;
    }
    try {
        const url = new URL(src, origin);
        return url.origin === origin && (url.protocol === 'https:' || url.protocol === 'http:');
    } catch {
        return false;
    }
}

function unwrap(element) {
    element.replaceWith(...element.childNodes);
}
