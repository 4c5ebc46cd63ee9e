package org.cronomapa.model;

/**
 * One thing wrong with an input file: where ({@code file:line} or {@code file#feature}),
 * which field, and what is wrong, in words a user can act on.
 */
public record Problem(String location, String field, String message) {
    @Override
    public String toString() {
        return location + " [" + field + "] " + message;
    }
}
