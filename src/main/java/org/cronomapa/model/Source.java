package org.cronomapa.model;

/** Where a fact comes from: something a teacher could cite. */
public record Source(String publisher, String title, String date, String url) {
}
