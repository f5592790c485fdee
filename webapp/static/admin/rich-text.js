/*
 * The back office's rich-text editor, in front of each <textarea class="rich-text">: Tiptap 3 on ProseMirror
 * (./vendor, MIT; src/vendor/tiptap builds it). The textarea stays the form's field: the editor writes its HTML there
 * at every change, so the form posts exactly as it does without script. The editor writes only the vocabulary the
 * server keeps (platform.RichText): paragraphs, headings 2 to 4, bold, italic, links, lists, quotes, tables, images with
 * their alternative text, line breaks. The server still sanitises what it gets, and says what it removed.
 */
import {
    Editor, Extension, mergeAttributes, SchemaParser,
    Document, Paragraph, Text, Heading, Bold, Italic, Link, BulletList, OrderedList, ListItem, ListKeymap, Blockquote,
    HardBreak, HorizontalRule, Table, TableRow, TableCell, TableHeader, Image, Dropcursor, Gapcursor, Placeholder,
    TrailingNode, UndoRedo,
} from './vendor/tiptap-3.35.0.js';
import { cleanPastedHtml, plainTextToHtml } from './paste.js';

const MAC = /Mac|iPhone|iPad/.test(navigator.platform);
const LEVELS = [2, 3, 4];

/** A shortcut as the keyboard shows it ("Ctrl+Shift+8", "⌘⇧8") and as aria-keyshortcuts names it. */
function shortcut(keys) {
    const parts = keys.split('-');
    const shown = parts.map(part => ({
        Mod: MAC ? '⌘' : 'Ctrl', Alt: MAC ? '⌥' : 'Alt', Shift: MAC ? '⇧' : 'Shift',
    })[part] || part.toUpperCase());
    const aria = parts.map(part => ({ Mod: MAC ? 'Meta' : 'Control' })[part] || (part.length === 1 ? part.toUpperCase() : part));
    return { shown: shown.join(MAC ? '' : '+'), aria: aria.join('+') };
}

/** The addresses a link may have: on the web, e-mail, telephone, or on the portal. */
function isAllowedLink(address) {
    return /^(https?:\/\/|mailto:|tel:|\/|#)/i.test(address || '');
}

/** What staff type as a link's address, as the address: "www.ilo.org" is https://www.ilo.org. */
function linkAddress(typed) {
    const address = typed.trim();
    if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(address)) {
        return 'mailto:' + address;
    }
    if (/^\+?[\d\s().-]{6,}$/.test(address)) {
        return 'tel:' + address.replace(/[\s().-]/g, '');
    }
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#].*)?$/i.test(address)) {
        return 'https://' + address;
    }
    return address;
}

/** The portal's vocabulary, and nothing the server would remove: no style, class, target or colgroup is written. */
function extensions(placeholder, editorActions) {
    return [
        Document, Paragraph, Text, HardBreak, HorizontalRule, Bold, Italic, Blockquote, ListKeymap,
        Heading.extend({
            // What other editors write: a level 1 is a level 2 here (the page's title is the level 1), 5 and 6 are 4.
            parseHTML() {
                return [...LEVELS.map(level => ({ tag: `h${level}`, attrs: { level } })),
                    { tag: 'h1', attrs: { level: 2 } }, { tag: 'h5', attrs: { level: 4 } }, { tag: 'h6', attrs: { level: 4 } }];
            },
        }).configure({ levels: LEVELS }),
        Link.extend({
            inclusive: false,
            addAttributes() {
                return { href: { default: null, parseHTML: element => element.getAttribute('href') } };
            },
        }).configure({
            openOnClick: false, autolink: true, linkOnPaste: true, defaultProtocol: 'https',
            HTMLAttributes: { target: null, rel: null, class: null },
            isAllowedUri: address => isAllowedLink(address),
        }),
        BulletList, ListItem,
        OrderedList.extend({
            addAttributes() {
                return {
                    start: {
                        default: 1,
                        parseHTML: element => element.hasAttribute('start') ? parseInt(element.getAttribute('start'), 10) || 1 : 1,
                    },
                };
            },
        }),
        Table.extend({
            renderHTML({ HTMLAttributes }) {
                return ['table', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), ['tbody', 0]];
            },
            addKeyboardShortcuts() {
                // Tab goes through the cells, and after the last one out of the table (and on to the next field):
                // a row is added with the toolbar, so that the keyboard never stays trapped in a table.
                return {
                    Tab: () => this.editor.isActive('table') && this.editor.commands.goToNextCell(),
                    'Shift-Tab': () => this.editor.isActive('table') && this.editor.commands.goToPreviousCell(),
                };
            },
        }).configure({ resizable: false }),
        TableRow,
        TableCell.extend({ addAttributes: cellAttributes }),
        TableHeader.extend({ addAttributes: cellAttributes }),
        Image.extend({
            addAttributes() {
                return { src: { default: null }, alt: { default: null } };
            },
        }).configure({ inline: false, allowBase64: false }),
        Dropcursor, Gapcursor, TrailingNode, UndoRedo,
        Placeholder.configure({ placeholder }),
        Extension.create({
            name: 'portalShortcuts',
            addKeyboardShortcuts() {
                return {
                    'Mod-k': () => {
                        editorActions.link();
                        return true;
                    },
                    'Alt-F10': () => {
                        editorActions.toolbar();
                        return true;
                    },
                };
            },
        }),
    ];
}

/** Spans of rows and columns, and nothing else (no widths, no alignment: they would be styles). */
function cellAttributes() {
    return { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) } };
}

/** The editor's HTML as the form sends it: nothing for an empty text, no empty paragraph left at the end. */
function html(editor) {
    return editor.isEmpty ? '' : editor.getHTML().replace(/(<p><\/p>)+$/, '');
}

function element(tag, attributes = {}, ...children) {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === true) {
            made.setAttribute(name, '');
        } else if (value !== false && value != null) {
            made.setAttribute(name, value);
        }
    }
    made.append(...children);
    return made;
}

let made = 0;

/** Puts an editor in front of the textarea, which stays the form's field. */
export function enhance(textarea) {
    const id = textarea.id;
    const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
    const hint = document.getElementById(id.replace(/^.*:/, '') + '-hint');
    const error = textarea.parentElement.querySelector('.error');
    const language = document.documentElement.lang || 'en';
    const direction = textarea.getAttribute('dir') || 'auto';
    const number = ++made;
    if (label && !label.id) {
        label.id = `rich-text-label-${number}`;
    }

    // The editor's own words (toolbar, messages, help) are in the back office's language; the text in the field's.
    const ui = { lang: language, dir: 'ltr' };
    const status = element('p', { class: 'rich-status', role: 'status', ...ui });
    const area = element('div', { class: 'rich-area', dir: direction });
    const help = shortcutsHelp(number, ui);
    const toolbar = element('div', { class: 'rich-toolbar', role: 'toolbar', 'aria-label': `Formatting of the ${label ? label.textContent.trim().toLowerCase() : 'text'}`, ...ui });
    const wrapper = element('div', { class: 'rich-editor' }, toolbar, area, status, help);
    textarea.before(wrapper);
    textarea.hidden = true;
    textarea.classList.add('rich-source');

    const say = text => {
        status.textContent = '';
        // A new text each time, so that a screen reader reads it even when it is the same as before.
        setTimeout(() => { status.textContent = text; }, 50);
    };
    const actions = { link: () => linkDialog.open(), toolbar: () => focusToolbar() };
    const describedBy = [hint && hint.id, error && (error.id || (error.id = `rich-text-error-${number}`))].filter(Boolean).join(' ');
    const editor = new Editor({
        element: area,
        content: textarea.value,
        injectCSS: false,
        extensions: extensions('Write here, or paste from Word, Google Docs or an e-mail', actions),
        editorProps: {
            attributes: Object.fromEntries(Object.entries({
                class: 'rich-text-area',
                'aria-multiline': 'true',
                'aria-labelledby': label && label.id,
                'aria-describedby': describedBy,
                'aria-invalid': error && 'true',
                dir: direction,
                spellcheck: 'true',
            }).filter(([, value]) => value)),
            transformPastedHTML: pasted => {
                const { html: kept, imagesLeftOut } = cleanPastedHtml(pasted);
                if (imagesLeftOut > 0) {
                    say(`Pasted without its ${imagesLeftOut === 1 ? 'image' : imagesLeftOut + ' images'}: the portal shows`
                        + ' images uploaded with the release (under Image), which the Image button puts in the text.');
                }
                return kept;
            },
            clipboardTextParser: (text, $context, plain, view) => {
                const body = new DOMParser().parseFromString(plainTextToHtml(text), 'text/html').body;
                return SchemaParser.fromSchema(view.state.schema).parseSlice(body, { preserveWhitespace: true, context: $context });
            },
        },
    });
    if (label) {
        label.addEventListener('click', event => {
            event.preventDefault();
            (source.pressed ? textarea : editor.view.dom).focus();
        });
    }
    textarea.form?.addEventListener('submit', () => {
        if (!source.pressed) {
            textarea.value = html(editor);
        }
    });

    const linkDialog = new LinkDialog(editor, say);
    const imageDialog = new ImageDialog(editor, say);

    // The toolbar: one tab stop, the arrow keys go from one control to the next (the ARIA toolbar pattern).
    const style = element('select', { 'aria-label': 'Text style', title: `Text style (${shortcut('Mod-Alt-0').shown} paragraph, ${shortcut('Mod-Alt-2').shown} to ${shortcut('Mod-Alt-4').shown} headings)` },
        element('option', { value: '0' }, 'Paragraph'),
        ...LEVELS.map(level => element('option', { value: String(level) }, `Heading ${level}`)));
    style.addEventListener('change', () => {
        const level = Number(style.value);
        const chain = editor.chain().focus();
        (level ? chain.setHeading({ level }) : chain.setParagraph()).run();
    });
    const button = (text, title, keys, run, { toggle = false, className = '' } = {}) => {
        const keysShown = keys ? shortcut(keys) : null;
        const control = element('button', {
            type: 'button', class: className,
            title: keysShown ? `${title} (${keysShown.shown})` : title,
            'aria-keyshortcuts': keysShown ? keysShown.aria : null,
            'aria-pressed': toggle ? 'false' : null,
        }, text);
        control.addEventListener('click', () => run());
        return control;
    };
    const bold = button('Bold', 'Bold', 'Mod-b', () => editor.chain().focus().toggleBold().run(), { toggle: true, className: 'rich-bold' });
    const italic = button('Italic', 'Italic', 'Mod-i', () => editor.chain().focus().toggleItalic().run(), { toggle: true, className: 'rich-italic' });
    const link = button('Link', 'Link', 'Mod-k', () => linkDialog.open(), { toggle: true });
    const bullets = button('• List', 'Bulleted list', 'Mod-Shift-8', () => editor.chain().focus().toggleBulletList().run(), { toggle: true });
    const numbers = button('1. List', 'Numbered list', 'Mod-Shift-7', () => editor.chain().focus().toggleOrderedList().run(), { toggle: true });
    const quote = button('Quote', 'Quote', 'Mod-Shift-b', () => editor.chain().focus().toggleBlockquote().run(), { toggle: true });
    const table = button('Table', 'Insert a table of 3 rows and 3 columns, the first row headings', null,
        () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run());
    const image = button('Image', 'Image', null, () => imageDialog.open(), { toggle: true });
    const undo = button('Undo', 'Undo', 'Mod-z', () => editor.chain().focus().undo().run());
    const redo = button('Redo', 'Redo', MAC ? 'Mod-Shift-z' : 'Mod-y', () => editor.chain().focus().redo().run());
    const source = button('HTML', 'Edit the HTML of the text', null, () => toggleSource(), { toggle: true });
    source.pressed = false;
    const tableTools = [
        button('Add row', 'Add a row below this one', null, () => editor.chain().focus().addRowAfter().run()),
        button('Add column', 'Add a column after this one', null, () => editor.chain().focus().addColumnAfter().run()),
        button('Remove row', 'Remove this row', null, () => editor.chain().focus().deleteRow().run()),
        button('Remove column', 'Remove this column', null, () => editor.chain().focus().deleteColumn().run()),
        button('Remove table', 'Remove the table', null, () => editor.chain().focus().deleteTable().run()),
    ];
    const group = (name, ...controls) => element('span', { class: 'rich-group', role: 'group', 'aria-label': name }, ...controls);
    const tableGroup = group('Table', ...tableTools);
    toolbar.append(group('Style', style), group('Text', bold, italic, link), group('Blocks', bullets, numbers, quote),
        group('Insert', table, image), group('History', undo, redo), group('Source', source), tableGroup);

    const controls = () => [...toolbar.querySelectorAll('button, select')].filter(control => !control.closest('[hidden]'));
    const focusToolbar = () => (controls().find(control => control.tabIndex === 0) || controls()[0]).focus();
    const rove = current => controls().forEach(control => { control.tabIndex = control === current ? 0 : -1; });
    toolbar.addEventListener('focusin', event => rove(event.target));
    toolbar.addEventListener('keydown', event => {
        const all = controls().filter(control => !control.disabled);
        const at = all.indexOf(document.activeElement);
        const step = { ArrowRight: 1, ArrowLeft: -1, Home: -at, End: all.length - 1 - at }[event.key];
        if (event.key === 'Escape') {
            editor.commands.focus();
        } else if (step !== undefined && at >= 0 && !(document.activeElement === style && event.key.startsWith('Arrow') && event.altKey)) {
            event.preventDefault();
            all[(at + step + all.length) % all.length].focus();
        }
    });

    function toggleSource() {
        const on = !source.pressed;
        source.pressed = on;
        if (on) {
            // One block a line, to be read and changed by hand (the lines are whitespace the page ignores).
            textarea.value = html(editor).replace(/(<\/(?:p|h2|h3|h4|li|ul|ol|blockquote|tr|table)>|<hr>|<img [^>]*>)(?!$)/g, '$1\n');
        } else {
            editor.commands.setContent(textarea.value, { emitUpdate: true });
            textarea.value = html(editor);
        }
        textarea.hidden = !on;
        area.hidden = on;
        controls().filter(control => control !== source).forEach(control => { control.disabled = on; });
        // The toolbar's tab stop is the one control left to use: the way back to the editor.
        rove(on ? source : controls()[0]);
        refresh();
        (on ? textarea : editor.view.dom).focus();
        say(on ? 'Editing the HTML: the HTML button goes back to the editor.'
            : 'Back to the editor: it keeps paragraphs, headings, lists, links, quotes, tables and images only.');
    }

    function refresh() {
        const pressed = (control, on) => control.setAttribute('aria-pressed', String(on));
        pressed(bold, editor.isActive('bold'));
        pressed(italic, editor.isActive('italic'));
        pressed(link, editor.isActive('link'));
        pressed(bullets, editor.isActive('bulletList'));
        pressed(numbers, editor.isActive('orderedList'));
        pressed(quote, editor.isActive('blockquote'));
        pressed(image, editor.isActive('image'));
        pressed(source, source.pressed);
        style.value = String(LEVELS.find(level => editor.isActive('heading', { level })) || 0);
        tableGroup.hidden = source.pressed || !editor.isActive('table');
        undo.disabled = source.pressed || !editor.can().undo();
        redo.disabled = source.pressed || !editor.can().redo();
        if (!controls().some(control => control.tabIndex === 0)) {
            rove(controls()[0]);
        }
    }
    editor.on('update', () => {
        if (!source.pressed) {
            textarea.value = html(editor);
        }
    });
    editor.on('transaction', refresh);
    refresh();
    return editor;
}

/** The shortcuts, told under the editor. */
function shortcutsHelp(number, ui) {
    const rows = [
        ['Mod-b', 'bold'], ['Mod-i', 'italic'], ['Mod-k', 'link'], ['Mod-Shift-8', 'bulleted list'],
        ['Mod-Shift-7', 'numbered list'], ['Mod-Alt-2', 'heading 2 (3 and 4 likewise)'], ['Mod-Alt-0', 'paragraph'],
        ['Mod-Shift-b', 'quote'], ['Mod-z', 'undo'], ['Alt-F10', 'to the toolbar (Escape back to the text)'],
    ];
    return element('details', { class: 'rich-help', id: `rich-text-help-${number}`, ...ui },
        element('summary', {}, 'Keyboard shortcuts and typing'),
        element('ul', {}, ...rows.map(([keys, what]) => element('li', {}, element('kbd', {}, shortcut(keys).shown), ' ', what)),
            element('li', {}, 'Typing “- ” or “1. ” at the start of a line begins a list, “## ” a heading, “> ” a quote.'),
            element('li', {}, 'In a table, Tab goes to the next cell, and after the last one on to the next field.')));
}

/** A small form in a modal dialog (the browser's own: it keeps the focus inside, and Escape closes it). */
class Dialog {

    constructor(title, fields, buttons) {
        this.error = element('p', { class: 'error', role: 'alert' });
        this.form = element('form', { method: 'dialog' }, element('h2', {}, title), ...fields, this.error,
            element('div', { class: 'actions' }, ...buttons));
        this.dialog = element('dialog', { class: 'rich-dialog', 'aria-label': title, lang: document.documentElement.lang || 'en' }, this.form);
        document.body.appendChild(this.dialog);
        this.form.addEventListener('submit', event => {
            const choice = event.submitter ? event.submitter.value : 'save';
            if (choice === 'cancel') {
                return;
            }
            const problem = this.done(choice);
            if (problem) {
                event.preventDefault();
                this.error.textContent = problem;
            }
        });
        this.dialog.addEventListener('close', () => this.editor.commands.focus());
    }

    show() {
        this.error.textContent = '';
        this.dialog.showModal();
    }
}

function field(label, input, hint) {
    input.id = `rich-dialog-field-${++made}`;
    const hintElement = hint ? element('span', { class: 'hint', id: `${input.id}-hint` }, hint) : null;
    if (hintElement) {
        input.setAttribute('aria-describedby', hintElement.id);
    }
    return element('div', { class: 'field' }, element('label', { for: input.id }, label), ...(hintElement ? [hintElement] : []), input);
}

class LinkDialog extends Dialog {

    constructor(editor, say) {
        const address = element('input', { type: 'text', inputmode: 'url', autocomplete: 'off', dir: 'ltr', spellcheck: 'false' });
        const text = element('input', { type: 'text', dir: 'auto' });
        const remove = element('button', { type: 'submit', value: 'remove', class: 'danger' }, 'Remove the link');
        const textField = field('Text shown', text);
        super('Link', [field('Address', address, 'A web address (www.ilo.org), an e-mail address or a telephone number'), textField],
            [element('button', { type: 'submit', value: 'save', class: 'primary' }, 'Save the link'), remove,
                element('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel')]);
        Object.assign(this, { editor, say, address, text, remove, textField });
    }

    open() {
        const editor = this.editor;
        editor.commands.extendMarkRange('link');
        this.address.value = editor.getAttributes('link').href || '';
        this.remove.hidden = !editor.isActive('link');
        this.textField.hidden = !editor.state.selection.empty;
        this.text.value = '';
        this.show();
        this.address.focus();
    }

    done(choice) {
        const editor = this.editor;
        if (choice === 'remove') {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            this.say('Link removed.');
            return null;
        }
        const href = linkAddress(this.address.value);
        if (!href) {
            return 'Give the address the link leads to.';
        }
        if (!isAllowedLink(href)) {
            return 'A link leads to a web address (https://…), an e-mail address or a telephone number.';
        }
        if (editor.state.selection.empty && !editor.isActive('link')) {
            const shown = this.text.value.trim() || href.replace(/^(mailto:|tel:)/, '');
            editor.chain().focus().insertContent({ type: 'text', text: shown, marks: [{ type: 'link', attrs: { href } }] })
                .unsetMark('link').run();
        } else {
            editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
        }
        this.say(`Link to ${href} saved.`);
        return null;
    }
}

class ImageDialog extends Dialog {

    constructor(editor, say) {
        const source = element('input', { type: 'text', inputmode: 'url', autocomplete: 'off', dir: 'ltr', spellcheck: 'false', list: `rich-images-${made + 1}` });
        const images = element('datalist', { id: `rich-images-${made + 1}` });
        const alt = element('input', { type: 'text', dir: 'auto' });
        const remove = element('button', { type: 'submit', value: 'remove', class: 'danger' }, 'Remove the image');
        super('Image', [field('Image address', source, 'An image on the portal, such as the release’s own image (/images/…): upload it with the release first'), images,
            field('What the image shows', alt, 'For readers who cannot see it')],
            [element('button', { type: 'submit', value: 'save', class: 'primary' }, 'Save the image'), remove,
                element('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel')]);
        Object.assign(this, { editor, say, source, images, alt, remove });
    }

    open() {
        const editor = this.editor;
        const current = editor.isActive('image') ? editor.getAttributes('image') : {};
        // The images the page shows that are on the portal (the release's own) are offered.
        this.images.replaceChildren(...[...new Set([...document.querySelectorAll('main img')]
            .map(image => image.getAttribute('src')).filter(src => src && src.startsWith('/images/')))]
            .map(src => element('option', { value: src })));
        this.source.value = current.src || (this.images.firstChild ? this.images.firstChild.value : '');
        this.alt.value = current.alt || '';
        this.remove.hidden = !current.src;
        this.show();
        this.source.focus();
    }

    done(choice) {
        const editor = this.editor;
        if (choice === 'remove') {
            editor.chain().focus().deleteSelection().run();
            this.say('Image removed.');
            return null;
        }
        const src = this.source.value.trim();
        const alt = this.alt.value.trim();
        let url;
        try {
            url = new URL(src, location.origin);
        } catch {
            url = null;
        }
        if (!src || !url || url.origin !== location.origin) {
            return 'Give the address of an image on the portal: the public site shows no image from elsewhere.';
        }
        if (!alt) {
            return 'Say what the image shows, for readers who cannot see it.';
        }
        const path = url.pathname + url.search;
        if (editor.isActive('image')) {
            editor.chain().focus().updateAttributes('image', { src: path, alt }).run();
        } else {
            editor.chain().focus().setImage({ src: path, alt }).run();
        }
        this.say('Image saved.');
        return null;
    }
}
