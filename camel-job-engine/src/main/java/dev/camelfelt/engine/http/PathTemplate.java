package dev.camelfelt.engine.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.core5.net.PercentCodec;

/** A path such as {@code /maps/{map_id}/layers/{layer_id}}: which variables it needs, and the path with their values. */
public final class PathTemplate {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private final String template;
    private final List<String> variables;
    /** The text around the variables: one more than there are variables, so that expanding needs no matching. */
    private final List<String> literals;

    private PathTemplate(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("A path template starts with /: " + template);
        }
        this.template = template;
        List<String> names = new ArrayList<>();
        List<String> between = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(template);
        int end = 0;
        while (matcher.find()) {
            between.add(template.substring(end, matcher.start()));
            names.add(matcher.group(1));
            end = matcher.end();
        }
        between.add(template.substring(end));
        this.variables = List.copyOf(names);
        this.literals = List.copyOf(between);
    }

    public static PathTemplate of(String template) {
        return new PathTemplate(template);
    }

    /** The variables in the order they appear. */
    public List<String> variables() {
        return variables;
    }

    /** The path with each variable replaced by its value, encoded as one path segment. */
    public String expand(Map<String, String> values) {
        StringBuilder path = new StringBuilder(template.length() + 32).append(literals.get(0));
        for (int i = 0; i < variables.size(); i++) {
            String value = values.get(variables.get(i));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + variables.get(i) + "} in " + template);
            }
            path.append(PercentCodec.encode(value, StandardCharsets.UTF_8)).append(literals.get(i + 1));
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
