package dev.pm.core.model;

/**
 * An incident's severity on the archive's scale.
 *
 * @param label the label as the scale spells it, for example {@code SEV2}
 * @param rank 1 for the worst level of the scale, growing towards the mildest
 */
public record Severity(String label, int rank) implements Comparable<Severity> {

    @Override
    public int compareTo(Severity other) {
        return Integer.compare(rank, other.rank);
    }

    @Override
    public String toString() {
        return label;
    }
}
