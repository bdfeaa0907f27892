package dev.pm.core.read.internal;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The nodes pm adds to a tree so that what it recognises is marked up where the author wrote it: a timeline
 * entry's time and an action item. They hold no source text of their own, so a tree with them renders every word
 * it did before.
 */
final class InPlaceMarks {

    private InPlaceMarks() {
    }

    /** The HTML comment that stands where the {@code index}th action item's owner, due date and ticket go. */
    static String actionMeta(int index) {
        return "<!--pm-action:" + index + "-->";
    }

    /**
     * The HTML comment that stands for a task's status word, done or open: the site writes the word in the page's
     * language, which reading does not know.
     */
    static String status(boolean done) {
        return "<!--pm-status:" + (done ? "done" : "open") + "-->";
    }

    /**
     * The time an entry starts with, as written ({@code stamp}), with the separator written after it; {@code
     * datetime} is what a {@code <time>} element's attribute holds (an instant or a day).
     */
    static final class TimeMark extends Node {

        private final String stamp;
        private final String separator;
        private final String datetime;

        TimeMark(String stamp, String separator, String datetime) {
            this.stamp = stamp;
            this.separator = separator;
            this.datetime = datetime;
        }

        String stamp() {
            return stamp;
        }

        String separator() {
            return separator;
        }

        String datetime() {
            return datetime;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Marks a task-list item as the {@code index}th action item of its postmortem; renders nothing itself. */
    static final class ActionMark extends Node {

        private final int index;

        ActionMark(int index) {
            this.index = index;
        }

        int index() {
            return index;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
