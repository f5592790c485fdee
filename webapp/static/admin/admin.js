/*
 * The back office's one script, loaded by every back-office page (webapp/WEB-INF/templates/admin.xhtml). Pages work
 * without it; with it, each rich-text field gets its editor (its modules are loaded only where a page has one), and a
 * form that came back with a mistake puts the cursor in the first field concerned, where its message is read out.
 */
const richTextFields = document.querySelectorAll('textarea.rich-text');
const firstMistake = document.querySelector('[aria-invalid="true"]');
const focusFirstMistake = () => firstMistake?.focus();
if (richTextFields.length > 0) {
    import('./rich-text.js').then(({ enhance }) => richTextFields.forEach(enhance)).then(focusFirstMistake);
} else {
    focusFirstMistake();
}
