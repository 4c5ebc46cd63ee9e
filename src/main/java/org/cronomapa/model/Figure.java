package org.cronomapa.model;

/** One reported figure and who reported it, kept where sources disagree. */
public record Figure(String field, int value, String by) {
}
