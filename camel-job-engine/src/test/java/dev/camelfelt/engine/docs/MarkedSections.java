package dev.camelfelt.engine.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the generated parts of a document: the lines between {@code // NAME: START} and {@code // NAME: END},
 * keeping both marker lines.
 */
final class MarkedSections {

    private MarkedSections() {
    }

    static String replace(String document, String name, String content) {
        Pattern section = Pattern.compile("(// " + Pattern.quote(name) + ": START\\R)(.*?)(^// "
                                          + Pattern.quote(name) + ": END$)", Pattern.DOTALL | Pattern.MULTILINE);
        Matcher matcher = section.matcher(document);
        if (!matcher.find()) {
            throw new IllegalArgumentException("The document has no section between '// " + name + ": START' and '// "
                                               + name + ": END'");
        }
        String body = content.endsWith("\n") ? content : content + "\n";
        return document.substring(0, matcher.start(2)) + body + document.substring(matcher.end(2));
    }
}
