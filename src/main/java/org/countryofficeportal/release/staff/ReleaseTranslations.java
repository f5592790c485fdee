package org.countryofficeportal.release.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.Translation;
import org.countryofficeportal.site.Language;
import org.countryofficeportal.staff.StaffMessages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The translations of the release on the page: each opened on its own page, after the page is saved. */
@Named
@RequestScoped
public class ReleaseTranslations {

    @Inject
    private ReleaseEditor page;

    @Inject
    private StaffMessages messages;

    /** Saves the page, then opens the translation into a language (a new one, or one the release has). */
    public void editTranslation(String language) {
        page.saveThenShow("The release's text is saved; below is its " + languageName(language) + " translation.",
                saved -> TranslationEditor.PAGE + "?slug=" + saved.slug() + "&lang=" + language);
    }

    public void addTranslation() {
        String language = page.getForm().getTranslation();
        if (language == null || language.isBlank()) {
            messages.errorAt(ReleaseEditor.FORM, "translation", "Choose the language of the translation.");
            return;
        }
        editTranslation(language);
    }

    /** The translations, by language code, in code order. */
    public Map<String, Translation> getTranslations() {
        PressRelease release = page.getRelease();
        return release == null ? Map.of() : new TreeMap<>(release.translations());
    }

    /** Languages the release can still be translated into. */
    public List<Language> getTranslationLanguages() {
        PressRelease release = page.getRelease();
        return release == null ? List.of() : Arrays.stream(Language.values())
                .filter(language -> !release.isAvailableIn(language.code())).toList();
    }

    public String languageName(String code) {
        return Language.ofCode(code).map(Language::englishName).orElse(code);
    }
}
