package dev.camelfelt.engine.option;

import java.time.Duration;

/** Checks of an endpoint's numeric and duration options when it is initialised, naming the option and the endpoint. */
public final class OptionChecks {

    private OptionChecks() {
    }

    /** Fails unless {@code value} is a positive duration. */
    public static void positive(String endpoint, String option, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("The " + option + " option of " + endpoint + " must be positive, not "
                                               + value);
        }
    }

    /** Fails unless {@code value} is a duration of zero or more. */
    public static void notNegative(String endpoint, String option, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("The " + option + " option of " + endpoint + " must not be negative, not "
                                               + value);
        }
    }

    /** Fails when {@code value} is below {@code minimum}. */
    public static void atLeast(String endpoint, String option, int value, int minimum) {
        if (value < minimum) {
            throw belowMinimum(endpoint, option, minimum, String.valueOf(value));
        }
    }

    /** Fails when {@code value} is below {@code minimum}, e.g. a back-off multiplier below 1. */
    public static void atLeast(String endpoint, String option, double value, int minimum) {
        if (value < minimum) {
            throw belowMinimum(endpoint, option, minimum, String.valueOf(value));
        }
    }

    private static IllegalArgumentException belowMinimum(String endpoint, String option, int minimum, String value) {
        return new IllegalArgumentException("The " + option + " option of " + endpoint + " must be at least " + minimum
                                            + ", not " + value);
    }
}
