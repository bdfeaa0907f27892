package dev.pm.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random texts made of given pieces, the same on every run: for tests that hold a fast path to a plain one. */
public final class RandomText {

    private RandomText() {
    }

    /** {@code count} texts of fewer than {@code maxPieces} pieces each, drawn with a fixed seed. */
    public static List<String> of(int count, int maxPieces, String... pieces) {
        Random random = new Random(17);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(maxPieces);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
