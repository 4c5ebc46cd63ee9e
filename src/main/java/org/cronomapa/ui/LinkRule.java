package org.cronomapa.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which source links the window may open: only absolute {@code http} and {@code https} addresses
 * with a host. A data file is written by anyone; a {@code javascript:}, {@code file:} or
 * {@code data:} link, a relative or malformed one is shown as plain text and never handed to the
 * system browser.
 */
final class LinkRule {
    private LinkRule() {
    }

    static boolean opens(String url) {
        if (url == null || url.isEmpty() || !url.strip().equals(url)) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            if (Character.isWhitespace(url.charAt(i)) || Character.isISOControl(url.charAt(i))) {
                return false;
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
