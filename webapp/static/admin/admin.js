/*
 * The back office's one script, loaded by every back-office page (webapp/WEB-INF/templates/admin.xhtml). Pages work
 * without it; with it, each rich-text field gets its editor. The editor's modules are loaded only where a page has one.
 */
const richTextFields = document.querySelectorAll('textarea.rich-text');
if (richTextFields.length > 0) {
    import('./rich-text.js').then(({ enhance }) => richTextFields.forEach(enhance));
}
