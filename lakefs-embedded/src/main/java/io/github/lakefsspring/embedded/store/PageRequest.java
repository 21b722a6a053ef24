package io.github.lakefsspring.embedded.store;

/**
 * Which page of a listing to read.
 *
 * @param prefix only keys starting with this ({@code ""} for all)
 * @param after only keys strictly after this ({@code ""} for the start)
 * @param amount the page size, already clamped to 1..1000 by the caller
 */
public record PageRequest(String prefix, String after, int amount) {

    public PageRequest {
        if (amount < 1 || amount > 1000) {
            throw new IllegalArgumentException("amount must be within 1..1000, was " + amount);
        }
    }
}
