package dev.pm.core.read;

import dev.pm.core.Position;
import java.util.Arrays;

/** Maps character offsets of a text to 1-based lines and columns of the file it came from. */
public final class LineIndex {

    private final int[] lineStarts;
    private final int firstLine;

    public LineIndex(String text, int firstLine) {
        this.firstLine = firstLine;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    public Position at(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Position(firstLine + line, offset - lineStarts[line] + 1);
    }
}
