package dev.pm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a deterministic synthetic archive of N postmortems of about 4 KB each, twice: with YAML front matter
 * (for pm and Hugo) under {@code yaml/postmortems/}, and with JBake's header under {@code jbake/}. The same seed
 * gives the same bytes. Dates spread over ten years; 50 tags, 30 services, five severities, timelines and
 * action items. Every postmortem passes pm's quality rules, so pm does its full default work.
 *
 * <p>Usage: {@code GenerateCorpus <count> <folder>}
 */
public final class GenerateCorpus {

    private static final String[] SERVICES = names("service", 30);
    private static final String[] TAGS = names("tag", 50);
    private static final String[] SEVERITIES = {"SEV1", "SEV2", "SEV3", "SEV3", "SEV4", "SEV4", "SEV4", "SEV5"};
    private static final String[] TEAMS = {"Platform team", "Storage team", "Network team", "Identity team",
        "Payments team", "Data team", "Edge team", "SRE"};
    private static final String[] SUBJECTS = {"The scheduler", "A configuration push", "The storage cluster",
        "A certificate rotation", "The deploy pipeline", "The load balancer", "A database replica",
        "The message broker", "A cache node", "The DNS resolver"};
    private static final String[] VERBS = {"slowed down", "stopped accepting writes", "returned errors",
        "dropped connections", "ran out of capacity", "served stale data", "restarted repeatedly",
        "timed out"};
    private static final String[] DETAILS = {"after a routine change", "under peak load", "during maintenance",
        "when a dependency slowed", "after a failover", "while a backlog drained", "after a version upgrade"};
    private static final String[] FACTORS = {"The change skipped the canary stage.",
        "Alerts watched the average, not the slowest requests.", "Retries multiplied the load on the service.",
        "The runbook described an older setup.", "Capacity had not been reviewed for a year.",
        "Health checks did not exercise the failing path.", "Two changes landed in the same hour."};

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path root = Path.of(args[1]);
        Path yaml = Files.createDirectories(root.resolve("yaml/postmortems"));
        Path jbake = Files.createDirectories(root.resolve("jbake"));
        Random random = new Random(count);
        LocalDateTime first = LocalDateTime.of(2016, 1, 1, 0, 0);
        long minutesInTenYears = 10L * 365 * 24 * 60;
        for (int i = 0; i < count; i++) {
            LocalDateTime start = first.plusMinutes((long) (random.nextDouble() * minutesInTenYears));
            Incident incident = new Incident(i, start, random);
            Files.writeString(yaml.resolve(incident.slug + ".md"), incident.yamlHeader() + incident.body(),
                    StandardCharsets.UTF_8);
            Files.writeString(jbake.resolve(incident.slug + ".md"), incident.jbakeHeader() + incident.body(),
                    StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + count + " postmortems to " + root);
    }

    private static String[] names(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = prefix + "-" + (char) ('a' + i % 26) + (i / 26 == 0 ? "" : String.valueOf(i / 26));
        }
        return names;
    }

    /** One synthetic incident; every choice comes from the shared random source, in a fixed order. */
    private static final class Incident {

        final String slug;
        final String title;
        final LocalDateTime start;
        final int detect;
        final int mitigate;
        final int resolve;
        final String severity;
        final List<String> services = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final String subject;
        final String verb;
        final String detail;
        final Random random;

        Incident(int index, LocalDateTime start, Random random) {
            this.random = random;
            this.start = start;
            this.subject = pick(SUBJECTS);
            this.verb = pick(VERBS);
            this.detail = pick(DETAILS);
            this.severity = pick(SEVERITIES);
            this.detect = 2 + random.nextInt(40);
            this.mitigate = detect + 5 + random.nextInt(180);
            this.resolve = mitigate + random.nextInt(600);
            this.services.addAll(distinct(SERVICES, 1 + random.nextInt(3)));
            this.tags.addAll(distinct(TAGS, 2 + random.nextInt(3)));
            this.title = subject + " " + verb + " " + detail;
            this.slug = start.toLocalDate() + "-" + String.format("%06d", index);
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private List<String> distinct(String[] values, int count) {
            Set<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < count) {
                chosen.add(pick(values));
            }
            return List.copyOf(chosen);
        }

        private LocalDate published() {
            return start.toLocalDate().plusDays(2);
        }

        String yamlHeader() {
            return "---\n"
                    + "title: " + title + "\n"
                    + "date: " + published() + "\n"
                    + "incident:\n"
                    + "  start: " + start + ":00Z\n"
                    + "  detected: " + start.plusMinutes(detect) + ":00Z\n"
                    + "  mitigated: " + start.plusMinutes(mitigate) + ":00Z\n"
                    + "  resolved: " + start.plusMinutes(resolve) + ":00Z\n"
                    + "severity: " + severity + "\n"
                    + "services: [" + String.join(", ", services) + "]\n"
                    + "tags: [" + String.join(", ", tags) + "]\n"
                    + "authors: [" + TEAMS[Math.abs(title.hashCode()) % TEAMS.length] + "]\n"
                    + "summary: " + subject + " " + verb + " " + detail + " for " + resolve + " minutes.\n"
                    + "---\n";
        }

        String jbakeHeader() {
            return "title=" + title + "\n"
                    + "date=" + published() + "\n"
                    + "type=post\n"
                    + "tags=" + String.join(",", tags) + "\n"
                    + "status=published\n"
                    + "~~~~~~\n";
        }

        String body() {
            StringBuilder body = new StringBuilder();
            body.append("\n## Regret\n\nWe are sorry. For ").append(resolve).append(" minutes, ")
                    .append(subject.toLowerCase()).append(" ").append(verb).append(", and many of you could not")
                    .append(" rely on ").append(services.get(0)).append(" when you needed it.\n\n")
                    .append("We know this cost you time and trust, and we are working to earn it back.\n");
            body.append("\n## Reason\n\n### Summary\n\n").append(subject).append(" ").append(verb).append(" ")
                    .append(detail).append(". Requests to ").append(String.join(" and ", services))
                    .append(" failed or waited until we moved traffic away from it.\n");
            body.append("\n### Technical account\n\n");
            for (int p = 0; p < 3; p++) {
                body.append(paragraph()).append("\n\n");
            }
            body.append("### Contributing factors\n\n");
            for (String factor : distinct(FACTORS, 3 + random.nextInt(3))) {
                body.append("- ").append(factor).append("\n");
            }
            body.append("\n### Timeline\n\n");
            body.append("- ").append(start).append("Z The incident begins.\n");
            body.append("- ").append(start.plusMinutes(detect)).append("Z An alert fires and the on-call engineer")
                    .append(" is paged.\n");
            body.append("- ").append(start.plusMinutes((detect + mitigate) / 2)).append("Z The failing component")
                    .append(" is identified.\n");
            body.append("- ").append(start.plusMinutes(mitigate)).append("Z Traffic is moved away; users")
                    .append(" recover.\n");
            body.append("- ").append(start.plusMinutes(resolve)).append("Z The incident is resolved.\n");
            body.append("\n### Lessons\n\n").append(paragraph()).append("\n");
            body.append("\n## Remedy\n\n");
            int items = 2 + random.nextInt(4);
            for (int a = 0; a < items; a++) {
                boolean done = random.nextBoolean();
                String owner = TEAMS[random.nextInt(TEAMS.length)];
                LocalDate due = published().plusDays(14 + random.nextInt(120));
                body.append("- [").append(done ? "x" : " ").append("] ").append(pick(FACTORS).replace(".", ""))
                        .append(": change it {owner=\"").append(owner).append("\" ")
                        .append(done ? "done=" : "due=").append(due).append(" type=prevent}\n");
            }
            return body.toString();
        }

        private String paragraph() {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                text.append(pick(SUBJECTS)).append(" ").append(pick(VERBS)).append(" ").append(pick(DETAILS))
                        .append(", and requests to ").append(pick(SERVICES)).append(" queued behind it. ");
            }
            return text.toString().strip();
        }
    }
}
