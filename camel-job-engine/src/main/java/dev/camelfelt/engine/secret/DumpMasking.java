package dev.camelfelt.engine.secret;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.support.CamelContextHelper;
import org.apache.camel.util.SensitiveUtils;

/** Masks the secrets in a route dump: sensitive URI query parameters and sensitive keys of XML and YAML. */
final class DumpMasking {

    static final String MASK = "xxxxxx";

    // like URISupport.sanitizeUri: a query parameter whose name contains a sensitive word; in XML, & is &amp;
    private static final Pattern QUERY_PARAMETER = Pattern.compile(
            "([?&](?:amp;)?([A-Za-z0-9_.-]+)=)(RAW\\([^)]*\\)|RAW\\{[^}]*\\}|[^&\\s\"'<>]*)");
    // a YAML key and its value on one line, e.g. the parameters of a dump with uriAsParameters
    private static final Pattern YAML_ENTRY = Pattern.compile("(?m)^(\\s*(?:-\\s+)?([A-Za-z][\\w.-]*):\\s+)(\\S.*)$");
    // a bean property of an XML dump
    private static final Pattern XML_PROPERTY = Pattern.compile("(key=\"([^\"]+)\"\\s+value=\")([^\"]*)");

    private static final Pattern SENSITIVE_WORD =
            Pattern.compile(".*(?:" + SensitiveUtils.getSensitivePattern() + ").*", Pattern.CASE_INSENSITIVE);

    private DumpMasking() {
    }

    static String mask(CamelContext context, String dump) {
        if (dump == null) {
            return null;
        }
        String masked = replace(dump, QUERY_PARAMETER, name -> isSensitiveParameter(context, name));
        masked = replace(masked, YAML_ENTRY, name -> CamelContextHelper.containsSensitive(context, name));
        return replace(masked, XML_PROPERTY, name -> CamelContextHelper.containsSensitive(context, name));
    }

    private static boolean isSensitiveParameter(CamelContext context, String name) {
        return SENSITIVE_WORD.matcher(name).matches() || CamelContextHelper.containsSensitive(context, name);
    }

    /** Replaces group 3 with the mask where group 2 names something sensitive. */
    private static String replace(String text, Pattern pattern, Predicate<String> sensitive) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String replacement = sensitive.test(matcher.group(2)) && !matcher.group(3).isEmpty()
                    ? matcher.group(1) + MASK : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
