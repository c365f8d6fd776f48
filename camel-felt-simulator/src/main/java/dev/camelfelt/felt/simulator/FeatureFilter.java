package dev.camelfelt.felt.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The Felt Style Language filters the simulator understands: {@code [attribute, operator, value]}, optionally and-ed. */
final class FeatureFilter implements Predicate<Feature> {

    private static final Set<String> OPERATORS = Set.of("lt", "le", "gt", "ge", "eq", "ne");
    private static final String AND = "and";

    private final List<Comparison> comparisons;

    private FeatureFilter(List<Comparison> comparisons) {
        this.comparisons = comparisons;
    }

    /** Parses a filter expression; an empty one matches every feature. */
    static FeatureFilter parse(List<Object> expression) {
        List<Comparison> comparisons = new ArrayList<>();
        if (!expression.isEmpty() && expression.get(0) instanceof String) {
            comparisons.add(Comparison.parse(expression));
        } else {
            for (Object part : expression) {
                if (part instanceof List<?> comparison) {
                    comparisons.add(Comparison.parse(comparison));
                } else if (!AND.equals(part)) {
                    throw unsupported(expression);
                }
            }
        }
        return new FeatureFilter(List.copyOf(comparisons));
    }

    @Override
    public boolean test(Feature feature) {
        return comparisons.stream().allMatch(comparison -> comparison.test(feature));
    }

    private static IllegalArgumentException unsupported(Object expression) {
        return new IllegalArgumentException("Unsupported filter " + expression
                + "; use [attribute, operator, value] with one of " + OPERATORS + ", or such filters joined by \"and\"");
    }

    private record Comparison(String attribute, String operator, Object value) implements Predicate<Feature> {

        static Comparison parse(List<?> expression) {
            if (expression.size() != 3 || !(expression.get(0) instanceof String attribute)
                    || !(expression.get(1) instanceof String operator) || !OPERATORS.contains(operator)) {
                throw unsupported(expression);
            }
            return new Comparison(attribute, operator, expression.get(2));
        }

        @Override
        public boolean test(Feature feature) {
            Object actual = feature.properties().get(attribute);
            if (actual == null || value == null) {
                return false;
            }
            int order = compare(actual, value);
            return switch (operator) {
                case "lt" -> order < 0;
                case "le" -> order <= 0;
                case "gt" -> order > 0;
                case "ge" -> order >= 0;
                case "eq" -> order == 0;
                default -> order != 0;
            };
        }

        /** Numbers compare by value, anything else by its text. */
        private static int compare(Object actual, Object expected) {
            if (actual instanceof Number a && expected instanceof Number e) {
                return Double.compare(a.doubleValue(), e.doubleValue());
            }
            return String.valueOf(actual).compareTo(String.valueOf(expected));
        }
    }
}
