// What the back office's editor (webapp/static/admin/rich-text.js) uses of Tiptap and ProseMirror: the extensions of
// the portal's rich-text vocabulary (platform.RichText) and nothing else.
export { Editor, Extension, mergeAttributes } from '@tiptap/core';
export { default as Document } from '@tiptap/extension-document';
export { default as Paragraph } from '@tiptap/extension-paragraph';
export { default as Text } from '@tiptap/extension-text';
export { default as Heading } from '@tiptap/extension-heading';
export { default as Bold } from '@tiptap/extension-bold';
export { default as Italic } from '@tiptap/extension-italic';
export { default as Link } from '@tiptap/extension-link';
export { BulletList, OrderedList, ListItem, ListKeymap } from '@tiptap/extension-list';
export { default as Blockquote } from '@tiptap/extension-blockquote';
export { default as HardBreak } from '@tiptap/extension-hard-break';
export { default as HorizontalRule } from '@tiptap/extension-horizontal-rule';
export { Table, TableRow, TableCell, TableHeader } from '@tiptap/extension-table';
export { default as Image } from '@tiptap/extension-image';
export { Dropcursor, Gapcursor, Placeholder, TrailingNode, UndoRedo } from '@tiptap/extensions';
export { DOMParser as SchemaParser } from '@tiptap/pm/model';
