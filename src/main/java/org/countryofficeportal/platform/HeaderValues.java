package org.countryofficeportal.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request header values the portal reads, checked against their grammar in RFC 9110 (and RFC 7239's predecessor
 * X-Forwarded-For, as proxies write it). A value that breaks its grammar, or is longer than any honest client sends, is
 * empty here: the portal then does what HTTP says for a header that is absent, and never fails on it.
 */
public final class HeaderValues {

    /** Longer than any browser, app or proxy writes these headers; a longer value is treated as absent. */
    public static final int MAX_LENGTH = 1024;

    private static final String OWS = "[ \\t]*";
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED_STRING = "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E\\x80-\\xFF]|\\\\[\\t \\x21-\\x7E\\x80-\\xFF])*\"";
    private static final String WEIGHT = OWS + ";" + OWS + "[qQ]=(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?)";
    private static final Pattern LANGUAGES = list("(?:[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\\*)(?:" + WEIGHT + ")?");
    private static final Pattern CODINGS = list(TOKEN + "(?:" + WEIGHT + ")?");
    /** A media type's parameters; {@code q} is the weight, whose value has a grammar of its own. */
    private static final String PARAMETERS = "(?:" + OWS + ";" + OWS + "(?:(?![qQ]=)" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED_STRING + "))?)*";
    private static final Pattern MEDIA_RANGES = list(TOKEN + "/" + TOKEN + PARAMETERS + "(?:" + WEIGHT + ")?");
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN + PARAMETERS);
    private static final Pattern ENTITY_TAGS = list("(?:W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");
    private static final Pattern IPV4 = Pattern.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]{2,45}])(?::[0-9]{1,5})?");

    /** RFC 9110's HTTP-date: IMF-fixdate, and the obsolete asctime form (the RFC 850 form, below, needs today's year). */
    private static final List<DateTimeFormatter> HTTP_DATES = List.of(
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH));

    private HeaderValues() {
    }

    /** Accept-Language: language ranges with optional weights, e.g. {@code ur-PK, en;q=0.8, *;q=0.1}. */
    public static boolean isAcceptLanguage(String value) {
        return isList(value, LANGUAGES);
    }

    /** Accept-Encoding: content codings with optional weights, e.g. {@code gzip, br;q=0.5}. */
    public static boolean isAcceptEncoding(String value) {
        return isList(value, CODINGS);
    }

    /** Accept: media ranges with parameters and weights, e.g. {@code application/json, *&#47;*;q=0.1}. */
    public static boolean isAccept(String value) {
        return isList(value, MEDIA_RANGES);
    }

    /** Content-Type: one media type with its parameters, e.g. {@code application/x-www-form-urlencoded}. */
    public static boolean isMediaType(String value) {
        return value != null && value.length() <= MAX_LENGTH && MEDIA_TYPE.matcher(value.strip()).matches();
    }

    /** If-None-Match and If-Match: {@code *}, or entity tags such as {@code "abc"} or {@code W/"abc"}. */
    public static boolean isEntityTags(String value) {
        return value != null && (value.strip().equals("*") || isList(value, ENTITY_TAGS));
    }

    /** An HTTP-date (If-Modified-Since, If-Unmodified-Since); anything else is no date at all. */
    public static Optional<Instant> httpDate(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String date = value.strip();
        for (DateTimeFormatter format : withRfc850(HTTP_DATES)) {
            try {
                LocalDateTime time = LocalDateTime.parse(date, format);
                return Optional.of(time.toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // not in this form; the next one may fit
            }
        }
        return Optional.empty();
    }

    /**
     * The RFC 850 form has a two-digit year, which RFC 9110 reads as the year with those digits that is at most 50 years
     * ahead of today.
     */
    private static List<DateTimeFormatter> withRfc850(List<DateTimeFormatter> formats) {
        DateTimeFormatter rfc850 = new DateTimeFormatterBuilder()
                .appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, Year.now(ZoneOffset.UTC).getValue() - 49)
                .appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.ENGLISH);
        return List.of(formats.get(0), rfc850, formats.get(1));
    }

    /** X-Forwarded-For: the addresses a request passed through, nearest last; empty unless every hop is an IP address. */
    public static Optional<List<String>> forwardedFor(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<String> hops = new ArrayList<>();
        for (String hop : value.split(",", -1)) {
            String address = hop.strip();
            if (!isIpAddress(address)) {
                return Optional.empty();
            }
            hops.add(address);
        }
        return Optional.of(List.copyOf(hops));
    }

    /** X-Forwarded-Proto, as a proxy that ends TLS writes it. */
    public static Optional<String> forwardedProto(String value) {
        return Optional.ofNullable(value).map(String::strip).map(proto -> proto.toLowerCase(Locale.ROOT))
                .filter(proto -> proto.equals("http") || proto.equals("https"));
    }

    /** Host and X-Forwarded-Host: a host name or IP address with an optional port. */
    public static Optional<String> host(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(host -> host.length() <= 255 && HOST.matcher(host).matches())
                .map(host -> host.toLowerCase(Locale.ROOT));
    }

    /** An IPv4 or IPv6 address written out; never a name (nothing here looks a name up). */
    static boolean isIpAddress(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        if (!text.contains(":") || !IPV6_CHARACTERS.matcher(text).matches()) {
            return false;
        }
        try {
            // With a colon in it, Java reads the text as an IPv6 literal and never asks a name server.
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * RFC 9110's {@code #element} list as a recipient reads it: elements separated by commas with optional white space
     * around them, empty elements allowed, at least one element present.
     */
    private static Pattern list(String element) {
        return Pattern.compile("(?:," + OWS + ")*(?:" + element + ")(?:" + OWS + ",(?:" + OWS + "(?:" + element + "))?)*");
    }

    private static boolean isList(String value, Pattern list) {
        return value != null && value.length() <= MAX_LENGTH && list.matcher(value.strip()).matches();
    }
}
