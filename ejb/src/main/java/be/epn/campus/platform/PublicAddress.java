package be.epn.campus.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address at which people and other software reach this server from outside ({@code CAMPUS_PUBLIC_URL}):
 * printed in the certificates' QR codes and written in the signed credentials, so it must be the public one,
 * not whatever host name a request happened to use (a forged Host header must not end up in a certificate).
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "campus.public.url", defaultValue = "https://epn-campus.brussels")
    String url;

    /** The base address without a trailing slash, e.g. {@code https://epn-campus.brussels}. */
    public String base() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** An absolute address for a path of this server ({@code path} starts with a slash). */
    public String of(String path) {
        return base() + path;
    }
}
