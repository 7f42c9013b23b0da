package be.epn.campus.people.card;

import be.epn.campus.platform.Language;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What a learner's login card says. Built only with usable values: a name, a username and an absolute
 * http(s) login URL that are not blank, a language and a print date; text is stripped of surrounding spaces,
 * a blank EPN name becomes none.
 *
 * @param displayName the learner's name as they want to see it, in any script
 * @param username    what the learner signs in with; printed exactly
 * @param language    the language of the instructions
 * @param loginUrl    the absolute address the QR code opens, normally the sign-in page with the username in it
 * @param epnName     the EPN where the card was printed, or null
 * @param printedOn   the day the card was printed
 */
public record LoginCard(String displayName, String username, Language language, String loginUrl, String epnName,
        LocalDate printedOn) {

    public LoginCard {
        displayName = required(displayName, "the learner's name");
        username = required(username, "the username");
        loginUrl = required(loginUrl, "the login URL");
        checkAbsoluteWebAddress(loginUrl);
        if (language == null) {
            throw new IllegalArgumentException("A login card needs the language of its instructions");
        }
        if (printedOn == null) {
            throw new IllegalArgumentException("A login card needs the date it is printed");
        }
        epnName = epnName == null || epnName.isBlank() ? null : epnName.strip();
    }

    /** The EPN where the card was printed, when known. */
    public Optional<String> epn() {
        return Optional.ofNullable(epnName);
    }

    /**
     * The short address a learner types when they cannot scan the code: the login URL without its scheme,
     * query, fragment and page name, so {@code https://campus.example/login.xhtml?u=amina} gives
     * {@code campus.example} and {@code https://epn.example/campus/login.xhtml} gives {@code epn.example/campus}.
     */
    public String typedAddress() {
        URI uri = URI.create(loginUrl);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String address = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + folder;
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A login card needs " + what + ", but it was "
                    + (value == null ? "missing" : "blank"));
        }
        return value.strip();
    }

    private static void checkAbsoluteWebAddress(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The login URL is not a valid address: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("The login URL must be an absolute http(s) address such as "
                    + "https://campus.example/login.xhtml, but it was: " + url);
        }
    }
}
