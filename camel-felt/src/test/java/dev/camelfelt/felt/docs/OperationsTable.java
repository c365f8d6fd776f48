package dev.camelfelt.felt.docs;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import dev.camelfelt.felt.FeltId;
import dev.camelfelt.felt.FeltOperation;

/** Renders the operations table of the component page from {@link FeltOperation}'s declarations. */
public final class OperationsTable implements Supplier<String> {

    @Override
    public String get() {
        String rows = Arrays.stream(FeltOperation.values()).map(OperationsTable::row).collect(Collectors.joining());
        return "[width=\"100%\",cols=\"2,4,2,2,2\",options=\"header\"]\n|===\n"
               + "| URI | Felt API call | IDs: option (header) | Request body | Message body after the call\n"
               + rows + "|===\n";
    }

    private static String row(FeltOperation operation) {
        return "| `felt:" + operation.path() + "` | " + call(operation) + " | " + ids(operation) + " | "
               + body(operation) + " | " + answer(operation) + extraSteps(operation) + "\n";
    }

    private static String call(FeltOperation operation) {
        if (!operation.isCall()) {
            return "`custom_export`, then `custom_exports/\\{export_id}` until it ends, then the download";
        }
        String query = operation.queryParameters().stream().map(name -> name + "=...").collect(Collectors.joining("&"));
        return "`" + operation.httpMethod() + " /api/v2" + escape(operation.pathTemplate())
               + (query.isEmpty() ? "" : "?" + query) + "`";
    }

    private static String ids(FeltOperation operation) {
        return operation.ids().isEmpty() ? "-"
                : operation.ids().stream().map(OperationsTable::id).collect(Collectors.joining(", "));
    }

    private static String id(FeltId id) {
        return "`" + id.option() + "` (`" + id.header() + "`)";
    }

    private static String body(FeltOperation operation) {
        return operation.bodyModel() == null ? "-" : "`" + operation.bodyModel().getSimpleName() + "`";
    }

    private static String answer(FeltOperation operation) {
        if (!operation.isCall()) {
            return "the downloaded `File`";
        }
        JavaType type = operation.answerType();
        if (type.getRawClass() == Void.class) {
            return "`null`";
        }
        if (type.isCollectionLikeType()) {
            return "`List<" + type.getContentType().getRawClass().getSimpleName() + ">`";
        }
        return "`" + type.getRawClass().getSimpleName() + "`";
    }

    /** What the operations with code of their own do besides their call. */
    private static String extraSteps(FeltOperation operation) {
        return switch (operation) {
            case EXPORT_LINK -> ", or the downloaded `File` with `download=true`";
            case EXPORT_CREATE -> "; the export is tracked for the consumer";
            default -> "";
        };
    }

    private static String escape(String path) {
        return path.replace("{", "\\{");
    }
}
