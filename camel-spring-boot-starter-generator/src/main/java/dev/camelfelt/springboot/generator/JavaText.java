package dev.camelfelt.springboot.generator;

/** Text from the component's metadata made safe for a Javadoc comment. */
final class JavaText {

    private JavaText() {
    }

    static String javadoc(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;")
                .replace("\n", " ");
    }
}
