package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import dev.pm.core.Position;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.SectionKind;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of the Reason's timelines and the times they start with, read the way authors write them (see
 * {@link Stamps}). Reads the tree and never changes it: each stamp found is handed to {@link TreeEdits} as a
 * {@link Mark}, which it marks up where it stands; everything else in a timeline stays as written.
 *
 * <p>Days: a date sub-heading, a date-only entry or line, or an entry with a date sets the day. A bare time is on
 * the day of the entry or heading before it, on the next day when the clock goes backwards. Times before any date
 * are on the incident's start day, or on the day before when that puts them nearer the start (a timeline that
 * opens the evening before); that is reported, since a date says it plainly. A time without a zone takes the
 * zone of the time before it in the same timeline; before any, the zone the timeline's heading names
 * ({@code ### Timeline (times in BST)}) or a line before its first entry ({@code All times in PDT (UTC-7).}), or
 * else the configured zone.
 *
 * <p>Tables: a table with rows whose first cell starts with a time (or whose first two cells are a date and a
 * time) is read row by row with the same rules, as if each row were a list item; the table stays as written. A zone
 * named in the time column's heading ({@code Time (UTC)}) is in force from the table's first row.
 */
final class Timeline {

    /**
     * How a line that says in which zone the times are begins: "All times in PDT", "Times are UTC", "Timestamps
     * ...", "Note: all times are PDT", "The times below are PDT", "All dates and times ...", "Time zone: PDT".
     */
    private static final Pattern TIMES = Pattern.compile("(?i)[\\s(*_]*(?:note:\\s*)?(?:the\\s+)?(?:all\\s+)?"
            + "(?:(?:dates\\s+and\\s+)?times|timestamps|time\\s*zone\\s*:|timezone\\s*:)");

    /**
     * An entry: the block that holds it (a list item, a paragraph or a table row), its instant, its line, the mark
     * of its time, and the nodes whose words say what happened (a row's cells from its time on).
     */
    record Entry(Node block, OffsetDateTime at, int line, Mark mark, List<Node> words) {
    }

    /**
     * A stamp to mark up: the text node that starts with it, its length and its separator's, the datetime, and
     * the end of a range when the stamp is one.
     */
    record Mark(Text text, int length, int separatorLength, String datetime, Optional<Until> until) {
    }

    /** A range's end: where the start's text stops, where the end's starts, and the end's instant. */
    record Until(int startLength, int offset, String datetime) {
    }

    private final List<Entry> entries;
    private final List<Mark> marks;

    private Timeline(List<Entry> entries, List<Mark> marks) {
        this.entries = entries;
        this.marks = marks;
    }

    /** The entries of every timeline sub-section of Reason, in order. */
    static Timeline read(Optional<Outline.Part> reason, LineIndex lines, OffsetDateTime incidentStart, ZoneId zone,
            Problems problems) {
        List<Entry> entries = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (Outline.Part part : reason.map(Outline.Part::headedParts).orElse(List.of())) {
            if (part.kind() == SectionKind.TIMELINE) {
                // "### Timeline (times in BST)": the zone of the times that name none.
                Optional<ZoneId> named = part.heading().flatMap(Timeline::zoneInBrackets);
                if (named.isEmpty()) {
                    part.heading().ifPresent(heading -> warnOfAMiswrittenZone(heading, bracketed(heading), zone,
                            lines, problems));
                }
                new Reader(lines, incidentStart, named.orElse(zone), problems, entries, marks).read(part.blocks());
            }
        }
        return new Timeline(List.copyOf(entries), List.copyOf(marks));
    }

    /**
     * Where {@code word} stands in the block's text (not in a link's address); where its first part does, when
     * the source writes it otherwise ({@code Los\_Angeles}); else the block's start.
     */
    private static int wordAt(Node block, String word) {
        String firstPart = word.substring(0, word.indexOf('/'));
        for (String sought : List.of(word, firstPart)) {
            for (Node node : block.getDescendants()) {
                int within = node instanceof Text ? node.getChars().indexOf(sought) : -1;
                if (within >= 0) {
                    return node.getStartOffset() + within;
                }
            }
        }
        return block.getStartOffset();
    }

    /** A zone as an author writes it: {@code UTC}, {@code UTC+05:30}, {@code Europe/Berlin}. */
    private static String zoneName(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }

    /** The zone stated in a heading's brackets: "Timeline (times in BST)", "Timeline (UTC)". */
    private static Optional<ZoneId> zoneInBrackets(Heading heading) {
        return Stamps.zoneStated(bracketed(heading));
    }

    /** A heading's words from its first bracket on; empty without one. */
    private static String bracketed(Heading heading) {
        String words = Outline.headingText(heading);
        int bracket = words.indexOf('(');
        return bracket < 0 ? "" : words.substring(bracket);
    }

    /**
     * Warns when {@code words}, which state no zone, write something as one ({@code All times in UC/Pacific}): the
     * times that name none are then read in {@code zone}, hours off what the author meant, if silently. At the
     * miswritten word where the block's source holds it as written.
     */
    private static void warnOfAMiswrittenZone(Node block, String words, ZoneId zone, LineIndex lines,
            Problems problems) {
        Stamps.zoneMiswritten(words).ifPresent(misspelt -> problems.warning(lines.at(wordAt(block,
                misspelt.written())), ReadRule.TIMELINE_ZONE, "'" + misspelt.written() + "' is not a time zone pm"
                + " knows, so the times of this timeline that name no zone are read in " + zoneName(zone)
                + "; did you mean '" + misspelt.meant() + "'? Write a zone id such as America/Los_Angeles, an"
                + " abbreviation such as PDT, or UTC with an offset such as UTC-7"));
    }

    List<Entry> entries() {
        return entries;
    }

    List<Mark> marks() {
        return marks;
    }

    /** The cells of a table row, in order. */
    static List<TableCell> cells(Node row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell : row.getChildren()) {
            if (cell instanceof TableCell tableCell) {
                cells.add(tableCell);
            }
        }
        return cells;
    }

    /**
     * The first text of a block, looking into a leading bold or italic run or code span: where a stamp may stand.
     * Optimism's timelines write each time as code ("- `07:35` Team funds the contract").
     */
    static Optional<Text> leadingText(Node block) {
        Node node = block.getFirstChild();
        // A TextBase holds the words before an id or class group: "- 09:20 Alert {#a1} fires".
        while (node instanceof StrongEmphasis || node instanceof Emphasis || node instanceof TextBase
                || node instanceof Code) {
            node = node.getFirstChild();
        }
        return node instanceof Text text ? Optional.of(text) : Optional.empty();
    }

    /** Reads one timeline sub-section, keeping the day, the clock and the zone as they go. */
    private static final class Reader {

        private static final int HALF_A_YEAR = 183;

        private final LineIndex lines;
        private final OffsetDateTime incidentStart;
        private final Problems problems;
        private final List<Entry> entries;
        private final List<Mark> marks;
        private ZoneId zone;
        private LocalDate day;
        private LocalTime clock;
        /** Entries read before any date, as offsets in days from the day they are put on, and their times. */
        private final List<Undated> undated = new ArrayList<>();
        private int undatedDays;
        private OffsetDateTime previous;
        /** The last entry's instant since the day was last set: a bare time follows it. */
        private OffsetDateTime anchor;
        /** The indexes of the first entries after days reported as out of order: not reported again for them. */
        private final Set<Integer> afterReportedDay = new HashSet<>();

        private record Undated(int entryIndex, int days, LocalTime time, ZoneId zone, Found found, Mark mark) {
        }

        Reader(LineIndex lines, OffsetDateTime incidentStart, ZoneId zone, Problems problems, List<Entry> entries,
                List<Mark> marks) {
            this.lines = lines;
            this.incidentStart = incidentStart;
            this.zone = zone;
            this.problems = problems;
            this.entries = entries;
            this.marks = marks;
        }

        void read(List<Node> blocks) {
            int first = entries.size();
            // Under a heading that is an entry ("#### 07:30am - First report"): what it says happened.
            boolean underTimedHeading = false;
            // Items without a time that may be meant otherwise than as entries; see list().
            List<ListItem> unplaced = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                Node block = blocks.get(i);
                if (block instanceof Heading heading) {
                    Optional<Found> found = stamp(heading);
                    underTimedHeading = found.filter(f -> f.stamp().time().isPresent()).isPresent();
                    if (underTimedHeading) {
                        entry(heading, found.get(), headingWords(heading, found.get(),
                                i + 1 < blocks.size() ? blocks.get(i + 1) : null));
                    } else {
                        found.filter(f -> f.stamp().day().isPresent()).ifPresent(f -> {
                            checkDayOrder(f);
                            setDay(f.stamp().day().get(), null);
                        });
                    }
                } else if (underTimedHeading) {
                    // What happened at the heading's time; a list there may still hold times of its own.
                    if (block instanceof ListBlock list) {
                        list(list, first, unplaced, false);
                    }
                } else if (block instanceof Paragraph paragraph) {
                    Optional<Found> found = stamp(paragraph);
                    if (found.isPresent()) {
                        entry(paragraph, found.get(), List.of(paragraph));
                    } else if (entries.size() == first) {
                        zoneOfTheTimes(paragraph);
                    }
                } else if (block instanceof TableBlock table) {
                    table(table);
                } else if (block instanceof ListBlock list) {
                    list(list, first, unplaced, true);
                }
            }
            if (entries.size() == first) {
                // No entry at all: the lists were meant as entries after all.
                unplaced.stream().sorted(Comparator.comparingInt(Node::getStartOffset)).forEach(this::untimed);
            }
            placeUndated();
            checkOrder(first);
        }

        /**
         * What a heading that starts with a time says happened: its words after the time ("#### 07:30am - First
         * report"), or, when it holds nothing else ("#### 5:00 PM"), the paragraph under it.
         */
        private static List<Node> headingWords(Heading heading, Found found, Node next) {
            Stamps.Stamp stamp = found.stamp();
            boolean wordsAfter = !found.text().getChars().subSequence(stamp.length() + stamp.separatorLength())
                    .isBlank();
            for (Node after = found.text().getNext(); after != null && !wordsAfter; after = after.getNext()) {
                // "#### 12:00 {#noon}": an id is no words.
                wordsAfter = !(after instanceof AttributesNode);
            }
            return !wordsAfter && next instanceof Paragraph paragraph ? List.of(paragraph) : List.of(heading);
        }

        /**
         * The items of a list that start with a time are entries. One that does not is reported, except where the
         * author dates the timeline by the day ({@code 2019-08-09:}, then what happened that day, no time since)
         * and in a list before the first entry with no time in it (links to dashboards under "Links to the
         * graphs:"): those are held in {@code unplaced} and reported only if the timeline has no entry at all.
         * Under a heading that is an entry, a list tells of it: only its items with a time are entries.
         */
        private void list(ListBlock list, int first, List<ListItem> unplaced, boolean itemsAreEntries) {
            List<ListItem> untimed = new ArrayList<>();
            boolean timed = false;
            for (Node child : list.getChildren()) {
                if (child instanceof ListItem item) {
                    Optional<Found> found = Optional.ofNullable(item.getFirstChild())
                            .filter(Paragraph.class::isInstance).flatMap(this::stamp);
                    if (found.isPresent()) {
                        entry(item, found.get(), List.of(item.getFirstChild()));
                        timed = true;
                    } else if (!itemsAreEntries) {
                        continue;
                    } else if (day != null && clock == null) {
                        unplaced.add(item);
                    } else {
                        untimed.add(item);
                    }
                }
            }
            if (!timed && entries.size() == first) {
                unplaced.addAll(untimed);
            } else {
                untimed.forEach(this::untimed);
            }
        }

        private void untimed(ListItem item) {
            problems.warning(at(item), ReadRule.TIMELINE_ENTRY, "this timeline entry does not start with a time; it is"
                    + " shown as written. To place it, begin it with a date and time such as '2026-03-12 09:14 UTC' or"
                    + " a time such as '09:14'");
        }

        private record Found(Text text, Stamps.Stamp stamp) {
        }

        /**
         * Takes the zone a line before the first entry gives the times, as in "All times in PDT (UTC-7)." or "All
         * times US/Pacific": a paragraph that begins as {@link #TIMES} does and states a zone
         * ({@link Stamps#zoneStated}). Such a line that writes a zone pm does not know is reported.
         */
        private void zoneOfTheTimes(Paragraph paragraph) {
            String words = Outline.plainText(paragraph);
            Matcher times = TIMES.matcher(words);
            if (!times.lookingAt()) {
                return;
            }
            String rest = words.substring(times.end());
            Optional<ZoneId> stated = Stamps.zoneStated(rest);
            if (stated.isPresent()) {
                zone = stated.get();
            } else {
                warnOfAMiswrittenZone(paragraph, rest, zone, lines, problems);
            }
        }

        /**
         * The rows of a table that start with a time, each read as a list item would be. A table with none (a
         * table of figures) is left alone, as a paragraph without a time is; in a table with some, a row whose
         * first cell holds words but no time is reported as a list item would be, and a row whose first cell is
         * empty (a continuation of the row above) is kept silently.
         */
        private void table(TableBlock table) {
            List<List<TableCell>> rows = new ArrayList<>();
            List<TableCell> heading = List.of();
            for (Node part : table.getChildren()) {
                for (Node row : part.getChildren()) {
                    if (row instanceof TableRow && part instanceof TableBody) {
                        rows.add(cells(row));
                    } else if (row instanceof TableRow && part instanceof TableHead && heading.isEmpty()) {
                        heading = cells(row);
                    }
                }
            }
            // Date and time in columns of their own: | 2026-03-12 | 09:14 | ... |
            boolean split = rows.stream().anyMatch(cells -> cells.size() > 1
                    && stamp(cells.get(0)).filter(f -> f.stamp().dateOnly()).isPresent()
                    && bareTime(cells.get(1)).isPresent());
            if (!split && rows.stream().noneMatch(cells -> !cells.isEmpty() && stamp(cells.get(0)).isPresent())) {
                return;
            }
            heading.stream().limit(split ? 2 : 1).map(cell -> Stamps.zoneNamed(Outline.plainText(cell)))
                    .flatMap(Optional::stream).findFirst().ifPresent(named -> zone = named);
            for (List<TableCell> cells : rows) {
                if (cells.isEmpty()) {
                    continue;
                }
                Optional<Found> first = stamp(cells.get(0));
                Optional<Found> time = split && cells.size() > 1 && first.map(f -> f.stamp().dateOnly()).orElse(true)
                        ? bareTime(cells.get(1)) : Optional.empty();
                Node row = cells.get(0).getParent();
                if (time.isPresent()) {
                    // The row's time is checked for its order with the day it gives.
                    first.ifPresent(this::day);
                    entry(row, time.get(), List.copyOf(cells.subList(1, cells.size())));
                } else if (first.isPresent()) {
                    entry(row, first.get(), List.copyOf(cells));
                } else if (!Outline.plainText(cells.get(0)).isBlank()) {
                    problems.warning(at(row), ReadRule.TIMELINE_ENTRY, "this timeline row does not start with a"
                            + " time; it is shown as written. To place it, begin its first cell with a date and time"
                            + " such as '2026-03-12 09:14 UTC' or a time such as '09:14'");
                }
            }
        }


        /** A time without a date at the start of {@code cell}. */
        private Optional<Found> bareTime(TableCell cell) {
            return stamp(cell).filter(f -> f.stamp().day().isEmpty() && f.stamp().time().isPresent());
        }

        private Optional<Found> stamp(Node block) {
            int year = incidentStart.atZoneSameInstant(zone).getYear();
            return leadingText(block).flatMap(text -> Stamps.read(text.getChars().toString(), day == null ? year
                    : day.getYear()).map(stamp -> new Found(text, nearestYear(stamp))));
        }

        /**
         * A day written without its year is in the year that puts it nearest the day the timeline has reached:
         * "Dec 31", then "Jan 2" is in the next year, and "Jan 2", then "Dec 29" in the one before. One a few days
         * back stays, and is out of order.
         */
        private Stamps.Stamp nearestYear(Stamps.Stamp stamp) {
            if (stamp.yearWritten() || stamp.day().isEmpty() || day == null) {
                return stamp;
            }
            long back = ChronoUnit.DAYS.between(stamp.day().get(), day);
            return back > HALF_A_YEAR ? stamp.on(stamp.day().get().plusYears(1))
                    : back < -HALF_A_YEAR ? stamp.on(stamp.day().get().minusYears(1)) : stamp;
        }

        private static Mark mark(Found found, String datetime) {
            return new Mark(found.text(), found.stamp().length(), found.stamp().separatorLength(), datetime,
                    Optional.empty());
        }

        /** The mark of a time read as {@code at} in {@code zone}, with the instant its range ends at, if any. */
        private static Mark mark(Found found, OffsetDateTime at, ZoneId zone) {
            Optional<Until> until = found.stamp().end().map(end -> new Until(end.startLength(), end.offset(),
                    until(at, end.time(), end.zone().orElse(zone)).toInstant().toString()));
            return new Mark(found.text(), found.stamp().length(), found.stamp().separatorLength(),
                    at.toInstant().toString(), until);
        }

        /** The first instant from {@code start} on whose time of day in {@code zone} is {@code time}. */
        private static OffsetDateTime until(OffsetDateTime start, LocalTime time, ZoneId zone) {
            LocalDate day = start.atZoneSameInstant(zone).toLocalDate();
            OffsetDateTime end = LocalDateTime.of(day, time).atZone(zone).toOffsetDateTime();
            return end.isBefore(start) ? LocalDateTime.of(day.plusDays(1), time).atZone(zone).toOffsetDateTime()
                    : end;
        }

        private void entry(Node block, Found found, List<Node> words) {
            Stamps.Stamp stamp = found.stamp();
            if (stamp.dateOnly()) {
                checkDayOrder(found);
                day(found);
                return;
            }
            stamp.zone().ifPresent(z -> zone = z);
            LocalTime time = stamp.time().get();
            if (stamp.day().isPresent()) {
                setDay(stamp.day().get(), time);
            } else if (day == null) {
                if (clock != null && time.isBefore(clock)) {
                    undatedDays++;
                }
                clock = time;
                Mark mark = mark(found, "");
                undated.add(new Undated(entries.size(), undatedDays, time, zone, found, mark));
                entries.add(new Entry(block, null, at(block).line(), mark, words));
                marks.add(mark);
                return;
            }
            OffsetDateTime at = LocalDateTime.of(day, time).atZone(zone).toOffsetDateTime();
            if (stamp.day().isEmpty() && anchor != null) {
                // A bare time follows the entry before it, in its own zone, a day later if the clock went back.
                LocalDate base = anchor.atZoneSameInstant(zone).toLocalDate();
                at = LocalDateTime.of(base, time).atZone(zone).toOffsetDateTime();
                if (at.isBefore(anchor)) {
                    at = LocalDateTime.of(base.plusDays(1), time).atZone(zone).toOffsetDateTime();
                }
                day = at.atZoneSameInstant(zone).toLocalDate();
            }
            anchor = at;
            clock = time;
            Mark mark = mark(found, at, zone);
            entries.add(new Entry(block, at, at(block).line(), mark, words));
            marks.add(mark);
        }

        /** A day written without a time: the entries after it are on it. */
        private void day(Found found) {
            setDay(found.stamp().day().get(), null);
            marks.add(mark(found, dayOnly(found.stamp().day().get())));
        }

        /**
         * Reports a day written without a time that is earlier than the day the timeline has reached, as an entry
         * earlier than the one before it is: a timeline kept by the day (etcd's, a table of dates) has no times
         * whose order would show a mistyped year or month.
         */
        private void checkDayOrder(Found found) {
            LocalDate written = found.stamp().day().get();
            if (day != null && written.isBefore(day)) {
                problems.warning(lines.at(found.text().getStartOffset()), ReadRule.TIMELINE_ORDER, "this day ("
                        + written + ") is earlier than the one before it (" + day + "): keep the timeline in order");
                afterReportedDay.add(entries.size());
            }
        }

        private void setDay(LocalDate newDay, LocalTime time) {
            placeUndated();
            day = newDay;
            clock = time;
            anchor = null;
        }

        /** Puts the entries read before any date on the start day, or the day before when that is nearer. */
        private void placeUndated() {
            if (undated.isEmpty()) {
                return;
            }
            LocalDate startDay = incidentStart.atZoneSameInstant(undated.get(0).zone()).toLocalDate();
            Duration onStartDay = distance(startDay);
            Duration dayBefore = distance(startDay.minusDays(1));
            LocalDate base = startDay;
            if (dayBefore.compareTo(onStartDay) < 0) {
                base = startDay.minusDays(1);
                Text first = undated.get(0).found().text();
                problems.warning(lines.at(first.getStartOffset()), ReadRule.TIMELINE_DAY, "the timeline's"
                        + " first times have no date; read on the incident's start day (" + startDay + ") they would"
                        + " run backwards from the start, so they are read on " + base + ": write the date, as a"
                        + " sub-heading '#### " + base + "' or on the first entry");
            }
            for (Undated u : undated) {
                LocalDate on = base.plusDays(u.days());
                OffsetDateTime at = LocalDateTime.of(on, u.time()).atZone(u.zone()).toOffsetDateTime();
                Entry old = entries.get(u.entryIndex());
                Mark mark = mark(u.found(), at, u.zone());
                entries.set(u.entryIndex(), new Entry(old.block(), at, old.line(), mark, old.words()));
                marks.set(marks.indexOf(u.mark()), mark);
            }
            Undated last = undated.get(undated.size() - 1);
            day = base.plusDays(last.days());
            clock = last.time();
            anchor = entries.get(last.entryIndex()).at();
            undated.clear();
        }

        private Duration distance(LocalDate base) {
            Duration nearest = null;
            for (Undated u : undated) {
                OffsetDateTime at = LocalDateTime.of(base.plusDays(u.days()), u.time()).atZone(u.zone())
                        .toOffsetDateTime();
                Duration d = Duration.between(at, incidentStart).abs();
                nearest = nearest == null || d.compareTo(nearest) < 0 ? d : nearest;
            }
            return nearest;
        }

        private void checkOrder(int first) {
            for (int i = first; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                if (previous != null && entry.at().isBefore(previous) && !afterReportedDay.contains(i)) {
                    problems.warning(at(entry.block()), ReadRule.TIMELINE_ORDER, "this entry (" + entry.at()
                            + ") is earlier than the one before it (" + previous + "): keep the timeline in order");
                }
                previous = entry.at();
            }
        }

        /** Where a block's words start: a list item's first block, a row's first cell's content. */
        private Position at(Node block) {
            Node first = block;
            while ((first instanceof ListItem || first instanceof TableRow || first instanceof TableCell)
                    && first.getFirstChild() != null) {
                first = first.getFirstChild();
            }
            return lines.at(first.getStartOffset());
        }

        private static String dayOnly(LocalDate day) {
            return day.toString();
        }
    }
}
