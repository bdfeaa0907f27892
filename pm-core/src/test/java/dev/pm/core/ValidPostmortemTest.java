package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import dev.pm.core.model.ActionItem;
import dev.pm.core.model.ActionType;
import dev.pm.core.model.Factor;
import dev.pm.core.model.IncidentWindow;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Reason;
import dev.pm.core.model.Regret;
import dev.pm.core.model.Remedy;
import dev.pm.core.model.Section;
import dev.pm.core.model.SectionKind;
import dev.pm.core.model.Severity;
import dev.pm.core.model.Status;
import dev.pm.core.model.TimelineEntry;
import dev.pm.core.model.Visibility;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidPostmortemTest {

    private final ParsedFile parsed = Fixtures.parse("valid", "2026-03-12-checkout-outage.md");
    private final Postmortem postmortem = parsed.postmortem().orElseThrow();

    @Test
    void aWellFormedFileGivesNoDiagnostics() {
        assertThat(parsed.diagnostics()).isEmpty();
    }

    @Test
    void frontMatterFieldsAreReadIntoTheModel() {
        assertThat(postmortem.slug()).isEqualTo("2026-03-12-checkout-outage");
        assertThat(postmortem.title()).isEqualTo("Checkout unavailable for 47 minutes");
        assertThat(postmortem.published()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(postmortem.updated()).contains(LocalDate.of(2026, 3, 20));
        assertThat(postmortem.severity()).isEqualTo(new Severity("SEV2", 2));
        assertThat(postmortem.front().status()).isEqualTo(Status.PUBLISHED);
        assertThat(postmortem.front().visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(postmortem.services()).containsExactly("checkout", "payments-api");
        assertThat(postmortem.tags()).containsExactly("database", "deploy", "configuration");
        assertThat(postmortem.authors()).containsExactly("Payments team");
        assertThat(postmortem.summary()).contains("Checkout failed for most customers after a configuration push.");
        assertThat(postmortem.impact()).contains("About 38% of checkout attempts failed; no orders were lost.");
        assertThat(postmortem.front().related()).containsExactly("2025-11-02-payments-latency");
        assertThat(postmortem.extra()).isEqualTo(Map.of("extra", Map.of("region", "eu-west")));
    }

    @Test
    void theIncidentWindowGivesTheDurations() {
        IncidentWindow window = postmortem.incident();

        assertThat(window.start()).isEqualTo(OffsetDateTime.parse("2026-03-12T09:14:00Z"));
        assertThat(window.timeToDetect()).contains(Duration.ofMinutes(7));
        assertThat(window.timeToMitigate()).contains(Duration.ofMinutes(34));
        assertThat(window.timeToResolve()).contains(Duration.ofMinutes(47));
    }

    @Test
    void durationsBetweenTimesWrittenWithOtherOffsetsAndFractionsOfASecondAreExact() {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-12T09:14:00.900+02:00");
        OffsetDateTime detected = OffsetDateTime.parse("2026-03-12T07:14:01.100Z");
        OffsetDateTime resolved = OffsetDateTime.parse("2026-03-13T01:00:00.250-05:30");

        IncidentWindow window = new IncidentWindow(start, Optional.of(detected), Optional.empty(),
                Optional.of(resolved));

        assertThat(window.timeToDetect()).contains(Duration.ofMillis(200));
        assertThat(window.timeToResolve()).contains(Duration.between(start, resolved))
                .contains(Duration.parse("PT23H15M59.35S"));
        assertThat(window.timeToMitigate()).isEmpty();
    }

    @Test
    void regretKeepsItsHtmlAndThePlainTextOfItsFirstParagraph() {
        Regret regret = postmortem.regret().orElseThrow();

        assertThat(regret.firstParagraph())
                .isEqualTo("We are sorry. For 47 minutes many of you could not pay for your orders.");
        assertThat(regret.section().html()).isEqualTo("<p>We are sorry. For 47 minutes many of you could not pay"
                + " for your orders.</p>\n<p>We know you rely on checkout working every time.</p>\n");
        assertThat(regret.section().line()).isEqualTo(23);
    }

    @Test
    void reasonSubsectionsAreRecognisedInOrderWithTheirLines() {
        Reason reason = postmortem.reason().orElseThrow();

        assertThat(reason.subsections()).extracting(Section::kind, Section::title, Section::line, Section::internal)
                .containsExactly(
                        tuple(SectionKind.SUMMARY, "Summary", 31, false),
                        tuple(SectionKind.TECHNICAL_ACCOUNT, "Technical account", 35, false),
                        tuple(SectionKind.DIAGNOSIS, "Diagnosis", 39, false),
                        tuple(SectionKind.CONTRIBUTING_FACTORS, "Contributing factors", 43, false),
                        tuple(SectionKind.TIMELINE, "Timeline", 48, false),
                        tuple(SectionKind.LESSONS, "Lessons", 54, false),
                        tuple(SectionKind.OTHER, "Responder notes", 58, true));
        assertThat(reason.otherSubsections()).extracting(Section::title).containsExactly("Responder notes");
        assertThat(reason.summary().orElseThrow().html()).isEqualTo("<p>A configuration change made the checkout"
                + " service lose its database connections.</p>\n");
        assertThat(reason.contributingFactors()).extracting(Factor::text, Factor::line).containsExactly(
                tuple("The pool size had no lower bound.", 45),
                tuple("Configuration pushes skip the canary stage.", 46));
    }

    @Test
    void timelineEntriesTakeTheirDayFromTheEntryBefore() {
        assertThat(postmortem.reason().orElseThrow().timeline())
                .extracting(TimelineEntry::at, TimelineEntry::html, TimelineEntry::line)
                .containsExactly(
                        tuple(OffsetDateTime.parse("2026-03-12T09:14Z"), "Configuration push begins.", 50),
                        tuple(OffsetDateTime.parse("2026-03-12T09:21Z"), "Error-rate alert <em>fires</em>.", 51),
                        tuple(OffsetDateTime.parse("2026-03-12T09:48Z"), "Rollback completes.", 52));
    }

    @Test
    void remedyActionItemsCarryTheirAttributes() {
        Remedy remedy = postmortem.remedy().orElseThrow();

        assertThat(remedy.actions()).containsExactly(
                new ActionItem("Roll back the configuration", "Roll back the configuration", true,
                        Optional.of("Payments team"), Optional.empty(), Optional.of(LocalDate.of(2026, 3, 12)),
                        Optional.empty(), Optional.empty(), 66, 7),
                new ActionItem("Add a canary stage to configuration pushes",
                        "Add a canary stage to configuration pushes", false, Optional.of("Platform team"),
                        Optional.of(LocalDate.of(2026, 4, 15)), Optional.empty(), Optional.of("OPS-231"),
                        Optional.of(ActionType.PREVENT), 67, 7),
                new ActionItem("Alert on checkout error rate above 2% for 3 minutes",
                        "Alert on checkout error rate above 2% for 3 minutes", false, Optional.of("SRE"),
                        Optional.of(LocalDate.of(2026, 3, 31)), Optional.empty(), Optional.empty(), Optional.empty(),
                        68, 7));
        // The action items stay where they were written, each marked where its owner, due date and ticket go.
        assertThat(remedy.section().html()).isEqualTo("<p>We have started on the following.</p>\n<ul>\n"
                + "<li class=\"action done\"><span class=\"status\"><!--pm-status:done--></span> Roll back the"
                + " configuration"
                + "<!--pm-action:0--></li>\n"
                + "<li class=\"action open\"><span class=\"status\"><!--pm-status:open--></span> Add a canary stage"
                + " to configuration"
                + " pushes<!--pm-action:1--></li>\n"
                + "<li class=\"action open\"><span class=\"status\"><!--pm-status:open--></span> Alert on checkout"
                + " error rate above 2%"
                + " for 3 minutes<!--pm-action:2--></li>\n</ul>\n");
        assertThat(remedy.openCount()).isEqualTo(2);
        assertThat(remedy.doneCount()).isEqualTo(1);
    }

    @Test
    void internalSectionsAreFlaggedAndRemovedFromThePublicView() {
        assertThat(postmortem.hasInternalSections()).isTrue();

        Postmortem publicView = postmortem.withoutInternalSections();

        assertThat(publicView.reason().orElseThrow().subsections()).extracting(Section::title)
                .doesNotContain("Responder notes");
        assertThat(publicView.hasInternalSections()).isFalse();
    }

    @Test
    void aSingleTextWithCommasIsAListForIdentifierKeysAndAQuotedNameInAListStaysWhole() {
        ParsedFile commas = Fixtures.parse("valid", "2026-04-02-comma-separated-lists.md");
        Postmortem p = commas.postmortem().orElseThrow();

        assertThat(commas.diagnostics()).isEmpty();
        assertThat(p.tags()).containsExactly("database", "deploy");
        assertThat(p.services()).containsExactly("search", "indexer");
        assertThat(p.front().related())
                .containsExactly("2026-03-12-checkout-outage", "2025-11-02-payments-latency");
        assertThat(p.authors()).containsExactly("Payments, EU", "SRE");
        assertThat(p.front().ignoredRules()).containsExactlyInAnyOrder("no-root-cause", "blameless");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leadup", "Lead-up", "Lead up", "Lead Up:", "Fault", "Trigger", "Technical details"})
    void atlassianAndGoogleHeadingsForWhatHappenedAreTheTechnicalAccount(String heading) {
        // Optimism's postmortems write the Atlassian template's "Leadup" as two words.
        String text = "---\ntitle: x\ndate: 2026-03-14\nseverity: SEV3\nincident:\n  start: 2026-03-12T09:14:00Z\n"
                + "  resolved: 2026-03-12T10:01:00Z\n---\n\n## Regret\n\nWe are sorry.\n\n## Reason\n\n### Summary\n\n"
                + "Checkout failed.\n\n### " + heading + "\n\nA deploy removed an index.\n\n## Remedy\n\n"
                + "- [ ] Restore the index check {owner=\"SRE\"}\n";
        Postmortem p = new PostmortemReader(ReaderOptions.defaults())
                .parse(Path.of("x.md"), text.getBytes(StandardCharsets.UTF_8)).postmortem().orElseThrow();

        assertThat(p.reason().orElseThrow().subsections()).extracting(Section::kind)
                .containsExactly(SectionKind.SUMMARY, SectionKind.TECHNICAL_ACCOUNT);
    }

    @Test
    void jbakeHeadersAndSectionAliasesAreAccepted() {
        ParsedFile jbake = Fixtures.parse("valid", "2025-11-02-payments-latency.md");
        Postmortem p = jbake.postmortem().orElseThrow();

        assertThat(jbake.diagnostics()).isEmpty();
        assertThat(p.title()).isEqualTo("Payments latency doubled");
        assertThat(p.severity().label()).isEqualTo("SEV3");
        assertThat(p.tags()).containsExactly("latency", "payments");
        assertThat(p.services()).containsExactly("payments-api");
        assertThat(p.incident().timeToResolve()).contains(Duration.ofMinutes(90));
        assertThat(p.extra()).isEqualTo(Map.of("type", "post"));
        assertThat(p.regret().orElseThrow().section().title()).isEqualTo("Apology");
        assertThat(p.reason().orElseThrow().section().title()).isEqualTo("What happened");
        assertThat(p.remedy().orElseThrow().actions()).extracting(ActionItem::type)
                .containsExactly(Optional.of(ActionType.DETECT));
        assertThat(List.of(p.regret().isPresent(), p.reason().isPresent())).containsOnly(true);
    }
}
