package org.countryofficeportal.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.countryofficeportal.platform.AlreadySubmittedException;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Administrators import a content bundle into an instance that has no content yet. */
@Named("contentUpload")
@RequestScoped
public class ContentUploadView {

    private static final long MAX_BUNDLE_BYTES = 200L * 1024 * 1024;
    private static final String FORM = "content";
    private static final String PAGE = "/admin/content.xhtml";

    @EJB
    private ContentImporter importer;

    @Inject
    private BundleReader bundles;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    private Part bundle;
    private List<BundleProblem> problems = List.of();

    public void upload() throws IOException {
        if (bundle == null || bundle.getSize() == 0) {
            messages.errorAt(FORM, "bundle", "Choose a content bundle (a .json file) to import.");
            return;
        }
        if (bundle.getSize() > MAX_BUNDLE_BYTES) {
            messages.errorAt(FORM, "bundle", "The file is larger than a content bundle can be (200 MB).");
            return;
        }
        String file = bundle.getSubmittedFileName();
        try (InputStream json = bundle.getInputStream()) {
            ImportSummary summary = importer.importIntoEmptyInstance(new ContentImporter.Import(file, bundles.read(file, json),
                    tokens.submission()));
            messages.doneThenShow("Imported from " + file + ": " + summary, PAGE);
        } catch (InvalidBundleException e) {
            problems = e.problems();
            messages.error("Nothing was imported: the bundle has " + problems.size() + " problem(s), listed below.");
        } catch (ContentAlreadyPresentException e) {
            messages.error("Nothing was imported: this instance has content already. Import into an empty instance.");
        } catch (AlreadySubmittedException e) {
            messages.sentBeforeThenShow(PAGE);
        }
    }

    public List<BundleProblem> getProblems() {
        return problems;
    }

    public Part getBundle() {
        return bundle;
    }

    public void setBundle(Part bundle) {
        this.bundle = bundle;
    }
}
