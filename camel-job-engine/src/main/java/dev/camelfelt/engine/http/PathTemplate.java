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

    private PathTemplate(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("A path template starts with /: " + template);
        }
        this.template = template;
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        this.variables = List.copyOf(names);
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
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + matcher.group(1) + "} in " + template);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(PercentCodec.encode(value, StandardCharsets.UTF_8)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
