package dev.pm.core;

import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/** Runs test code under another JVM default time zone and locale, restoring both afterwards. */
final class MachineDefaults {

    private MachineDefaults() {
    }

    static <T> T with(String zone, String languageTag, Callable<T> action) throws Exception {
        TimeZone previousZone = TimeZone.getDefault();
        Locale previousLocale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Locale.setDefault(Locale.forLanguageTag(languageTag));
            return action.call();
        } finally {
            TimeZone.setDefault(previousZone);
            Locale.setDefault(previousLocale);
        }
    }
}
