package org.countryofficeportal.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.countryofficeportal.platform.StaffMessages;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Administrators import a content bundle into an instance that has no content yet. */
@Named("contentUpload")
@RequestScoped
public class ContentUploadView {

    private static final long MAX_BUNDLE_BYTES = 200L * 1024 * 1024;

    @EJB
    private ContentImporter importer;

    @Inject
    private BundleReader bundles;

    @Inject
    private StaffMessages messages;

    private Part bundle;
    private List<BundleProblem> problems = List.of();

    public void upload() throws IOException {
        if (bundle == null || bundle.getSize() == 0) {
            messages.error("content:bundle", "Choose a content bundle (a .json file) to import.");
            return;
        }
        if (bundle.getSize() > MAX_BUNDLE_BYTES) {
            messages.error("content:bundle", "The file is larger than a content bundle can be (200 MB).");
            return;
        }
        String file = bundle.getSubmittedFileName();
        try (InputStream json = bundle.getInputStream()) {
            messages.info("Imported from " + file + ": " + importer.importIntoEmptyInstance(file, bundles.read(file, json)));
        } catch (InvalidBundleException e) {
            problems = e.problems();
            messages.error(null, "Nothing was imported: the bundle has " + problems.size() + " problem(s), listed below.");
        } catch (ContentAlreadyPresentException e) {
            messages.error(null, "Nothing was imported: this instance has content already. Import into an empty instance.");
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
