package dev.camelfelt.koordinates.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A method and a path under the API root, where {@code {id}} stands for a number, and the handler answering it. */
record ApiRoute(String method, Pattern path, ApiHandler handler) {

    static ApiRoute of(String method, String template, ApiHandler handler) {
        String regex = "^" + ApiUrls.API_PATH + Pattern.quote(template).replace("{id}", "\\E(\\d+)\\Q") + "$";
        return new ApiRoute(method, Pattern.compile(regex), handler);
    }

    /** The numbers in the path when the path matches. */
    Optional<List<Integer>> match(String requestPath) {
        Matcher matcher = path.matcher(requestPath);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<Integer> ids = new ArrayList<>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            ids.add(Integer.parseInt(matcher.group(group)));
        }
        return Optional.of(ids);
    }
}
