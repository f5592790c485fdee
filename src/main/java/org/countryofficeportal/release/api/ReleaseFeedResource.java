package org.countryofficeportal.release.api;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.countryofficeportal.api.Representations;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseFilter;
import org.countryofficeportal.release.ReleaseService;
import org.countryofficeportal.site.Language;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Atom feeds (RFC 4287) of the latest public releases: of every office, and of each office. META-INF/openapi.yaml
 * describes them; each method is named after its operationId.
 */
@Path("")
@ApplicationScoped
@Produces(ReleaseFeedResource.ATOM)
public class ReleaseFeedResource {

    static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 20;
    private static final Representations.Policy FEED = Representations.Policy.publicFor(Duration.ofMinutes(5), Duration.ofHours(1), false);

    @EJB
    private ReleaseService releaseService;

    @EJB
    private OfficeService officeService;

    @Inject
    private Representations representations;

    @Context
    private UriInfo uri;

    @GET
    @Path("releases.atom")
    public Response getReleasesFeed() {
        return feed(Optional.empty());
    }

    @GET
    @Path("offices/{office}/releases.atom")
    public Response getOfficeReleasesFeed(@PathParam("office") String officeId) {
        Office office = officeService.find(officeId).orElseThrow(() -> new NotFoundException("no office '" + officeId + "'"));
        return feed(Optional.of(office));
    }

    private Response feed(Optional<Office> office) {
        // Atom wants absolute links, so the key is the absolute address: it holds the host the feed was asked of.
        String base = uri.getBaseUri().resolve("/").toString();
        return representations.respond(FEED,
                MediaType.valueOf(ATOM + ";charset=UTF-8"), () -> render(office, base));
    }

    private byte[] render(Optional<Office> office, String base) {
        List<PressRelease> latest = releaseService.latestPublic(new ReleaseFilter(office.map(Office::id), Optional.empty(),
                Optional.empty()), Optional.empty(), ENTRIES).items();
        Feed feed = new Feed("atom_1.0");
        feed.setId(urn("feed:" + office.map(Office::id).orElse("all")));
        feed.setTitle(office.map(o -> "Press releases: " + o.name()).orElse("Press releases of the ILO offices"));
        feed.setUpdated(Date.from(latest.stream().map(PressRelease::changedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
        feed.setOtherLinks(List.of(link("self", uri.getAbsolutePath().toString(), ATOM)));
        feed.setAlternateLinks(List.of(
                link("alternate", base + "releases" + office.map(o -> "?office=" + o.id()).orElse(""), MediaType.TEXT_HTML),
                link("alternate", base + "api/v1/" + office.map(o -> "offices/" + o.id() + "/").orElse("") + "releases",
                        MediaType.APPLICATION_JSON)));
        feed.setEntries(latest.stream().map(release -> entry(release, base)).toList());
        try {
            Document atom = new WireFeedOutput().outputJDom(feed);
            labelLanguages(atom.getRootElement(), latest);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(atom).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed of " + office.map(Office::id).orElse("all offices") + " cannot be written", e);
        }
    }

    private static Entry entry(PressRelease release, String base) {
        Entry entry = new Entry();
        entry.setId(urn("release:" + release.id()));
        entry.setTitle(release.title());
        entry.setPublished(Date.from(release.publishedAt().toInstant()));
        entry.setUpdated(Date.from(release.changedAt()));
        Person author = new Person();
        author.setName(release.office().name());
        entry.setAuthors(List.of(author));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(release.summary());
        entry.setSummary(summary);
        // The web page in the release's own language, which a feed reader opens; the JSON for apps beside it.
        Link page = link("alternate", base + Language.ofPrefix(release.language()).map(language -> language.prefix().substring(1) + "/")
                .orElse("") + "releases/" + release.slug(), MediaType.TEXT_HTML);
        page.setHreflang(release.language());
        entry.setAlternateLinks(List.of(page, link("alternate", base + "api/v1/releases/" + release.slug(), MediaType.APPLICATION_JSON)));
        release.imageCredit().ifPresent(credit -> entry.setRights(credit));
        return entry;
    }

    /**
     * Rome writes no xml:lang: the feed's own texts are English, each entry's are in its release's language (its title
     * and summary, as the JSON API gives them without a {@code lang}), and the author is the office's English name.
     */
    private static void labelLanguages(Element feed, List<PressRelease> latest) {
        feed.setAttribute("lang", "en", Namespace.XML_NAMESPACE);
        List<Element> entries = feed.getChildren("entry", feed.getNamespace());
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            entry.setAttribute("lang", latest.get(i).language(), Namespace.XML_NAMESPACE);
            entry.getChildren("author", feed.getNamespace()).forEach(author -> author.setAttribute("lang", "en", Namespace.XML_NAMESPACE));
        }
    }

    /** Ids that stay the same whatever host serves the feed. */
    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("country-office-portal:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
