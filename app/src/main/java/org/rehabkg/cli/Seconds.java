package org.rehabkg.cli;

import java.time.Duration;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --timeout SECONDS} value: a finite number of seconds above 0 and at most a year, e.g.
 * {@code 10} or {@code 0.5}. {@code NaN}, {@code Infinity}, 0, negatives and words are usage errors
 * (a plain {@code double} option took {@code NaN} and ran without any timeout).
 */
final class Seconds implements ITypeConverter<Duration> {
    private static final double MAX = 365 * 24 * 3600;

    @Override
    public Duration convert(String value) {
        double s;
        try {
            s = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of seconds");
        }
        if (!(s > 0) || s > MAX)
            throw new TypeConversionException("'" + value + "' is not a number of seconds between 0 and one year");
        return Duration.ofNanos(Math.max(1_000_000L, Math.round(s * 1e9)));
    }

    /** As the user would write it back: "1.5 s". */
    static String format(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
