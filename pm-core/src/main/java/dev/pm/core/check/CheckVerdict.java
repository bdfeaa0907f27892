package dev.pm.core.check;

import dev.pm.core.Diagnostic;
import dev.pm.core.read.ReadResult;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a build should fail on what reading and checking found, why, and the one summary line that says so:
 * {@code 5 findings (2 errors, 3 warnings) in 3 of 41 postmortems}.
 *
 * @param summary the summary line
 * @param failure why the build fails, as values a report words in its own language; empty when it passes
 * @param known the findings a baseline knows: counted in the summary, never failing the build
 * @param failing the findings that make the build fail, in their order: among those counted, the ones at or above
 *     the threshold and, when there are more warnings than allowed, every warning; empty when it passes. A build
 *     tool shows these however quiet its log is.
 */
public record CheckVerdict(String summary, Optional<Failure> failure, List<Diagnostic> known,
        List<Diagnostic> failing) {

    public CheckVerdict {
        known = List.copyOf(known);
        failing = List.copyOf(failing);
    }

    /** A verdict with no baseline, naming no failing findings. */
    public CheckVerdict(String summary, Optional<Failure> failure) {
        this(summary, failure, List.of(), List.of());
    }

    /** Whether the build should fail. */
    public boolean failed() {
        return failure.isPresent();
    }

    /** Why the build fails, in English, as the build log says it; an empty string when it passes. */
    public String reason() {
        return failure.map(Failure::reason).orElse("");
    }

    /** Why a build fails: {@link ThresholdReached} or {@link TooManyWarnings}. */
    public sealed interface Failure permits ThresholdReached, TooManyWarnings {

        /** The failure in English: {@code 2 findings at or above the 'warning' threshold}. */
        String reason();
    }

    /**
     * Findings at or above the threshold.
     *
     * @param findings how many counted findings reach it, at least one
     * @param threshold the least serious level that fails the build
     */
    public record ThresholdReached(long findings, Threshold threshold) implements Failure {

        @Override
        public String reason() {
            return count(findings, "finding") + " at or above the '" + threshold.label() + "' threshold";
        }
    }

    /**
     * More warnings than the build allows, though none reaches the threshold.
     *
     * @param warnings how many counted warnings there are
     * @param allowed how many warnings the build tolerates
     */
    public record TooManyWarnings(long warnings, int allowed) implements Failure {

        @Override
        public String reason() {
            return count(warnings, "warning") + ", more than the " + allowed + " allowed";
        }
    }

    /** The findings that count: all but the known ones, in their order. */
    public List<Diagnostic> fresh(ReadResult result) {
        if (known.isEmpty()) {
            return result.diagnostics();
        }
        java.util.Set<Diagnostic> skip = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        skip.addAll(known);
        return result.diagnostics().stream().filter(d -> !skip.contains(d)).toList();
    }

    /** The least serious level that fails a build. */
    public enum Threshold {
        ERROR, WARNING, INFO, NEVER;

        /** Reads {@code error}, {@code warning}, {@code info} or {@code never}, in any case. */
        public static Threshold parse(String text) {
            for (Threshold t : values()) {
                if (t.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return t;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is no threshold: use error, warning, info or never");
        }

        /** The threshold as it is written in a configuration: {@code error}, {@code warning} ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether a finding at {@code level} reaches this threshold. */
        public boolean reachedBy(Diagnostic.Level level) {
            return this != NEVER && level.ordinal() <= ordinal();
        }
    }

    /**
     * Judges a read.
     *
     * @param result what reading and checking found
     * @param failOn the least serious level that fails the build
     * @param maxWarnings how many warnings are tolerated, or a negative number for no limit
     */
    public static CheckVerdict of(ReadResult result, Threshold failOn, int maxWarnings) {
        return of(result, failOn, maxWarnings, Optional.empty());
    }

    /**
     * Judges a read against a baseline: the findings it knows are counted ("12 known findings in the baseline")
     * and neither fail the build nor count as warnings.
     */
    public static CheckVerdict of(ReadResult result, Threshold failOn, int maxWarnings,
            Optional<Baseline> baseline) {
        List<Diagnostic> all = result.diagnostics();
        List<Diagnostic> known = baseline.map(b -> b.split(all).known()).orElse(List.of());
        List<Diagnostic> counted = new CheckVerdict("", Optional.empty(), known, List.of()).fresh(result);
        long errors = counted.stream().filter(Diagnostic::isError).count();
        long warnings = counted.stream().filter(d -> d.level() == Diagnostic.Level.WARNING).count();
        long infos = counted.size() - errors - warnings;
        long files = counted.stream().map(Diagnostic::file).distinct().count();
        String summary = summary(counted.size(), errors, warnings, infos, files, result.fileCount())
                + (baseline.isPresent() ? "; " + count(known.size(), "known finding") + " in the baseline" : "");
        long over = counted.stream().filter(d -> failOn.reachedBy(d.level())).count();
        boolean tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
        List<Diagnostic> failing = counted.stream().filter(d -> failOn.reachedBy(d.level())
                || (tooManyWarnings && d.level() == Diagnostic.Level.WARNING)).toList();
        if (over > 0) {
            return new CheckVerdict(summary, Optional.of(new ThresholdReached(over, failOn)), known, failing);
        }
        if (tooManyWarnings) {
            return new CheckVerdict(summary, Optional.of(new TooManyWarnings(warnings, maxWarnings)), known, failing);
        }
        return new CheckVerdict(summary, Optional.empty(), known, List.of());
    }

    private static String summary(long findings, long errors, long warnings, long infos, long files, int total) {
        String of = " postmortem" + (total == 1 ? "" : "s");
        if (findings == 0) {
            return "no findings in " + number(total) + of;
        }
        String parts = java.util.stream.Stream.of(count(errors, "error"), count(warnings, "warning"),
                        infos == 0 ? "" : number(infos) + " info")
                .filter(s -> !s.startsWith("0 ") && !s.isEmpty()).collect(Collectors.joining(", "));
        return count(findings, "finding") + " (" + parts + ") in " + number(files) + " of " + number(total) + of;
    }

    private static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
