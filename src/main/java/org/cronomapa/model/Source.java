package org.cronomapa.model;

/**
 * Where a fact comes from: something a teacher could cite. {@code publisher} is the outlet whose
 * page it is; {@code credit}, when set, is where that page says its story comes from (a wire such
 * as EFE, or the paper it copies), so a citation can name both.
 */
public record Source(String publisher, String title, String date, String url, String credit) {
    public Source(String publisher, String title, String date, String url) {
        this(publisher, title, date, url, null);
    }
}
