package org.countryofficeportal.release.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.release.LanguagePreference;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.Translation;
import org.countryofficeportal.site.Page;

/** Which text of a release a page shows: the page's language where the release has it, else its own. */
@Named
@RequestScoped
public class ReleaseTexts {

    @Inject
    private Page page;

    public String languageOf(PressRelease release) {
        return LanguagePreference.of(page.getLanguage().code()).pick(release);
    }

    /** The direction of the text shown: an English release on an Urdu page is still left to right. */
    public String directionOf(PressRelease release) {
        return page.direction(languageOf(release));
    }

    public Translation of(PressRelease release) {
        return release.textIn(languageOf(release));
    }
}
